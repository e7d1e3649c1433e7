import type { SearchTarget } from "../../domain/search";
import { useAppStore } from "../../store/app-store";
import { afterNextPaint } from "../../store/after-paint";

/**
 * Brings the element `id` into view once it is drawn and no panel is still loading (for at most
 * 3 s). It checks a frame later than the panel navigation's own scroll to the panel, so it lands last.
 */
function revealWhenShown(id: string, started = performance.now()): void {
  afterNextPaint(() => {
    const el = document.getElementById(id);
    if ((!el || document.querySelector(".loading")) && performance.now() - started < 3000) revealWhenShown(id, started);
    else el?.scrollIntoView?.({ block: "start" });
  });
}

/**
 * Opens a search hit in its view through the store's own actions: a selection is shown in Details
 * (in the map view), an indicator or trade item opens its panel at its card.
 */
export function openSearchTarget(target: SearchTarget): void {
  const s = useAppStore.getState();
  if (target.kind === "panel") {
    s.setPanel(target.panel, target.part ?? null);
    if (target.anchor) {
      const anchor = target.anchor;
      afterNextPaint(() => revealWhenShown(anchor));
    }
    return;
  }
  s.setPanel("map");
  if (target.kind === "actor") s.selectActor(target.code);
  else if (target.kind === "relation") s.selectRelation(target.id);
  else s.selectEvent(target.id);
  afterNextPaint(() => document.getElementById("details")?.scrollIntoView?.({ block: "nearest" }));
}

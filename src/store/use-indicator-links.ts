import { useEffect, useMemo, type RefObject } from "react";
import { selectedActorOf, selectedRelationOf } from "./selection-slice";
import { afterNextPaint, useStoreValueAfterPaint } from "./after-paint";
import { useAppStore } from "./app-store";
import { getActor, getRelation } from "../data/lookup";
import { INDICATORS } from "../domain/indicators/registry";
import { linkedIndicatorIds, linkedPanel, selectionSubject, type MapSelection } from "../domain/indicators/linking";
import type { IndicatorId } from "../domain/indicators/types";
import type { Iso3 } from "../domain/types";

function selectionOf(actor: Iso3 | null, relationId: string | null): MapSelection {
  return { actor, relation: relationId ? (getRelation(relationId) ?? null) : null };
}

/**
 * The indicators of one panel linked to the map selection (Alliance: South Korea and the US–South
 * Korea alliance edge; Threats: North Korea and its Russia and hostility edges). When the user makes
 * such a selection, the panel is brought forward (setPanel, which scrolls it into view). Not on first
 * load, and not on Back/Forward: those restore a view the URL already describes.
 */
export function useIndicatorLinks(
  panel: "alliance" | "threats",
  region: RefObject<HTMLElement | null>,
): { ids: ReadonlySet<IndicatorId>; subject: string | null } {
  // The highlight follows the selection after the click has painted its Details (the urgent part),
  // so the charts below the fold never delay that frame.
  const actor = useStoreValueAfterPaint(selectedActorOf);
  const relation = useStoreValueAfterPaint(selectedRelationOf);

  useEffect(
    () =>
      useAppStore.subscribe((s, prev) => {
        if (s.selectedActor === prev.selectedActor && s.selectedRelation === prev.selectedRelation) return;
        if (window.event?.type === "popstate") return;
        if (linkedPanel(INDICATORS, selectionOf(s.selectedActor, s.selectedRelation)) !== panel) return;
        if (s.panel !== panel) s.setPanel(panel);
        // Already the open panel: bring it back into view, after the click has painted (scrolling
        // here would lay out the page in the middle of the click).
        else afterNextPaint(() => region.current?.closest("section")?.scrollIntoView?.({ block: "start" }));
      }),
    [panel, region],
  );

  return useMemo(() => {
    const sel = selectionOf(actor, relation);
    const ids = linkedIndicatorIds(INDICATORS, sel, panel);
    return {
      ids: new Set(ids),
      subject: ids.length > 0 ? selectionSubject(sel, (c) => getActor(c)?.name ?? c) : null,
    };
  }, [actor, relation, panel]);
}

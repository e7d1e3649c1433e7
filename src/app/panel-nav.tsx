import { useEffect } from "react";
import { useAppStore } from "../store/app-store";
import { PANELS, type PanelId } from "../domain/types";

const LABELS: Record<PanelId, string> = { map: "Map", trade: "Trade", alliance: "Alliance", threats: "Threats" };

/** Jump links to the panels; the open panel is in the URL (?panel=trade) and scrolled into view. */
export function PanelNav() {
  const panel = useAppStore((s) => s.panel);
  const setPanel = useAppStore((s) => s.setPanel);
  useEffect(() => {
    if (panel === "map") return;
    const el = document.getElementById(panel);
    el?.scrollIntoView?.({ block: "start" });
  }, [panel]);
  return (
    <nav className="panel-nav" aria-label="Panels">
      {PANELS.map((p) => (
        <button key={p} type="button" aria-pressed={panel === p} onClick={() => setPanel(p)}>
          {LABELS[p]}
        </button>
      ))}
    </nav>
  );
}

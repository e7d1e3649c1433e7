import { useEffect } from "react";
import { Region } from "../components/region";
import { Notices } from "../components/notices";
import { useAppStore } from "../store/app-store";
import { MapView } from "../features/map/map-view";
import { DetailsPanel } from "../features/details/details-panel";
import { TimelinePanel } from "../features/timeline/timeline-panel";
import { TradePanel } from "../features/trade/trade-panel";
import { AlliancePanel } from "../features/alliance/alliance-panel";
import { ThreatsPanel } from "../features/threats/threats-panel";
import { AppHeader } from "./app-header";
import { PanelNav } from "./panel-nav";

/** The only place features are put together. */
export function App() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  const clear = useAppStore((s) => s.clearSelection);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT")) return;
      clear();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [clear]);

  return (
    <>
      <a className="skip-link" href="#map">
        Skip to the map
      </a>
      <AppHeader />
      <Notices notices={notices} onDismiss={dismiss} />
      <PanelNav />
      <main className="layout">
        <Region name="Map" id="map" className="region-map">
          <MapView />
        </Region>
        <Region name="Details" id="details" className="region-details">
          <DetailsPanel />
        </Region>
        <Region name="Timeline" id="timeline" className="region-timeline">
          <TimelinePanel />
        </Region>
        <Region name="Trade" id="trade" className="region-trade">
          <TradePanel />
        </Region>
        <Region name="Alliance" id="alliance" className="region-alliance">
          <AlliancePanel />
        </Region>
        <Region name="Threats" id="threats" className="region-threats">
          <ThreatsPanel />
        </Region>
      </main>
    </>
  );
}

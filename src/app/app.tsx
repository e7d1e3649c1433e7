import { Suspense, useEffect, type ReactNode } from "react";
import { Region } from "../components/region";
import { Notices } from "../components/notices";
import { DataAsOfContext } from "../components/data-as-of";
import { currentDataAsOf } from "../data/data-status";
import { useAppStore } from "../store/app-store";
import { useDataRevision } from "../store/use-data-revision";
import { MapView } from "../features/map/map-view";
import { AlliancePanel, ChangesPanel, DetailsPanel, StoryPanel, ThreatsPanel, TimelinePanel, TradePanel } from "./lazy-panels";
import { AppHeader } from "./app-header";
import { PanelNav } from "./panel-nav";
import { UpdatePrompt } from "./update-prompt";

function Loading({ children }: { children: ReactNode }) {
  return <Suspense fallback={<p className="muted loading">Loading…</p>}>{children}</Suspense>;
}

/** The only place features are put together. */
export function App() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  const clear = useAppStore((s) => s.clearSelection);
  const storyOpen = useAppStore((s) => s.storyStep !== null);
  // The header and the map draw the bundled files before the schema check has loaded: redraw them
  // when it arrives (a file that failed then shows its error card with the precise problems).
  const dataRevision = useDataRevision();
  // Every dated value compares itself with the data's "as of" (the newest sourced item) to say
  // "not updated since…". A string: it changes (and redraws those values) only when files arrive.
  const dataAsOf = currentDataAsOf();

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
    <DataAsOfContext value={dataAsOf}>
      <a className="skip-link" href="#map">
        Skip to the map
      </a>
      <AppHeader />
      <UpdatePrompt />
      <Notices notices={notices} onDismiss={dismiss} />
      <PanelNav />
      <main className="layout">
        {storyOpen && (
          <div className="story-slot">
            <Suspense fallback={<p className="muted loading">Loading the story…</p>}>
              <StoryPanel />
            </Suspense>
          </div>
        )}
        <div className="layout-top">
        <Region name="Map" id="map" className="region-map" resetKey={dataRevision}>
          <MapView />
        </Region>
        {/* The slot is the grid item; the region inside it can then be its own layout root. */}
        <div className="details-slot">
          <Region name="Details" id="details" className="region-details">
            <Loading>
              <DetailsPanel />
            </Loading>
          </Region>
        </div>
        <Region name="Timeline" id="timeline" className="region-timeline">
          <Loading>
            <TimelinePanel />
          </Loading>
        </Region>
        </div>
        <Region name="Trade" id="trade" className="region-trade">
          <Loading>
            <TradePanel />
          </Loading>
        </Region>
        <Region name="Alliance" id="alliance" className="region-alliance">
          <Loading>
            <AlliancePanel />
          </Loading>
        </Region>
        <Region name="Threats" id="threats" className="region-threats">
          <Loading>
            <ThreatsPanel />
          </Loading>
        </Region>
        <Region name="What changed" id="changes" className="region-changes">
          <Loading>
            <ChangesPanel />
          </Loading>
        </Region>
      </main>
    </DataAsOfContext>
  );
}

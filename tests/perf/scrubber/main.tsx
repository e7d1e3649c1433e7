/**
 * Bench-only harness for the time-scrubber step: the real MapView and the real TimelinePanel fed
 * 10,000 generated events, in the app's own store with the URL sync started as src/app/main.tsx does,
 * laid out with the app's stylesheet. Never shipped; built by tests/perf/vite.scrubber.config.ts.
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { Region } from "../../../src/components/region";
import { MapView } from "../../../src/features/map/map-view";
import { TimelinePanel } from "../../../src/features/timeline/timeline-panel";
import { urlVocabulary } from "../../../src/data/url-vocabulary";
import { startUrlSync } from "../../../src/store/url-sync";
import { generateEvents } from "../../fixtures/generate-events";
import { loadPanelMessages } from "../../../src/i18n/i18n";
// The timeline reads the data files the app loads with its panels (events.json left the first chunk).
import "../../../src/data/extra-data";
import "../../../src/app/styles.css";

const generated = generateEvents(10_000, 8);

startUrlSync(urlVocabulary());

// The timeline's messages are in the panels' catalog, which the app loads before drawing the panel.
await loadPanelMessages("en");

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <main className="layout">
        <Region name="Map" id="map" className="region-map">
          <MapView />
        </Region>
        <Region name="Timeline" id="timeline" className="region-timeline">
          <TimelinePanel events={generated} />
        </Region>
      </main>
    </StrictMode>,
  );
}

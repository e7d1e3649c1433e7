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
import { readDataFile } from "../../../src/data/dataset";
import { startUrlSync } from "../../../src/store/url-sync";
import { generateEvents } from "../../fixtures/generate-events";
import "../../../src/app/styles.css";

const generated = generateEvents(10_000, 8);

const events = readDataFile("events")?.records ?? [];
const relations = readDataFile("relations")?.records ?? [];
const dates = events.map((e) => e.date).sort();
startUrlSync({
  relationIds: new Set(relations.map((r) => r.id)),
  eventIds: new Set(events.map((e) => e.id)),
  minDate: dates[0] ?? "2023-01-01",
  maxDate: dates[dates.length - 1] ?? "2025-12-31",
});

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

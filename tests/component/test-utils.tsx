/**
 * One shared render for component tests (BP's test-utils): resets the store, puts `url` in the
 * address bar, starts the URL sync exactly as main.tsx does, and renders the whole App.
 */
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/app/app";
import { initialAppState, useAppStore } from "../../src/store/app-store";
import { startUrlSync } from "../../src/store/url-sync";
import { readDataFile } from "../../src/data/dataset";

let stopSync: (() => void) | null = null;

export function renderApp(url = "/") {
  stopSync?.();
  useAppStore.setState(initialAppState, true);
  window.history.replaceState(null, "", url);
  const events = readDataFile("events")?.records ?? [];
  const dates = events.map((e) => e.date).sort();
  stopSync = startUrlSync({
    relationIds: new Set(readDataFile("relations")?.records.map((r) => r.id) ?? []),
    eventIds: new Set(events.map((e) => e.id)),
    minDate: dates[0] ?? "2023-01-01",
    maxDate: dates.at(-1) ?? "2025-12-31",
  });
  const user = userEvent.setup();
  return { user, ...render(<App />) };
}

/**
 * One shared render for component tests (BP's test-utils): resets the store, puts `url` in the
 * address bar, starts the URL sync exactly as main.tsx does, and renders the whole App.
 */
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/app/app";
import { initialAppState, useAppStore } from "../../src/store/app-store";
import { startUrlSync } from "../../src/store/url-sync";
import { urlVocabulary } from "../../src/data/url-vocabulary";

let stopSync: (() => void) | null = null;

export function renderApp(url = "/") {
  stopSync?.();
  useAppStore.setState(initialAppState, true);
  window.history.replaceState(null, "", url);
  // URL writes in the same tick as the change (the app waits for the next paint), so a test can read
  // the address right after a click.
  stopSync = startUrlSync(urlVocabulary(), { schedule: queueMicrotask });
  const user = userEvent.setup();
  return { user, ...render(<App />) };
}

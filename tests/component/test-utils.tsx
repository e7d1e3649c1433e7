/**
 * One shared render for component tests (BP's test-utils): resets the store, puts `url` in the
 * address bar, starts the URL sync exactly as main.tsx does, and renders the whole App.
 */
import { afterEach, expect } from "vitest";
import { render, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/app/app";
import { initialAppState, useAppStore } from "../../src/store/app-store";
import { startUrlSync } from "../../src/store/url-sync";
import { urlVocabulary } from "../../src/data/url-vocabulary";
import { startLanguage } from "../../src/app/language";
import { LANG_KEY } from "../../src/store/lang-slice";

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

let stopLanguage: (() => void) | null = null;

/**
 * Starts the app's language handling (as main.tsx does) for one test. After the test the interface
 * goes back to English and the remembered choice is forgotten, for the next test and the next file.
 */
export async function startTestLanguage(): Promise<void> {
  stopLanguage?.();
  stopLanguage = await startLanguage();
}

afterEach(async () => {
  if (!stopLanguage) return;
  useAppStore.getState().setLang("en");
  await waitFor(() => expect(document.documentElement.lang).toBe("en"));
  stopLanguage();
  stopLanguage = null;
  window.localStorage.removeItem(LANG_KEY);
});

/**
 * Shared renders for component tests (BP's test-utils). Each resets the store, puts `url` in the
 * address bar and starts the URL sync exactly as main.tsx does; `renderView` then renders the view
 * the address opens (a panel's region, or the map with Details and the timeline) and nothing else,
 * `renderApp` the whole App (header, search, tabs, notices) for tests of how the parts fit together.
 */
import { afterEach, expect } from "vitest";
import { render, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/app/app";
import { ScreenOf } from "../../src/app/views";
import { initialAppState, useAppStore } from "../../src/store/app-store";
import { startUrlSync } from "../../src/store/url-sync";
import { urlVocabulary } from "../../src/data/url-vocabulary";
import { startLanguage } from "../../src/app/language";
import { LANG_KEY } from "../../src/store/lang-slice";

let stopSync: (() => void) | null = null;

function start(url: string) {
  stopSync?.();
  useAppStore.setState(initialAppState, true);
  window.history.replaceState(null, "", url);
  // URL writes in the same tick as the change (the app waits for the next paint), so a test can read
  // the address right after a click.
  stopSync = startUrlSync(urlVocabulary(), { schedule: queueMicrotask });
  return userEvent.setup();
}

export function renderApp(url = "/") {
  const user = start(url);
  return { user, ...render(<App />) };
}

/** The view the store shows (it follows a change of view), without the app's header, tabs and notices. */
function ViewAlone() {
  const panel = useAppStore((s) => s.panel);
  return (
    <main>
      <ScreenOf panel={panel} dataRevision={0} headline={false} />
    </main>
  );
}

/** Only the view `url` opens (?panel=, the map's by default): its region and what it holds. */
export function renderView(url = "/") {
  const user = start(url);
  return { user, ...render(<ViewAlone />) };
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

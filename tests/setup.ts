// Shared test setup. jsdom does no layout: stub what the app measures.
import { afterAll, afterEach, vi } from "vitest";

// Panels load lazily after the map paints in the browser; component tests render them eagerly.
vi.mock("../src/app/lazy-panels", () => import("./component/eager-panels"));

if (typeof window !== "undefined") {
  const { cleanup, configure } = await import("@testing-library/react");
  afterEach(() => cleanup());
  // Component files share their worker's modules and page (vitest.config.ts): whatever a file left
  // in the store, the address or storage is cleared before the next file starts.
  const { initialAppState, useAppStore } = await import("../src/store/app-store");
  afterAll(() => {
    useAppStore.setState(initialAppState, true);
    window.history.replaceState(null, "", "/");
    window.localStorage.clear();
    window.sessionStorage.clear();
  });
  // findBy… and waitFor wait for a condition; their default limit (1 s) is a timing assumption that
  // a busy machine breaks (a part that follows the paint, on a machine running two suites at once).
  // The test's own timeout still bounds them.
  configure({ asyncUtilTimeout: 15_000 });
  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  (globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= ResizeObserverStub;
  window.scrollTo = () => {};
  // The header's search box prefetches its engine when the page is idle: on a busy machine that can
  // come after a test file has finished, and loading a module then is an error. Loaded here, the
  // prefetch finds it in the module cache.
  await import("../src/features/search/search-engine");
  Element.prototype.scrollIntoView ??= function () {};
}

// The app loads the schema check with the panels' data; tests check every file from the start.
await import("../src/data/validation");
// The panels' messages load with the panels in the app; tests render panels from the start.
await (await import("../src/i18n/i18n")).loadPanelMessages("en");

import { StrictMode, startTransition } from "react";
// React's own scheduler (react-dom's dependency, the same instance): the first render's slice length.
import { unstable_forceFrameRate } from "scheduler";
import { createRoot } from "react-dom/client";
import { App } from "./app";
import { startUrlSync } from "../store/url-sync";
import { allDataLoaded, dataChecked, dataProblems, subscribeData } from "../data/dataset";
import { urlVocabulary } from "../data/url-vocabulary";
import { currentDataVersion } from "../data/data-status";
import { useAppStore } from "../store/app-store";
import { whenMapReady } from "./map-ready";
import { panelsShown } from "./panels-shown";
import { startLanguage } from "./language";
import "./styles.css";

// Links carry the data's version (dv) once releases.json has arrived with the panels' files.
startUrlSync(urlVocabulary(), { dataVersion: { get: currentDataVersion, subscribe: subscribeData } });
// Resolves once the panels' files and the schema check (which load together, after the map has
// painted) have both arrived.
const panelsChecked = new Promise<void>((resolve) => {
  const stop = subscribeData(() => {
    if (!allDataLoaded() || !dataChecked()) return;
    stop();
    resolve();
  });
});
// Report the whole dataset's problems once, when they are in.
void panelsChecked.then(() => {
  const problems = dataProblems();
  if (problems.length > 0)
    useAppStore.getState().pushNotice({ key: "notice.badData" }, problems);
});

/** Resolves in a task of its own, after whatever tasks are already queued (one message hop). */
function yieldOnce(): Promise<void> {
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve();
    ch.port2.postMessage(null);
  });
}

/** Resolves after the next frame has been produced (at most 100 ms later: a tab may not be drawing). */
function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      void yieldOnce().then(resolve);
    });
  });
}

const headerPainted = () => document.visibilityState === "hidden" || performance.getEntriesByName("first-contentful-paint").length > 0;

/**
 * Resolves once the static header in index.html is on the screen. Its paint entry arrives in a task
 * of its own, at times 100 ms after the paint, so it cannot tell "not painted" from "not reported
 * yet": one yield (a frame that is due runs first, and the entry may come in), then, if the entry is
 * still missing, the next frame. 12 loads: 6 took the frame, the header always painted first.
 */
async function afterHeaderPainted(): Promise<void> {
  if (headerPainted()) return;
  await yieldOnce();
  if (!headerPainted()) await afterNextFrame();
}

// The first screen is built as a transition, in slices of 12 ms instead of React's 5 (83 frames a
// second; back to 5 once the map has painted, for everything after). One task for the whole render
// made the map interactive a little sooner but was a long task (Lighthouse mobile 90/90/94, TBT
// 246-353 ms, and a late LCP when the header had not painted first); 5 ms slices made the map
// interactive 30-90 ms later; at 12 ms, 30 loads: 511 (5 ms) / 495 (12 ms) / 482 ms (one task), Lighthouse
// 97/92/92. Each slice stays under 50 ms at a phone's 4x slowdown. It starts once the static header
// is on the screen, and a Korean reader's first screen is drawn in Korean (startLanguage first).
void Promise.all([startLanguage(), afterHeaderPainted()]).then(() => {
  const root = document.getElementById("root");
  if (!root) return;
  const reactRoot = createRoot(root);
  unstable_forceFrameRate(83);
  void whenMapReady({ presented: false }).then(() => unstable_forceFrameRate(0));
  startTransition(() =>
    reactRoot.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
});

/** Resolves when the page is next idle (at most `timeoutMs` later). */
function whenIdle(timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === "function") requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    else setTimeout(resolve, 0);
  });
}

// Offline support: the service worker is registered last (never in dev), once the map has painted,
// the panels are in and the page is idle. Its script, its install and the download of every file for
// offline use then compete with nothing the reader waits for: registered as the map painted, they
// slowed the clicks on the map right after load by a third on a 2-CPU machine (issue #19 §5). "In"
// means drawn, not only their data checked: the data can be in while a panel's chunk is still
// arriving, and the page idle meanwhile (seen on a fresh machine: registered 200 ms after map-ready,
// with all three panels of the map view still "Loading…").
if (import.meta.env.PROD && "serviceWorker" in navigator) {
  // At most 10 s after load, whatever happened to the panels' files.
  const panelsIn = panelsChecked.then(() => panelsShown.whenShown());
  const panelsInOrLate = Promise.race([panelsIn, new Promise<void>((resolve) => setTimeout(resolve, 10_000))]);
  void Promise.all([whenMapReady(), panelsInOrLate])
    .then(() => whenIdle(5_000))
    .then(() => import("virtual:pwa-register"))
    .then(({ registerSW }) => {
      const update = registerSW({
        immediate: true,
        onNeedRefresh: () => useAppStore.getState().setUpdateReady(() => void update(true)),
      });
    });
}

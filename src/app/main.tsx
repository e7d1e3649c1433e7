import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app";
import { startUrlSync } from "../store/url-sync";
import { allDataLoaded, dataChecked, dataProblems, subscribeData } from "../data/dataset";
import { urlVocabulary } from "../data/url-vocabulary";
import { currentDataVersion } from "../data/data-status";
import { useAppStore } from "../store/app-store";
import { whenMapReady } from "./map-ready";
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

/**
 * Yields the main thread for one task before the first screen's render: when the static header in
 * index.html has not been painted yet (the script came first), its frame is due and runs first.
 * One message hop when it has. (Waiting for the paint entry instead cost a frame: the entry arrives
 * a while after the header is on the screen.)
 */
function yieldOnce(): Promise<void> {
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve();
    ch.port2.postMessage(null);
  });
}

// The first screen is rendered in one task, not as a transition: its 5 ms slices and the frames
// between them made the map interactive about 90 ms later on a 2-CPU machine. So that this task
// never holds back the first paint, it comes a task after this chunk has run (yieldOnce): without
// it, when the script came first, the header and the map were painted together, half a second later
// on a throttled phone (Lighthouse's largest contentful paint 1.9 -> 2.5 s). A Korean reader's
// first screen is drawn in Korean (startLanguage makes the messages ready first).
void Promise.all([startLanguage(), yieldOnce()]).then(() => {
  const root = document.getElementById("root");
  if (!root) return;
  const reactRoot = createRoot(root);
  reactRoot.render(
    <StrictMode>
      <App />
    </StrictMode>,
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
// slowed the clicks on the map right after load by a third on a 2-CPU machine (issue #19 §5).
if (import.meta.env.PROD && "serviceWorker" in navigator) {
  // At most 10 s after load, whatever happened to the panels' files.
  const panelsInOrLate = Promise.race([panelsChecked, new Promise<void>((resolve) => setTimeout(resolve, 10_000))]);
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

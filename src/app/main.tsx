import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app";
import { startUrlSync } from "../store/url-sync";
import { allDataLoaded, dataProblems } from "../data/dataset";
import { urlVocabulary } from "../data/url-vocabulary";
import { useAppStore } from "../store/app-store";
import { whenMapReady } from "./map-ready";
import "./styles.css";

startUrlSync(urlVocabulary());
// Check the whole dataset once the panels' files have arrived with their chunk.
const reportProblems = () => {
  if (!allDataLoaded()) return;
  const problems = dataProblems();
  if (problems.length > 0)
    useAppStore.getState().pushNotice("Some data failed validation; the affected panels show an error.", problems);
  clearInterval(poll);
};
const poll = setInterval(reportProblems, 500);

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// Offline support: register the service worker once the map has painted (never in dev), so its
// script and precache downloads never compete with the first screen.
if (import.meta.env.PROD && "serviceWorker" in navigator) {
  void whenMapReady().then(() => {
    void import("virtual:pwa-register").then(({ registerSW }) => {
      const update = registerSW({
        immediate: true,
        onNeedRefresh: () => useAppStore.getState().setUpdateReady(() => void update(true)),
      });
    });
  });
}

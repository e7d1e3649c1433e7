/**
 * Shows the interface in the reader's language (issue #21) and follows the switch. What a Korean
 * first screen needs (the interface's messages, the map's Korean names and their label layout, 3.4 KB
 * gzip) is in the first chunk: the language is known only once that chunk runs (the URL, the saved
 * choice or the browser; the Content-Security-Policy allows no inline script to tell earlier), and
 * fetched then it held the map back by about 50 ms. The full data overlays and the panels' Korean
 * messages are chunks loaded only for Korean readers, with the panels, after the map is interactive.
 * `<html lang>` follows the language shown.
 */
import { activateLanguage, loadLanguage, loadPanelMessages, t } from "../i18n/i18n";
import { setDataLanguage } from "../data/localized-data";
import type { Lang } from "../domain/locale";
import { useAppStore } from "../store/app-store";
import { selectLang } from "../store/lang-slice";
import { whenMapReady } from "./map-ready";
// Registered as the first chunk runs: the map's Korean names and their label layout.
import "../data/korean-map-text";
import "../features/map/korean-labels";

let koreanData: Promise<unknown> | null = null;

/** The full Korean data overlays (a chunk of their own); the panels wait for it when Korean is shown. */
export function loadKoreanData(): Promise<unknown> {
  koreanData ??= import("../data/korean-data").catch((e: unknown) => {
    koreanData = null;
    throw e;
  });
  return koreanData;
}

/** True when the interface is to be in Korean. */
export function wantsKorean(): boolean {
  return selectLang(useAppStore.getState()) === "ko";
}

let panelsIn = false;
/** Called once the panels' data has arrived: a later switch to Korean waits for the full overlays. */
export function notePanelsLoaded(): void {
  panelsIn = true;
}

async function show(lang: Lang): Promise<void> {
  if (lang === "ko") {
    try {
      // The first screen's messages (the map's names and labels are registered above).
      await loadLanguage("ko");
      // After load, the panels are on screen: bring their Korean data before switching.
      if (panelsIn) await Promise.all([loadKoreanData(), loadPanelMessages("ko")]);
      else void whenMapReady().then(loadKoreanData).catch(() => undefined);
    } catch {
      useAppStore.getState().pushNotice("The Korean text could not be loaded (are you offline?); the atlas stays in English. 한국어 자료를 불러오지 못했습니다.");
      return;
    }
  }
  // The reader may have switched again while the chunk was loading.
  if (selectLang(useAppStore.getState()) !== lang) return;
  setDataLanguage(lang);
  activateLanguage(lang);
  document.documentElement.lang = lang;
  document.title = t("app.documentTitle");
}

/**
 * Shows the language the link, the last choice or the browser names, and follows the store from
 * then on. Resolves once the first language is shown; returns the unsubscribe function with it.
 */
export async function startLanguage(): Promise<() => void> {
  let current = selectLang(useAppStore.getState());
  const unsub = useAppStore.subscribe((s) => {
    const next = selectLang(s);
    if (next === current) return;
    current = next;
    void show(next);
  });
  await show(current);
  return unsub;
}

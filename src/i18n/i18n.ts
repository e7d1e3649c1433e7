/**
 * The interface language at run time (issue #21): the Lingui runtime with the English messages
 * (compiled at build time, in the first chunk) and, for Korean readers only, the Korean ones (a
 * chunk of its own, fetched by `loadLanguage("ko")`). `t(key)` returns the active language's text;
 * a key with no Korean text shows the English one. The language becomes active only once its
 * messages have arrived (`activateLanguage`), and React re-renders through `useActiveLang`.
 */
import { useSyncExternalStore } from "react";
import { setupI18n, type Messages } from "@lingui/core";
import en from "virtual:i18n-catalog/en";
import type { MessageKey } from "../domain/i18n/messages-en";
import type { PanelMessageKey } from "../domain/i18n/panel-keys";
import type { Lang } from "../domain/locale";

const i18n = setupI18n({ locale: "en", messages: { en } });
const loaded = new Set<Lang>(["en"]);
let active: Lang = "en";
const listeners = new Set<() => void>();

/** Values for a message's ICU placeholders ({name}, {count, plural, …}). */
export type MessageValues = Record<string, string | number>;

/** The text of `key` in the active language, its placeholders filled in. */
export function t(key: MessageKey | PanelMessageKey, values?: MessageValues): string {
  return i18n._(key, values);
}

const panelsLoaded = new Set<Lang>();
let panelsEn: Messages = {};

/**
 * The panels' messages (src/domain/i18n/panels/*), a chunk per language fetched with the panels:
 * English always, Korean for a Korean reader (its missing keys show the English text). Resolves at
 * once when already loaded.
 */
export async function loadPanelMessages(lang: Lang): Promise<void> {
  if (!panelsLoaded.has("en")) {
    panelsEn = (await import("virtual:i18n-catalog/panels-en")).default;
    i18n.load("en", panelsEn);
    // Korean loaded before the panels: its panel keys show English until the Korean ones arrive.
    if (loaded.has("ko")) i18n.load("ko", panelsEn);
    panelsLoaded.add("en");
  }
  if (lang === "ko" && !panelsLoaded.has("ko")) {
    const panelsKo: Messages = (await import("virtual:i18n-catalog/panels-ko")).default;
    i18n.load("ko", { ...panelsEn, ...panelsKo });
    panelsLoaded.add("ko");
  }
}

/** The language the interface is shown in now. */
export function activeLang(): Lang {
  return active;
}

/** Fetches a language's messages (Korean: its own chunk); resolves at once for English or when loaded. */
export async function loadLanguage(lang: Lang): Promise<void> {
  if (loaded.has(lang)) return;
  const ko: Messages = (await import("virtual:i18n-catalog/ko")).default;
  // Keys with no Korean text fall back to the English message, not to the key.
  i18n.load("ko", { ...en, ...panelsEn, ...ko });
  loaded.add(lang);
}

/** True once `lang`'s messages are loaded (English always is). */
export function languageLoaded(lang: Lang): boolean {
  return loaded.has(lang);
}

/** Shows the interface in `lang` (its messages must be loaded) and tells subscribers. */
export function activateLanguage(lang: Lang): void {
  if (!loaded.has(lang)) throw new Error(`messages for "${lang}" are not loaded`);
  if (lang === active) return;
  i18n.activate(lang);
  active = lang;
  for (const l of listeners) l();
}

export function subscribeLanguage(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The active language, for a component that must re-render when it changes. */
export function useActiveLang(): Lang {
  return useSyncExternalStore(subscribeLanguage, activeLang, activeLang);
}

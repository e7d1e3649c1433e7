/**
 * The interface language at run time (issue #21): the Lingui runtime with the English and Korean
 * interface messages (compiled at build time, in the first chunk; Korean made ready by
 * `loadLanguage("ko")`) and the panels' messages (a chunk per language, `loadPanelMessages`).
 * `t(key)` returns the active language's text; a key with no Korean text shows the English one. A
 * language becomes active only once its messages are loaded (`activateLanguage`), and React
 * re-renders through `useActiveLang`.
 */
import { useSyncExternalStore } from "react";
import { setupI18n, type Messages } from "@lingui/core";
import en from "virtual:i18n-catalog/en";
import koInterface from "virtual:i18n-catalog/ko";
import type { MessageKey } from "../domain/i18n/messages-en";
import type { PanelMessageKey } from "../domain/i18n/panel-keys";
import type { Lang } from "../domain/locale";
import { formatNumber } from "../domain/format";

const i18n = setupI18n({ locale: "en", messages: { en } });
const loaded = new Set<Lang>(["en"]);
let active: Lang = "en";
const listeners = new Set<() => void>();

/** Values for a message's ICU placeholders ({name}, {count, plural, …}). */
export type MessageValues = Record<string, string | number>;

/**
 * A number's plural category: English "one" for exactly 1, else "other"; Korean has only "other"
 * (CLDR's cardinal rules for the two languages, which a unit test checks against Intl.PluralRules).
 */
function pluralCategory(n: number, lang: Lang): string {
  return lang === "en" && n === 1 ? "one" : "other";
}

/**
 * The values plus, for each number, what the compiled plurals select on (scripts/i18n-plugin.ts,
 * pluralsAsSelects): `<name>=` the exact value ("=0"), `<name>~` its plural category and `<name>#`
 * its text ("1,234"), so counts read the same as with Lingui's plurals without building an `Intl`
 * formatter for English readers.
 */
export function messageValues(values: MessageValues, lang: Lang): MessageValues {
  const out: MessageValues = { ...values };
  for (const [k, v] of Object.entries(values)) {
    // A count some views pass already formatted ("3", "1,234") selects as its number.
    const n = typeof v === "number" ? v : /^-?\d[\d,]*(\.\d+)?$/.test(v) ? Number(v.replace(/,/g, "")) : null;
    if (n === null) continue;
    out[`${k}=`] = `=${n}`;
    out[`${k}~`] = pluralCategory(n, lang);
    out[`${k}#`] = typeof v === "number" ? formatNumber(v, 3, lang) : v;
  }
  return out;
}

/** The text of `key` in the active language, its placeholders filled in. */
export function t(key: MessageKey | PanelMessageKey, values?: MessageValues): string {
  return i18n._(key, values && messageValues(values, active));
}

/**
 * The message `key` if a loaded catalog has it, else `fallback` (Lingui returns a missing id as is):
 * for keys built from data ids, and for panel messages a view may need before their catalog arrives.
 */
export function textOr(key: string, fallback: string, values?: MessageValues): string {
  const text = t(key as PanelMessageKey, values);
  return text === key ? fallback : text;
}

let panelsEn: Messages = {};
let panelsKo: Messages = {};
const panelChunks: Partial<Record<Lang, Promise<void>>> = {};

/** Korean as it stands: the interface's messages over English, the panels' Korean over theirs. */
function koreanMessages(): Messages {
  return { ...en, ...panelsEn, ...koInterface, ...panelsKo };
}

/** One panel catalog, fetched once (again after a failure); its messages are merged as it arrives. */
function loadPanelChunk(lang: Lang): Promise<void> {
  panelChunks[lang] ??= (lang === "en" ? import("virtual:i18n-catalog/panels-en") : import("virtual:i18n-catalog/panels-ko")).then(
    (m) => {
      if (lang === "en") {
        panelsEn = m.default;
        i18n.load("en", panelsEn);
      } else panelsKo = m.default;
      // Korean loaded before: its panel keys show English until the Korean ones arrive, and the
      // Korean ones stay whichever chunk comes last.
      if (loaded.has("ko")) i18n.load("ko", koreanMessages());
    },
    (e: unknown) => {
      delete panelChunks[lang];
      throw e;
    },
  );
  return panelChunks[lang];
}

/**
 * The panels' messages (src/domain/i18n/panels/*), a chunk per language fetched with the panels:
 * English always, Korean for a Korean reader (its missing keys show the English text). Resolves at
 * once when already loaded. The chunks may arrive in any order, before or after the interface's
 * Korean messages (`loadLanguage`): each merge keeps the Korean panel text once it is in.
 */
export async function loadPanelMessages(lang: Lang): Promise<void> {
  await Promise.all([loadPanelChunk("en"), lang === "ko" ? loadPanelChunk("ko") : undefined]);
}

/** The language the interface is shown in now. */
export function activeLang(): Lang {
  return active;
}

/**
 * Makes a language's messages ready. Both interface catalogs are in the first chunk (Korean's is
 * 2.5 KB gzip): fetched after that chunk had run, the Korean one held a Korean reader's first screen
 * back by about 50 ms. Still async, as `loadPanelMessages` is, so callers wait the same way.
 */
export async function loadLanguage(lang: Lang): Promise<void> {
  if (loaded.has(lang)) return;
  // Keys with no Korean text fall back to the English message, not to the key; panel messages
  // already in (either language) are kept.
  i18n.load("ko", koreanMessages());
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

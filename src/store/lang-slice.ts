import type { StateCreator } from "zustand";
import { langFromNavigator, parseLang, type Lang } from "../domain/locale";
import type { AppState } from "./app-store";
import { browserStorage } from "./saved-scenarios-storage";

/** Where the reader's last choice of language is remembered. */
export const LANG_KEY = "alliance-atlas:lang";

/** The language to show when no link names one: the last choice remembered here, else the browser's. */
export function preferredLang(storage: Storage | null = browserStorage(), languages = browserLanguages()): Lang {
  let saved: string | null = null;
  try {
    saved = storage?.getItem(LANG_KEY) ?? null;
  } catch {
    saved = null;
  }
  return parseLang(saved) ?? langFromNavigator(languages);
}

function browserLanguages(): readonly string[] | undefined {
  if (typeof navigator === "undefined") return undefined;
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

/** The interface language (issue #21). */
export interface LangSlice {
  /** The language a link (`?lang=`) or the switch chose, kept in the URL; null: `defaultLang`. */
  lang: Lang | null;
  /** The language shown when `lang` is null: the last choice (localStorage), else the browser's. */
  defaultLang: Lang;
  /** The switch: shows `lang`, writes it in the URL and remembers it for the next visit. */
  setLang: (lang: Lang) => void;
}

export const createLangSlice: StateCreator<AppState, [], [], LangSlice> = (set) => ({
  lang: null,
  defaultLang: preferredLang(),
  setLang: (lang) => {
    try {
      browserStorage()?.setItem(LANG_KEY, lang);
    } catch {
      // Storage full or blocked: the choice still holds for this page and its link.
    }
    set({ lang, defaultLang: lang });
  },
});

/** The language the interface should be in. */
export const selectLang = (s: AppState): Lang => s.lang ?? s.defaultLang;

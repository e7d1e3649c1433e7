/**
 * The interface languages (issue #21): English and Korean. Pure: which language a query value, a
 * saved choice or the browser's language list names. The messages are in `domain/i18n/`.
 */

export const LANGS = ["en", "ko"] as const;
export type Lang = (typeof LANGS)[number];

/** The language as a reader picks it, in its own language (the switch's labels). */
export const LANG_NAMES: Record<Lang, string> = { en: "English", ko: "한국어" };

/** "ko" or "en" (any case, trimmed); anything else is undefined. */
export function parseLang(value: string | null | undefined): Lang | undefined {
  const v = value?.trim().toLowerCase();
  return v === "en" || v === "ko" ? v : undefined;
}

/**
 * The default language from the browser's preferences (`navigator.languages`, most preferred first):
 * Korean when the first language is Korean (`ko`, `ko-KR`…), else English. Only the first counts: a
 * reader whose browser prefers English and also lists Korean reads English.
 */
export function langFromNavigator(languages: readonly string[] | undefined): Lang {
  const first = languages?.[0]?.toLowerCase() ?? "";
  return first === "ko" || first.startsWith("ko-") ? "ko" : "en";
}

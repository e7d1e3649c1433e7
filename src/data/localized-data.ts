/**
 * The data in the reader's language (issue #21). English readers get the files as bundled. For Korean
 * readers the overlays (data/ko/*.json, docs/korean-data.md) are put in place with
 * `applyKoreanOverlay`, once per file and overlay (cached), and the long fields still in English are
 * listed so views can mark them "영어 원문". The overlays arrive in two steps, both only for Korean
 * readers: the map's short texts before the map is drawn, the full overlays with the panels
 * (korean-data.ts). dataset.ts passes every file it serves through `localizeFile`.
 */
import type { applyKoreanOverlay, KoreanOverlay, KoreanOverlayFileName } from "../domain/korean-overlay-walk";
import type { DataFileName } from "../domain/schemas";
import type { Lang } from "../domain/locale";

let lang: Lang = "en";
/** The overlay walk, handed in with the overlays (Korean chunks only), so English readers never load it. */
let apply: typeof applyKoreanOverlay | null = null;
let complete = false;
const overlays: Partial<Record<DataFileName, KoreanOverlay>> = {};
const cache = new Map<DataFileName, { base: unknown; overlay: KoreanOverlay; value: unknown; fallbacks: ReadonlySet<string> }>();
const listeners = new Set<() => void>();
const NONE: ReadonlySet<string> = new Set();

function changed(): void {
  for (const l of listeners) l();
}

/** Tells `listener` when the data's language or its overlays change (dataset.ts redraws its readers). */
export function subscribeLocalization(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Serves the data in `lang` from now on. */
export function setDataLanguage(next: Lang): void {
  if (next === lang) return;
  lang = next;
  changed();
}

/** The language the data is served in. */
export function dataLanguage(): Lang {
  return lang;
}

/**
 * Registers Korean overlays: the map's short texts first (`full` false), then the full overlays,
 * which replace them (short texts arriving after the full overlays are ignored).
 */
export function registerKoreanOverlays(
  part: Partial<Record<KoreanOverlayFileName, KoreanOverlay>>,
  full: boolean,
  applier: typeof applyKoreanOverlay,
): void {
  if (!full && complete) return;
  // The map's short texts come with an applier for just their fields; the full overlays bring the
  // general walk, which replaces it.
  if (full || !apply) apply = applier;
  Object.assign(overlays, part);
  if (full) complete = true;
  if (lang === "ko") changed();
}

/** True once the full overlays have been registered (the panels' chunk for Korean readers). */
export function koreanDataComplete(): boolean {
  return complete;
}

function localized(name: DataFileName, base: unknown) {
  const overlay = overlays[name];
  if (lang !== "ko" || !overlay || !apply) return null;
  const hit = cache.get(name);
  if (hit && hit.base === base && hit.overlay === overlay) return hit;
  const { value, fallbackPaths } = apply(base, overlay);
  const entry = { base, overlay, value, fallbacks: fallbackPaths };
  cache.set(name, entry);
  return entry;
}

/** A validated file in the reader's language (the same object for English readers). */
export function localizeFile<T>(name: DataFileName, value: T): T {
  return (localized(name, value)?.value as T | undefined) ?? value;
}

/**
 * The overlay paths (see `overlayPath`) of a file's long fields that show English to a Korean reader,
 * once the full overlays are in (before that, nothing is marked). Empty for English readers. Read
 * after the file itself (requireDataFile), which puts its Korean in place.
 */
export function englishFallbacks(name: DataFileName): ReadonlySet<string> {
  if (!complete || lang !== "ko") return NONE;
  return cache.get(name)?.fallbacks ?? NONE;
}

/**
 * The English original (the file as bundled) of a file a Korean reader is shown localized, given the
 * localized file as `requireDataFile` returned it; null when the file is shown as bundled (English
 * readers, or before its overlay is in). For texts shown in both languages: the seed article's
 * quotes stay in English, with the Korean translation beside them.
 */
export function englishOriginal<T>(name: DataFileName, shown: T): T | null {
  const hit = cache.get(name);
  return lang === "ko" && hit && hit.value === shown ? (hit.base as T) : null;
}

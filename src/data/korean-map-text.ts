/**
 * The short Korean texts the map needs before it is interactive (actor names, taglines, capitals,
 * relation labels; built from data/ko by scripts/i18n-plugin.ts), in the first chunk (app/language.ts
 * imports it). Importing it registers them, with a small applier of its
 * own for just those fields (the general overlay walk, 1.5 KB, comes with the full overlays, which
 * follow with the panels: korean-data.ts).
 */
import text from "virtual:korean-map-text";
import type { applyKoreanOverlay, KoreanOverlay } from "../domain/korean-overlay-walk";
import { registerKoreanOverlays } from "./localized-data";

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const text1 = (v: unknown): v is string => typeof v === "string" && v !== "";

/** One record with the map's Korean fields in place (name, tagline, label, capital's name). */
function withMapText(record: unknown, korean: unknown): unknown {
  if (!isObj(record) || !isObj(korean)) return record;
  const out: Obj = { ...record };
  for (const k of ["name", "tagline", "label"]) if (text1(korean[k]) && k in record) out[k] = korean[k];
  const capital = korean["capital"];
  if (isObj(capital) && text1(capital["name"]) && isObj(record["capital"])) out["capital"] = { ...record["capital"], name: capital["name"] };
  return out;
}

/** The map-text overlay on a file of records keyed by `id` or `code`; nothing listed as a fallback yet. */
export const applyMapText = (<T>(base: T, overlay: KoreanOverlay | undefined) => {
  const records = isObj(base) && Array.isArray(base["records"]) ? base["records"] : null;
  const byKey = overlay && isObj(overlay["records"]) ? overlay["records"] : null;
  if (!records || !byKey) return { value: base, fallbackPaths: new Set<string>() };
  const value = {
    ...base,
    records: records.map((r: unknown) => {
      const key = isObj(r) ? (r["id"] ?? r["code"]) : undefined;
      return typeof key === "string" ? withMapText(r, byKey[key]) : r;
    }),
  };
  return { value: value as T, fallbackPaths: new Set<string>() };
}) as typeof applyKoreanOverlay;

registerKoreanOverlays({ actors: text.actors as KoreanOverlay, relations: text.relations as KoreanOverlay }, false, applyMapText);

export const KOREAN_MAP_TEXT_LOADED = true;

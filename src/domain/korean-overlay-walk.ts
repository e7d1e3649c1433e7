/**
 * Korean overlays (issue #21, docs/korean-data.md), the part without zod: which fields are free
 * text, where a field sits (`overlayPath`), and the walk that puts the Korean in place
 * (`applyKoreanOverlay`), so the app can apply overlays without loading the schema library.
 * korean-overlay.ts adds the overlay's schema and the check, and re-exports all of this. Pure.
 */
import type { DataFileName } from "./schemas";
import { overlayPath } from "./overlay-path";

export { overlayPath };


/** The data files that have a Korean overlay (`sources.json` has none: source titles stay as published). */
export const KOREAN_OVERLAY_FILES = [
  "actors",
  "events",
  "relations",
  "indicators",
  "trade",
  "article",
  "releases",
] as const satisfies readonly DataFileName[];
export type KoreanOverlayFileName = (typeof KOREAN_OVERLAY_FILES)[number];

/** Short free-text fields: a missing Korean one is an error. */
export const SHORT_TEXT_FIELDS = ["name", "title", "label", "tagline", "instrument", "legalBasis", "periodLabel"] as const;
/** Long free-text fields: a missing Korean one falls back to the English (the app marks it "영어 원문"). */
export const LONG_TEXT_FIELDS = [
  "summary",
  "description",
  "note",
  "method",
  "text",
  "check",
  "stance",
  "scope",
  "competitorNote",
  "endNote",
  "reason",
  "unit",
] as const;
/** Units the app formats itself: they stay out of the overlays (as does any unit with no letters). */
export const FORMATTED_UNITS = ["USD bn", "USD", "%", "KRW tn", "KRW bn", "million", "pp"] as const;

const SHORT = new Set<string>(SHORT_TEXT_FIELDS);
const LONG = new Set<string>(LONG_TEXT_FIELDS);
const FORMATTED = new Set<string>(FORMATTED_UNITS);

/** True for a unit made of words ("launch occasions", "% of GDP"), which needs Korean. */
export function unitNeedsKorean(unit: string): boolean {
  return !FORMATTED.has(unit.trim()) && /\p{L}/u.test(unit);
}

/** Whether a field of the English data is free text, and how strictly its Korean is required. */
export function textFieldKind(key: string, value: unknown): "short" | "long" | undefined {
  if (typeof value !== "string") return undefined;
  if (SHORT.has(key)) return "short";
  if (key === "unit") return unitNeedsKorean(value) ? "long" : undefined;
  return LONG.has(key) ? "long" : undefined;
}


/** Translated text: strings in the same nesting of objects and arrays as the English file. */
export type OverlayText = string | OverlayText[] | { [key: string]: OverlayText };

/** An overlay file's `meta` (its schema is in korean-overlay.ts). */
export interface KoreanOverlayMeta {
  language: "ko";
  /** The English file it translates, e.g. "events.json". */
  base: string;
  translated: string;
  method: string;
}
export type KoreanOverlay = { meta: KoreanOverlayMeta } & { [key: string]: OverlayText | KoreanOverlayMeta };

// ---------------------------------------------------------------------------------------------
// Paths
// ---------------------------------------------------------------------------------------------

/** The key of a top-level record in its overlay: `id`, else `code` (actors), else `version` (releases). */
export function recordKey(record: unknown): string | undefined {
  if (!isPlainObject(record)) return undefined;
  for (const k of ["id", "code", "version"])
    if (typeof record[k] === "string" && record[k] !== "") return record[k];
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The walk
// ---------------------------------------------------------------------------------------------

export interface OverlayProblem {
  /** "error": data:check fails; "fallback": a long field shows the English (reported, allowed). */
  level: "error" | "fallback";
  /** Overlay coordinates, see `overlayPath`. */
  path: string;
  message: string;
}

/** Korean coverage of one file: records (plus top-level objects with text such as `passThrough`). */
export interface KoreanCoverage {
  records: number;
  /** Records whose every free-text field has Korean. */
  translated: number;
  /** Long fields that fall back to English. */
  fallbacks: number;
  errors: number;
}

export interface KoreanReview {
  problems: OverlayProblem[];
  coverage: KoreanCoverage;
}

export interface Localized<T> {
  /** A copy of the English data with the Korean text in place. */
  value: T;
  /** Paths (see `overlayPath`) of free-text fields that still show English: show "영어 원문" beside them. */
  fallbackPaths: ReadonlySet<string>;
}

interface Walk {
  problems: OverlayProblem[];
  fallbacks: Set<string>;
}

/** Merge one English node with its overlay node; records problems and fallbacks in `w`. */
function merge(base: unknown, ov: unknown, key: string | undefined, path: string, w: Walk): unknown {
  const err = (message: string, at = path) => w.problems.push({ level: "error", path: at, message });

  if (typeof base === "string") {
    const kind = key === undefined ? undefined : textFieldKind(key, base);
    if (kind === undefined) {
      if (ov !== undefined)
        err(key === "unit" ? `the unit "${base}" is formatted by the app: leave it out` : "is not a free-text field of the English file: leave it out");
      return base;
    }
    if (typeof ov === "string" && ov.trim() !== "") return ov;
    w.fallbacks.add(path);
    if (ov === undefined) {
      if (kind === "short") err("Korean text is missing (required)");
      else w.problems.push({ level: "fallback", path, message: "no Korean text: the English is shown" });
    } else if (typeof ov === "string") err("is empty");
    else err(`expected a string, got ${typeName(ov)}`);
    return base;
  }

  if (Array.isArray(base)) {
    // Lists of ids, dates, enums: never in an overlay. (An array of records with no text may be
    // left out or given as `{}` elements.)
    if (ov !== undefined && !base.some((b) => isPlainObject(b) || Array.isArray(b))) {
      err("is not a free-text field of the English file: leave it out");
      return base.slice();
    }
    let items: unknown[] = [];
    if (Array.isArray(ov)) {
      items = ov;
      if (ov.length !== base.length) err(`has ${ov.length} element(s); the English has ${base.length} (keep the same length and order, {} for an element with no text)`);
    } else if (ov !== undefined) err(`expected an array of ${base.length} element(s), got ${typeName(ov)}`);
    return base.map((b, i) => merge(b, items[i], undefined, `${path}[${i}]`, w));
  }

  if (isPlainObject(base)) {
    let fields: Record<string, unknown> = {};
    if (isPlainObject(ov)) {
      fields = ov;
      for (const k of Object.keys(ov))
        if (!(k in base)) err(`"${k}" is not a field of the English file`, join(path, k));
    } else if (ov !== undefined) err(`expected an object, got ${typeName(ov)}`);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(base)) out[k] = merge(v, fields[k], k, join(path, k), w);
    return out;
  }

  // null, numbers, booleans: nothing to translate.
  if (ov !== undefined) err(base === null ? "the English value is null: leave it out" : "is not a free-text field of the English file: leave it out");
  return base;
}

function join(path: string, key: string): string {
  return path === "" ? key : `${path}.${key}`;
}

function hasText(node: unknown, key?: string): boolean {
  if (typeof node === "string") return key !== undefined && textFieldKind(key, node) !== undefined;
  if (Array.isArray(node)) return node.some((n) => hasText(n));
  if (isPlainObject(node)) return Object.entries(node).some(([k, v]) => hasText(v, k));
  return false;
}

/** A top-level array whose every element is a record with a key is keyed by that key in the overlay. */
function isKeyedCollection(node: unknown): node is Record<string, unknown>[] {
  return Array.isArray(node) && node.length > 0 && node.every((r) => recordKey(r) !== undefined);
}

/** Walk a whole file: top-level collections by record key, everything else by structure. */
export function walkFile(base: unknown, overlay: unknown): { value: unknown; walk: Walk; coverage: KoreanCoverage } {
  const w: Walk = { problems: [], fallbacks: new Set() };
  const coverage: KoreanCoverage = { records: 0, translated: 0, fallbacks: 0, errors: 0 };
  if (!isPlainObject(base)) return { value: base, walk: w, coverage };
  const ov = isPlainObject(overlay) ? overlay : {};
  const out: Record<string, unknown> = {};

  // Counts a record (or top-level object) as translated when it added no problem.
  const unit = (run: () => unknown, counted: boolean) => {
    const before = w.problems.length;
    const value = run();
    if (counted) {
      coverage.records++;
      if (w.problems.length === before) coverage.translated++;
    }
    return value;
  };

  for (const [k, v] of Object.entries(base)) {
    if (k === "meta") {
      out[k] = v;
      continue;
    }
    if (isKeyedCollection(v)) {
      const given = ov[k];
      let byKey: Record<string, unknown> = {};
      if (isPlainObject(given)) byKey = given;
      else if (given !== undefined)
        w.problems.push({ level: "error", path: k, message: `expected an object keyed by record id, got ${typeName(given)}` });
      const known = new Set(v.map((r) => recordKey(r)));
      for (const id of Object.keys(byKey))
        if (!known.has(id))
          w.problems.push({ level: "error", path: overlayPath(k, id), message: `no record "${id}" in the English file` });
      out[k] = v.map((r) => {
        const id = recordKey(r)!;
        return unit(() => merge(r, byKey[id], undefined, overlayPath(k, id), w), true);
      });
    } else out[k] = unit(() => merge(v, ov[k], k, k, w), isPlainObject(v) && hasText(v));
  }
  for (const k of Object.keys(ov))
    if (k !== "meta" && !(k in base))
      w.problems.push({ level: "error", path: k, message: `"${k}" is not a part of the English file` });

  for (const p of w.problems) {
    if (p.level === "error") coverage.errors++;
    else coverage.fallbacks++;
  }
  return { value: out, walk: w, coverage };
}

/**
 * The English data with the Korean in place. Never throws: what does not fit (unknown ids, wrong
 * types, empty strings, non-text fields) is ignored and the English stays, listed in `fallbackPaths`.
 * With no overlay (it failed to load), every free-text field is a fallback.
 */
export function applyKoreanOverlay<T>(base: T, overlay: KoreanOverlay | undefined): Localized<T> {
  const { value, walk } = walkFile(base, overlay);
  return { value: value as T, fallbackPaths: walk.fallbacks };
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function typeName(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  return typeof v === "object" ? "an object" : `a ${typeof v}`;
}

/**
 * Korean overlays of the data files (issue #21, docs/korean-data.md). An overlay `data/ko/<file>.json`
 * mirrors its English file with only the free-text fields, translated: a top-level array of records
 * becomes an object keyed by the record's `id` (`code` for actors, `version` for releases), arrays
 * inside a record keep their length and order (`{}` for an element with no text), objects stay objects.
 *
 * One walk over the English structure serves both uses: `checkKoreanOverlay` (data:check, tests)
 * lists what is wrong or missing, and `applyKoreanOverlay` (the app) puts the Korean in place and says
 * which fields still show English. The walk is generic: it knows field names, not file layouts.
 * Pure: no React, store or DOM; never throws.
 */
import * as z from "zod/mini";
import { isRealIsoDate } from "./dates";
import type { Result } from "./result";
import { isPlainObject, typeName, walkFile, type KoreanOverlay, type KoreanReview, type OverlayProblem, type OverlayText } from "./korean-overlay-walk";

export * from "./korean-overlay-walk";

// ---------------------------------------------------------------------------------------------
// The overlay file's shape
// ---------------------------------------------------------------------------------------------

export const koreanOverlayMetaSchema = z.object({
  language: z.literal("ko"),
  /** The English file it translates, e.g. "events.json". */
  base: z.string().check(z.regex(/^[a-z]+\.json$/, "must name the English file, e.g. \"events.json\"")),
  translated: z.string().check(z.refine(isRealIsoDate, "must be a real date written YYYY-MM-DD")),
  method: z.string().check(z.minLength(1, "must not be empty")),
});

const overlayText: z.ZodMiniType<OverlayText> = z.lazy(() =>
  z.union([z.string(), z.array(overlayText), z.record(z.string(), overlayText)]),
);

export const koreanOverlaySchema = z.catchall(z.object({ meta: koreanOverlayMetaSchema }), overlayText);

/** Parse an overlay file's shape (meta, then nested strings only); messages name the field. */
export function parseKoreanOverlay(raw: unknown): Result<KoreanOverlay, string[]> {
  const parsed = koreanOverlaySchema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data as KoreanOverlay };
  return {
    ok: false,
    error: parsed.error.issues.map((i) => `${i.path.length > 0 ? formatIssuePath(i.path) : "top level"}: ${issueMessage(i)}`),
  };
}

function issueMessage(i: { code: string; message: string }): string {
  if (i.code === "invalid_union") return "must be a string, an array or an object of strings";
  if (i.code === "invalid_value") return 'must be "ko"';
  return i.message && i.message !== "Invalid input" ? i.message : `is invalid (${i.code})`;
}

function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.map((k, i) => (typeof k === "number" ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`)).join("");
}

/**
 * Check an overlay against its English file. `fileName` is the English file ("events.json" or
 * "events"): the overlay's `meta.base` must name it. Problems come in the order of the English file.
 */
export function reviewKoreanOverlay(base: unknown, overlay: unknown, fileName: string): KoreanReview {
  const file = fileName.endsWith(".json") ? fileName : `${fileName}.json`;
  const metaProblems: OverlayProblem[] = [];
  if (!isPlainObject(overlay)) {
    metaProblems.push({ level: "error", path: "top level", message: `expected an object, got ${typeName(overlay)}` });
  } else {
    const meta = koreanOverlayMetaSchema.safeParse(overlay["meta"]);
    if (!meta.success)
      for (const i of meta.error.issues)
        metaProblems.push({ level: "error", path: formatIssuePath(["meta", ...i.path]), message: issueMessage(i) });
    else if (meta.data.base !== file)
      metaProblems.push({ level: "error", path: "meta.base", message: `names "${meta.data.base}", not "${file}"` });
  }
  const { walk, coverage } = walkFile(base, overlay);
  coverage.errors += metaProblems.length;
  return { problems: [...metaProblems, ...walk.problems], coverage };
}

/** Every problem of an overlay: errors (fail data:check) and fallbacks (long fields left in English). */
export function checkKoreanOverlay(base: unknown, overlay: unknown, fileName: string): OverlayProblem[] {
  return reviewKoreanOverlay(base, overlay, fileName).problems;
}

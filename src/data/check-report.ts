/**
 * The schema check's results as a message can carry them: per file, whether it passed and its
 * problems, then the cross-reference problems. The app checks its files in a worker
 * (check-worker.ts), off the page's main thread, and registers a validator that answers from this
 * report (checked-data.ts). Pure: no data, no zod (the worker brings the validator).
 */
import type { DataValidator } from "./dataset";
import type { DataFileName, Dataset } from "../domain/schemas";
import type { Result } from "../domain/result";

export type FileVerdict = { ok: true } | { ok: false; error: string[] };

export interface CheckReport {
  files: Partial<Record<DataFileName, FileVerdict>>;
  /** The cross-reference problems; null when they were not checked (a file missing or failed). */
  cross: string[] | null;
}

/** The page's messages to the worker: one per file, then which files there should be. */
export type CheckMessage = { kind: "file"; name: DataFileName; file: unknown } | { kind: "done"; expected: readonly DataFileName[] };

/**
 * Checks `files` with `v`, as the page's own check does (dataset.ts): each file against its schema,
 * then, when every expected file is there and passed, the cross-references.
 */
export function checkReport(files: Partial<Record<DataFileName, unknown>>, expected: readonly DataFileName[], v: DataValidator): CheckReport {
  const verdicts: Partial<Record<DataFileName, FileVerdict>> = {};
  const values: Partial<Record<DataFileName, unknown>> = {};
  for (const name of expected) {
    if (files[name] === undefined) continue;
    const r = v.validateFile(name, files[name]);
    verdicts[name] = r.ok ? { ok: true } : { ok: false, error: r.error };
    if (r.ok) values[name] = r.value;
  }
  const complete = expected.every((n) => verdicts[n]?.ok === true);
  return { files: verdicts, cross: complete ? v.crossCheck(values as Dataset) : null };
}

const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === "string");

/** Whether a message from the worker is a report (anything else makes the page check on its own). */
export function isCheckReport(x: unknown): x is CheckReport {
  if (typeof x !== "object" || x === null) return false;
  const { files, cross } = x as { files?: unknown; cross?: unknown };
  if (typeof files !== "object" || files === null || (cross !== null && !isStrings(cross))) return false;
  return Object.values(files).every(
    (f: unknown) => typeof f === "object" && f !== null && ((f as FileVerdict).ok === true || ((f as FileVerdict).ok === false && isStrings((f as { error?: unknown }).error))),
  );
}

/**
 * A validator that answers from `report` for the very file objects that were checked (`sent`); a
 * file it did not see (none in the app: the files never change once loaded) fails as unchecked.
 */
export function validatorFromReport(report: CheckReport, sent: Partial<Record<DataFileName, unknown>>): DataValidator {
  const unchecked = (name: string) => [`${name}.json: not checked (the file changed after the check ran)`];
  return {
    validateFile: <K extends DataFileName>(name: K, raw: unknown): Result<Dataset[K], string[]> => {
      const verdict = report.files[name];
      if (!verdict || raw !== sent[name]) return { ok: false, error: unchecked(name) };
      return verdict.ok ? { ok: true, value: raw as Dataset[K] } : { ok: false, error: verdict.error };
    },
    crossCheck: (ds: Dataset): string[] => {
      const same = (Object.keys(sent) as DataFileName[]).every((n) => ds[n] === sent[n]);
      return same && report.cross ? report.cross : ["dataset: cross-references not checked (a file changed after the check ran)"];
    },
  };
}

/**
 * The app's data: the files in data/, bundled at build time and validated once per file.
 *
 * The map's files (actors, relations) are in the first chunk; the rest, events included, arrive
 * with the panels that need them (`extra-data.ts`, loaded after the map is painted) and register themselves
 * here. So does the schema check (`validation.ts`, with zod): the first screen does not wait for
 * zod. Until the check has arrived, the map's files are served as bundled ("provisional"); when it
 * arrives every file is checked, listeners are told, and a file that failed is from then on an
 * error for the views that need it (their region shows an error card; the rest of the app works).
 * Nothing here throws except `requireDataFile`, on purpose, for an error boundary.
 */
import actorsRaw from "../../data/actors.json";
import relationsRaw from "../../data/relations.json";
import type { DataFileName, Dataset } from "../domain/schemas";
import type { RawData } from "../domain/validate-dataset";
import type { Result } from "../domain/result";
import { localizeFile, subscribeLocalization } from "./localized-data";

/** Every file in data/ (validate-dataset.ts checks that this matches its schemas). */
export const DATA_FILE_NAMES: readonly DataFileName[] = [
  "sources",
  "actors",
  "relations",
  "events",
  "trade",
  "indicators",
  "article",
  "releases",
];

/** The schema check, registered by validation.ts (tests register it in their setup). */
export interface DataValidator {
  validateFile: <K extends DataFileName>(name: K, raw: unknown) => Result<Dataset[K], string[]>;
  crossCheck: (ds: Dataset) => string[];
}

const RAW: Partial<RawData> = {
  actors: actorsRaw,
  relations: relationsRaw,
};

type Validated = { [K in DataFileName]?: Result<Dataset[K], string[]> };

let cache: Validated | null = null;
let override: RawData | null = null;
let validator: DataValidator | null = null;
let revision = 0;
const listeners = new Set<() => void>();

/** Tells the listeners; with `redraw`, the revision the views redraw on moves first. */
function tell(redraw: boolean): void {
  if (redraw) revision++;
  for (const l of listeners) l();
}

function changed(): void {
  cache = null;
  tell(true);
}

// The data's language changed (localized-data.ts): the same checked files with other text, so no new
// check; readers are told to redraw.
subscribeLocalization(() => tell(true));

/** Called by extra-data.ts when the panels' files have loaded. */
export function registerRawData(part: Partial<RawData>): void {
  Object.assign(RAW, part);
  changed();
}

/**
 * Called by validation.ts when the schema check has loaded: every file is checked from now on.
 * `null` (tests only) goes back to serving the bundled files unchecked.
 */
export function registerValidator(v: DataValidator | null): void {
  if (validator === v) return;
  const before = validated();
  validator = v;
  cache = null;
  // Listeners are told (the problem report waits for the check), but when every file comes out of
  // the check as it was served (a file that passes keeps its identity), nothing drawn changes: the
  // revision stays, so the views are not drawn again (the task that takes the worker's result went
  // from 34 to 8 ms, in the first second after the map, when the reader's first clicks come).
  const after = validated();
  tell(!DATA_FILE_NAMES.every((n) => sameResult(before[n], after[n])));
}

function sameResult(a: Result<unknown, string[]> | undefined, b: Result<unknown, string[]> | undefined): boolean {
  if (!a || !b) return a === b;
  return a.ok && b.ok ? a.value === b.value : false;
}

/** True once the schema check has run (files are no longer provisional). */
export function dataChecked(): boolean {
  return validator !== null;
}

/** Tells `listener` whenever files arrive or the check does; returns an unsubscribe function. */
export function subscribeData(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A number that changes whenever `subscribeData` listeners are told. */
export function dataRevision(): number {
  return revision;
}

/** A file as bundled (or as a test set it), unchecked; undefined until it has loaded. */
export function rawDataFile(name: DataFileName): unknown {
  return (override ?? RAW)[name];
}

/** True once every data file is present (the panels' chunk has loaded). */
export function allDataLoaded(): boolean {
  return DATA_FILE_NAMES.every((n) => rawDataFile(n) !== undefined);
}

export class DataFileError extends Error {
  constructor(
    readonly file: DataFileName,
    readonly problems: string[],
  ) {
    super(`${file}.json failed validation: ${problems.slice(0, 3).join("; ")}`);
    this.name = "DataFileError";
  }
}

/** Tests only: validate this raw data instead of the bundled files. */
export function setRawDataForTests(raw: RawData | null): void {
  override = raw;
  changed();
}

/**
 * Each file's check result, per validator and per file object, so a file is checked once however
 * often the cache is rebuilt (files arriving, the check registering).
 */
const checkedFiles = new WeakMap<DataValidator, WeakMap<object, Result<unknown, string[]>>>();

function checkFile(v: DataValidator, name: DataFileName, file: unknown): Result<unknown, string[]> {
  let memo = checkedFiles.get(v);
  if (!memo) checkedFiles.set(v, (memo = new WeakMap()));
  const key = typeof file === "object" && file !== null ? file : null;
  const known = key ? memo.get(key) : undefined;
  if (known) return known;
  const r = v.validateFile(name, file);
  // A file that passes keeps its identity, so views that drew it provisionally need not redraw
  // (the schemas neither transform nor default: the parsed value equals the bundled one).
  const result: Result<unknown, string[]> = r.ok ? { ok: true, value: file } : r;
  if (key) memo.set(key, result);
  return result;
}

function validated(): Validated {
  if (cache) return cache;
  const raw: Partial<RawData> = override ?? RAW;
  const out: Partial<Record<DataFileName, Result<unknown, string[]>>> = {};
  for (const name of DATA_FILE_NAMES) {
    const file = raw[name];
    if (file === undefined) continue;
    out[name] = validator ? checkFile(validator, name, file) : { ok: true, value: file };
  }
  cache = out as Validated;
  return cache;
}

/** The contents of one file, or throws DataFileError (for an error boundary to show). */
export function requireDataFile<K extends DataFileName>(name: K): Dataset[K] {
  const r = validated()[name];
  if (!r) throw new DataFileError(name, ["the file has not been loaded"]);
  if (!r.ok) throw new DataFileError(name, r.error);
  return localizeFile(name, r.value);
}

/** Like requireDataFile but never throws: for code that can degrade (e.g. the URL vocabulary). */
export function readDataFile<K extends DataFileName>(name: K): Dataset[K] | null {
  const r = validated()[name];
  return r?.ok ? localizeFile(name, r.value) : null;
}

let crossChecked: { v: DataValidator; files: unknown[]; problems: string[] } | null = null;

/** The cross-reference check of these files, run once per validator and set of file objects. */
function crossCheckOnce(v: DataValidator, ds: Dataset): string[] {
  const files = DATA_FILE_NAMES.map((n) => ds[n]);
  if (crossChecked?.v === v && crossChecked.files.every((f, i) => f === files[i])) return crossChecked.problems;
  const problems = v.crossCheck(ds);
  crossChecked = { v, files, problems };
  return problems;
}

function checkedDataset(v: Validated): Dataset {
  return Object.fromEntries(
    Object.entries(v).map(([k, r]) => [k, (r as { value: unknown }).value]),
  ) as unknown as Dataset;
}

/**
 * Every validation problem in the data: per-file schema errors, then cross-references. Empty until
 * the schema check has loaded (see `dataChecked`).
 */
export function dataProblems(): string[] {
  if (!validator) return [];
  const v = validated();
  const problems: string[] = [];
  for (const r of Object.values(v)) if (r && !r.ok) problems.push(...r.error);
  if (problems.length > 0 || !allDataLoaded()) return problems;
  return crossCheckOnce(validator, checkedDataset(v));
}

/**
 * The app's way to register the schema check (checked-data.ts): each file present is checked in a
 * task of its own, then the cross-references, with `yieldToPage` between them, so a click waits for
 * one file's check at most, never for the whole pass; then the check is registered with those
 * results (nothing is checked twice) and listeners are told once, as `registerValidator` does.
 * Until then the files are served provisionally, as before the check arrived. Resolves once it is
 * registered. A check already registered (tests register theirs in their setup) is left alone.
 */
export async function registerValidatorInSteps(v: DataValidator, yieldToPage: () => Promise<void>): Promise<void> {
  for (const name of DATA_FILE_NAMES) {
    await yieldToPage();
    if (validator) return;
    const file = rawDataFile(name);
    if (file !== undefined) checkFile(v, name, file);
  }
  await yieldToPage();
  if (validator) return;
  if (allDataLoaded()) {
    const results = DATA_FILE_NAMES.map((n) => checkFile(v, n, rawDataFile(n)));
    if (results.every((r) => r.ok)) {
      crossCheckOnce(v, Object.fromEntries(DATA_FILE_NAMES.map((n, i) => [n, (results[i] as { value: unknown }).value])) as unknown as Dataset);
      await yieldToPage();
      if (validator) return;
    }
  }
  registerValidator(v);
}

/**
 * The app's data: the files in data/, bundled at build time and validated once per file on first use.
 * The map's files (actors, relations, events) are in the first chunk; the rest arrive with the panels
 * that need them (`extra-data.ts`, loaded after the map is painted) and register themselves here.
 * A file that fails validation is reported (never thrown here); the views that need it show an
 * error card through their region's error boundary while the rest of the app keeps working.
 */
import actorsRaw from "../../data/actors.json";
import relationsRaw from "../../data/relations.json";
import eventsRaw from "../../data/events.json";
import { DATA_FILES, type DataFileName, type Dataset } from "../domain/schemas";
import { crossCheck, validateFile, type RawData } from "../domain/validate-dataset";
import type { Result } from "../domain/result";

const RAW: Partial<RawData> = {
  actors: actorsRaw,
  relations: relationsRaw,
  events: eventsRaw,
};

/** Called by extra-data.ts when the panels' files have loaded. */
export function registerRawData(part: Partial<RawData>): void {
  Object.assign(RAW, part);
  cache = null;
}

/** True once every data file is present (the panels' chunk has loaded). */
export function allDataLoaded(): boolean {
  return (Object.keys(DATA_FILES) as DataFileName[]).every((n) => (override ?? RAW)[n] !== undefined);
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

type Validated = { [K in DataFileName]?: Result<Dataset[K], string[]> };

let cache: Validated | null = null;
let override: RawData | null = null;

/** Tests only: validate this raw data instead of the bundled files. */
export function setRawDataForTests(raw: RawData | null): void {
  override = raw;
  cache = null;
}

function validated(): Validated {
  if (cache) return cache;
  const raw: Partial<RawData> = override ?? RAW;
  const out: Partial<Record<DataFileName, Result<unknown, string[]>>> = {};
  for (const name of Object.keys(raw) as DataFileName[]) out[name] = validateFile(name, raw[name]);
  cache = out as Validated;
  return cache;
}

/** The validated contents of one file, or throws DataFileError (for an error boundary to show). */
export function requireDataFile<K extends DataFileName>(name: K): Dataset[K] {
  const r = validated()[name];
  if (!r) throw new DataFileError(name, ["the file has not been loaded"]);
  if (!r.ok) throw new DataFileError(name, r.error);
  return r.value;
}

/** Like useDataFile but never throws: for code that can degrade (e.g. the URL vocabulary). */
export function readDataFile<K extends DataFileName>(name: K): Dataset[K] | null {
  const r = validated()[name];
  return r?.ok ? r.value : null;
}

/** Every validation problem in the bundled data: per-file schema errors, then cross-references. */
export function dataProblems(): string[] {
  const v = validated();
  const problems: string[] = [];
  for (const r of Object.values(v)) if (r && !r.ok) problems.push(...r.error);
  if (problems.length > 0 || !allDataLoaded()) return problems;
  const ds = Object.fromEntries(
    Object.entries(v).map(([k, r]) => [k, (r as { value: unknown }).value]),
  ) as unknown as Dataset;
  return crossCheck(ds);
}

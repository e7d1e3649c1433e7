/**
 * The app's data: every file in data/ imported at build time, validated once per file at start-up.
 * A file that fails validation is reported (never thrown here); the views that need it show an
 * error card through their region's error boundary while the rest of the app keeps working.
 */
import sourcesRaw from "../../data/sources.json";
import actorsRaw from "../../data/actors.json";
import relationsRaw from "../../data/relations.json";
import eventsRaw from "../../data/events.json";
import tradeRaw from "../../data/trade.json";
import indicatorsRaw from "../../data/indicators.json";
import articleRaw from "../../data/article.json";
import type { DataFileName, Dataset } from "../domain/schemas";
import { crossCheck, validateFile, type RawData } from "../domain/validate-dataset";
import type { Result } from "../domain/result";

const RAW: RawData = {
  sources: sourcesRaw,
  actors: actorsRaw,
  relations: relationsRaw,
  events: eventsRaw,
  trade: tradeRaw,
  indicators: indicatorsRaw,
  article: articleRaw,
};

export class DataFileError extends Error {
  constructor(
    readonly file: DataFileName,
    readonly problems: string[],
  ) {
    super(`${file}.json failed validation: ${problems.slice(0, 3).join("; ")}`);
    this.name = "DataFileError";
  }
}

type Validated = { [K in DataFileName]: Result<Dataset[K], string[]> };

let cache: Validated | null = null;
let override: RawData | null = null;

/** Tests only: validate this raw data instead of the bundled files. */
export function setRawDataForTests(raw: RawData | null): void {
  override = raw;
  cache = null;
}

function validated(): Validated {
  if (cache) return cache;
  const raw = override ?? RAW;
  const out = {} as Record<DataFileName, Result<unknown, string[]>>;
  for (const name of Object.keys(raw) as DataFileName[]) out[name] = validateFile(name, raw[name]);
  cache = out as Validated;
  return cache;
}

/** The validated contents of one file, or throws DataFileError (for an error boundary to show). */
export function requireDataFile<K extends DataFileName>(name: K): Dataset[K] {
  const r = validated()[name];
  if (!r.ok) throw new DataFileError(name, r.error);
  return r.value;
}

/** Like useDataFile but never throws: for code that can degrade (e.g. the URL vocabulary). */
export function readDataFile<K extends DataFileName>(name: K): Dataset[K] | null {
  const r = validated()[name];
  return r.ok ? r.value : null;
}

/** Every validation problem in the bundled data: per-file schema errors, then cross-references. */
export function dataProblems(): string[] {
  const v = validated();
  const problems: string[] = [];
  for (const r of Object.values(v)) if (!r.ok) problems.push(...r.error);
  if (problems.length > 0) return problems;
  const ds = Object.fromEntries(
    Object.entries(v).map(([k, r]) => [k, (r as { value: unknown }).value]),
  ) as unknown as Dataset;
  return crossCheck(ds);
}

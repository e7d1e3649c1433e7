/**
 * What the first screen needs to know about the data files it does not carry (they load with the
 * panels): the event ids and date range for the URL check, and the data's "as of", compiled date and
 * version for the header. Built at build time by scripts/data-digest-plugin.ts with the same
 * function the loaded files go through (`dataAsOf`). Pure: the files come in through `read`.
 */
import { dataAsOf, type FreshnessInputs } from "./freshness";

export const DIGEST_FILES = ["events", "sources", "trade", "indicators", "releases"] as const;
export type DigestFile = (typeof DIGEST_FILES)[number];

export interface DataDigest {
  eventIds: string[];
  /** Oldest and newest event dates (YYYY-MM-DD), or null when there are none. */
  minDate: string | null;
  maxDate: string | null;
  /** The newest sourced date of the data (`dataAsOf`), the compiled date and the data version. */
  asOf: string | null;
  compiled: string | null;
  version: string | null;
}

type Json = Record<string, unknown>;
const arr = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);
const str = (v: unknown): string | null => (typeof v === "string" ? v : null);

/** The digest of the files `read` returns; a missing or damaged part contributes nothing (never throws). */
export function buildDataDigest(read: (name: DigestFile) => Json | null): DataDigest {
  const events = arr(read("events")?.["records"]);
  const trade = read("trade") ?? {};
  const indicators = read("indicators") ?? {};
  const releases = read("releases");
  const dates = events.flatMap((e) => (str(e["date"]) ? [e["date"] as string] : [])).sort();
  const retrieved = (["events", "trade", "indicators", "releases"] as const)
    .flatMap((n) => {
      const meta = read(n)?.["meta"] as Json | undefined;
      return str(meta?.["retrieved"]) ? [meta!["retrieved"] as string] : [];
    })
    .sort();
  const compiled = retrieved.at(-1) ?? null;
  const sourceDates = new Map(
    arr(read("sources")?.["records"]).flatMap((s) => (str(s["id"]) && str(s["date"]) ? [[s["id"] as string, s["date"] as string] as const] : [])),
  );
  const inputs = {
    today: compiled ?? "9999-12-31",
    sourceDates,
    events,
    series: [...arr(trade["series"]), ...arr(indicators["series"])],
    tariffs: arr(trade["tariffs"]),
    facts: [...arr(trade["dealTerms"]), ...arr(indicators["facts"])],
    exercises: arr(indicators["exercises"]),
  } as unknown as FreshnessInputs;
  return {
    eventIds: events.flatMap((e) => (str(e["id"]) ? [e["id"] as string] : [])),
    minDate: dates[0] ?? null,
    maxDate: dates.at(-1) ?? null,
    asOf: compiled === null ? null : safe(() => dataAsOf(inputs)),
    compiled,
    version: str(releases?.["version"]),
  };
}

function safe<T>(f: () => T): T | null {
  try {
    return f();
  } catch {
    return null;
  }
}


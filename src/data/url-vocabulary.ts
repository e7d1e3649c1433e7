import { isRealIsoDate } from "../domain/dates";
import type { UrlVocabulary } from "../domain/url-state";
import { readDataFile } from "./dataset";
import digest from "virtual:data-digest";

/** The records of a file that may not have been checked yet: only an array counts. */
function recordsOf(file: { records?: unknown } | null): readonly unknown[] {
  return file && Array.isArray(file.records) ? file.records : [];
}

/** The string field `key` of each record that has one (a record of the wrong shape adds nothing). */
function stringsAt(records: readonly unknown[], key: "id" | "date"): string[] {
  return records.flatMap((r) => {
    const v = r !== null && typeof r === "object" ? (r as Record<string, unknown>)[key] : undefined;
    return typeof v === "string" ? [v] : [];
  });
}

/**
 * What a link may name: relation ids from the first screen's file, event ids and the date range from
 * the events file once it has loaded, else from the build-time digest of it. It is read at start-up, before the schema check has loaded, so it reads the files
 * defensively: a damaged file contributes nothing, and links naming its records are dropped with a
 * notice instead of crashing.
 */
export function urlVocabulary(): UrlVocabulary {
  const file = readDataFile("events");
  const events = recordsOf(file);
  const relations = recordsOf(readDataFile("relations"));
  const dates = file ? stringsAt(events, "date").filter(isRealIsoDate).sort() : [digest.minDate, digest.maxDate].filter((d) => d !== null);
  return {
    relationIds: new Set(stringsAt(relations, "id")),
    eventIds: new Set(file ? stringsAt(events, "id") : digest.eventIds),
    minDate: dates[0] ?? "2023-01-01",
    maxDate: dates.at(-1) ?? "2025-12-31",
    // The Trade panel's "rates in force on" may name any day up to today (later days: unknown rates).
    ratesOnMax: [dates.at(-1) ?? "2025-12-31", new Date().toISOString().slice(0, 10)].sort().at(-1),
  };
}

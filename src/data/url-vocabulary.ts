import type { UrlVocabulary } from "../domain/url-state";
import { readDataFile } from "./dataset";

/**
 * What a link may name, from the data the first screen has (relations and events): ids and the date
 * range. A file that failed validation contributes nothing, so links naming its records are dropped
 * with a notice instead of crashing.
 */
export function urlVocabulary(): UrlVocabulary {
  const events = readDataFile("events")?.records ?? [];
  const relations = readDataFile("relations")?.records ?? [];
  const dates = events.map((e) => e.date).sort();
  return {
    relationIds: new Set(relations.map((r) => r.id)),
    eventIds: new Set(events.map((e) => e.id)),
    minDate: dates[0] ?? "2023-01-01",
    maxDate: dates.at(-1) ?? "2025-12-31",
  };
}

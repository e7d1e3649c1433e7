/** Id → record lookups over the validated data, built once per records array. */
import type { Actor, AtlasEvent, Relation, Source } from "../domain/schemas";
import type { Iso3 } from "../domain/types";
import { readDataFile, requireDataFile } from "./dataset";

const indexes = new WeakMap<readonly object[], Map<string, object>>();

function lookup<T extends object>(records: readonly T[], key: (r: T) => string, id: string): T | undefined {
  let m = indexes.get(records) as Map<string, T> | undefined;
  if (!m) {
    m = new Map(records.map((r) => [key(r), r]));
    indexes.set(records, m);
  }
  return m.get(id);
}

/** Source records for ids, in the order given; unknown ids are skipped (the data check forbids them). */
export function getSources(ids: readonly string[]): Source[] {
  const records = requireDataFile("sources").records;
  return ids.flatMap((id) => {
    const s = lookup(records, (r) => r.id, id);
    return s ? [s] : [];
  });
}

export function getActor(code: Iso3): Actor | undefined {
  return lookup(requireDataFile("actors").records, (a) => a.code, code);
}

/** Like getEvent, but undefined while events.json has not arrived (it loads with the panels). */
export function findEvent(id: string): AtlasEvent | undefined {
  const events = readDataFile("events");
  return events ? lookup(events.records, (e) => e.id, id) : undefined;
}

export function getEvent(id: string): AtlasEvent | undefined {
  return lookup(requireDataFile("events").records, (e) => e.id, id);
}

export function getRelation(id: string): Relation | undefined {
  return lookup(requireDataFile("relations").records, (r) => r.id, id);
}

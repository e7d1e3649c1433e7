/**
 * The relationship graph over time: which edges are in force on a date, and which events touch an
 * actor or an edge. Pure functions over validated records.
 */
import type { AtlasEvent, Relation } from "./schemas";
import type { Iso3, IsoDate } from "./types";

/** True when the relation is in force on `date` (start inclusive, end inclusive). */
export function isRelationInForce(r: Relation, date: IsoDate): boolean {
  return r.start <= date && (r.end === undefined || date <= r.end);
}

/** Relations in force on `date`, in input order. With no date, those in force today in the data (no end). */
export function relationsAsOf(relations: readonly Relation[], date: IsoDate | null): Relation[] {
  if (date === null) return relations.filter((r) => r.end === undefined);
  return relations.filter((r) => isRelationInForce(r, date));
}

/**
 * The relation's strength (1–3) on `date`: that of the latest `history` entry with a strength dated on
 * or before it (on a tie, the later entry), else the base `strength`. With no date (null), the latest
 * such entry, else the base. Entries without a strength record a change that did not move it.
 */
export function strengthOn(r: Relation, date: IsoDate | null): 1 | 2 | 3 {
  let strength = r.strength;
  let latest = "";
  // No early exit: the map draws bundled data before the check has run, so order is not assumed.
  for (const h of r.history ?? []) {
    if (h.strength === undefined || (date !== null && h.date > date) || h.date < latest) continue;
    latest = h.date;
    strength = h.strength;
  }
  return strength;
}

/** Relations that involve an actor. */
export function relationsOfActor(relations: readonly Relation[], code: Iso3): Relation[] {
  return relations.filter((r) => r.a === code || r.b === code);
}

/** Events involving an actor, newest first. */
export function eventsOfActor(events: readonly AtlasEvent[], code: Iso3): AtlasEvent[] {
  return events.filter((e) => e.actors.includes(code)).sort(byDateDesc);
}

/** Events that evidence a relation (its eventIds), newest first. */
export function eventsOfRelation(events: readonly AtlasEvent[], r: Relation): AtlasEvent[] {
  const ids = new Set(r.eventIds);
  return events.filter((e) => ids.has(e.id)).sort(byDateDesc);
}

/** Relations whose evidence includes the event. */
export function relationsOfEvent(relations: readonly Relation[], eventId: string): Relation[] {
  return relations.filter((r) => r.eventIds.includes(eventId));
}

export function byDateDesc(a: { date: string }, b: { date: string }): number {
  return a.date < b.date ? 1 : a.date > b.date ? -1 : 0;
}

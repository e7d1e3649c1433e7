/**
 * Timeline maths: filtering events, grouping them by month for display, and the month steps of the
 * time scrubber. Pure and fast enough to run on every keystroke with 10,000 events.
 */
import type { AtlasEvent } from "./schemas";
import type { EventType, Iso3, IsoDate } from "./types";

export interface EventFilters {
  /** Events involving any of these actors; empty = all actors. */
  actors: readonly Iso3[];
  /** Events whose type or tags include any of these; empty = all types. */
  types: readonly EventType[];
  from: IsoDate | null;
  to: IsoDate | null;
}

export const NO_FILTERS: EventFilters = { actors: [], types: [], from: null, to: null };

/** True when no filter is active. */
export function isUnfiltered(f: EventFilters): boolean {
  return f.actors.length === 0 && f.types.length === 0 && f.from === null && f.to === null;
}

/** The events that pass every active filter (actors AND types AND date range), in input order. */
export function eventsMatching(events: readonly AtlasEvent[], f: EventFilters): AtlasEvent[] {
  if (isUnfiltered(f)) return events.slice();
  const actors = f.actors.length > 0 ? new Set<string>(f.actors) : null;
  const types = f.types.length > 0 ? new Set<string>(f.types) : null;
  const out: AtlasEvent[] = [];
  for (const e of events) {
    if (f.from !== null && (e.endDate ?? e.date) < f.from) continue;
    if (f.to !== null && e.date > f.to) continue;
    if (actors && !e.actors.some((a) => actors.has(a))) continue;
    if (types && !types.has(e.type) && !(e.tags ?? []).some((t) => types.has(t))) continue;
    out.push(e);
  }
  return out;
}

export type TimelineRow =
  | { kind: "month"; key: string; month: string; count: number }
  | { kind: "event"; key: string; event: AtlasEvent };

/** Date-sorted events flattened into rows with a header per month, for a windowed list. */
export function buildTimelineRows(events: readonly AtlasEvent[]): TimelineRow[] {
  const sorted = [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
  const rows: TimelineRow[] = [];
  let header: { kind: "month"; key: string; month: string; count: number } | null = null;
  for (const e of sorted) {
    const month = e.date.slice(0, 7);
    if (!header || header.month !== month) {
      header = { kind: "month", key: `m-${month}`, month, count: 0 };
      rows.push(header);
    }
    header.count++;
    rows.push({ kind: "event", key: e.id, event: e });
  }
  return rows;
}

/** Month index since year 0, for "YYYY-MM…" dates. */
export function monthIndex(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

/** The first day of the month with this index, as an IsoDate. */
export function monthStart(index: number): IsoDate {
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-01`;
}

/** Event counts per month between two dates (inclusive), for the density strip. */
export function monthlyDensity(events: readonly AtlasEvent[], min: IsoDate, max: IsoDate): number[] {
  const start = monthIndex(min);
  const counts = new Array<number>(monthIndex(max) - start + 1).fill(0);
  for (const e of events) {
    const i = monthIndex(e.date) - start;
    if (i >= 0 && i < counts.length) counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
}

/** Index of the first row whose event is after `date` (binary search over sorted rows' events). */
export function firstRowAfter(rows: readonly TimelineRow[], date: IsoDate): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const r = rows[mid]!;
    const d = r.kind === "event" ? r.event.date : `${r.month}-01`;
    if (d <= date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

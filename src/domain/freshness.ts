/**
 * How fresh the data is: the "as of" date of the whole dataset, whether one value is stale, and the
 * data version's format. Pure and zod-free (the header and the URL codec use it on the first screen).
 *
 * The "as of" date is the newest date at which a SOURCE reports something: the date of an event, a
 * series point, a tariff measure's announcement, a dated fact or an exercise's start, or the date of
 * a source one of them cites (a column of 2 Jul 2026 on a patrol of 27 Jun 2026 shows the data
 * knows the state of things on 2 Jul). Dates that lie ahead only because a law or a plan fixes them
 * (a surcharge's statutory expiry, a phase-in on 1 Jan 2027) are not evidence that anything was read
 * then, so every date counts only up to `today` (the day the data was compiled, `meta.retrieved`), a
 * tariff measure counts by its announcement when known (else its effective date) and an exercise by
 * its start. A unit test pins the bundled data's "as of" to the research's newest item (2026-07-02,
 * brief-2026.md), so a statutory date that slips in as a fact's date fails it.
 */
import type { IsoDate } from "./types";

/** What every input item may carry: the ids of the sources it cites. */
interface Cited {
  sourceIds?: readonly string[];
}

/** "2026.12.0": the data edition (year.month, month without a leading zero) and a counter within it. */
export function isDataVersion(s: string): boolean {
  return /^\d{4}\.(?:[1-9]|1[0-2])\.\d{1,3}$/.test(s);
}

/** How many months older than the data's "as of" a value may be before it is flagged. */
export const STALE_AFTER_MONTHS = 6;

/** The inputs of `dataAsOf`; every part is optional, since the panels' files arrive after the map's. */
export interface FreshnessInputs {
  events?: readonly ({ date: string } & Cited)[];
  series?: readonly { points: readonly ({ date: string } & Cited)[] }[];
  tariffs?: readonly ({ effective: string; announced?: string } & Cited)[];
  facts?: readonly ({ date?: string; figure?: Cited } & Cited)[];
  exercises?: readonly ({ start: string } & Cited)[];
  /** Source id → its date (YYYY, YYYY-MM or YYYY-MM-DD); a source cited by an item counts from its date. */
  sourceDates?: ReadonlyMap<string, string>;
  /** The day the data was compiled: no later date counts (a future date is a plan, not a report). */
  today: IsoDate;
}

/**
 * The last day of a partial date: "2025" → "2025-12-31", "2026-02" → "2026-02-28", a full date
 * unchanged. A yearly value is as fresh as the end of its year.
 */
export function endOfPeriod(d: string): IsoDate {
  if (/^\d{4}$/.test(d)) return `${d}-12-31`;
  const m = /^(\d{4})-(\d{2})$/.exec(d);
  if (!m) return d;
  const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
  return `${d}-${String(last).padStart(2, "0")}`;
}

/**
 * The newest sourced date in the inputs, no later than `today`; null when there is none. A date to
 * a month or a year (a series point, a source) counts as the first day of its period: the "as of"
 * never claims more than the sources show (a June figure may cover only 1–20 June).
 */
export function dataAsOf(inputs: FreshnessInputs): IsoDate | null {
  const { today, sourceDates } = inputs;
  let best: IsoDate | null = null;
  const take = (d: string | undefined) => {
    if (d === undefined) return;
    const day = startOfPeriod(d);
    if (day > today) return;
    if (best === null || day > best) best = day;
  };
  const item = (d: string | undefined, ...cited: (Cited | undefined)[]) => {
    take(d);
    if (sourceDates) for (const c of cited) for (const id of c?.sourceIds ?? []) take(sourceDates.get(id));
  };
  for (const e of inputs.events ?? []) item(e.date, e);
  for (const s of inputs.series ?? []) for (const p of s.points) item(p.date, p);
  for (const t of inputs.tariffs ?? []) item(t.announced ?? t.effective, t);
  for (const f of inputs.facts ?? []) item(f.date, f, f.figure);
  for (const x of inputs.exercises ?? []) item(x.start, x);
  return best;
}

/** The first day of a partial date: "2025" → "2025-01-01", "2026-02" → "2026-02-01". */
export function startOfPeriod(d: string): IsoDate {
  if (/^\d{4}$/.test(d)) return `${d}-01-01`;
  if (/^\d{4}-\d{2}$/.test(d)) return `${d}-01`;
  return d;
}

/** `d` (YYYY-MM-DD) moved back by `months` calendar months, clamped to the month's last day. */
export function monthsBefore(d: IsoDate, months: number): IsoDate {
  const [y, m, day] = d.split("-").map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const ty = Math.floor(total / 12);
  const tm = total - ty * 12 + 1;
  const last = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  const td = Math.min(day, last);
  return `${String(ty).padStart(4, "0")}-${String(tm).padStart(2, "0")}-${String(td).padStart(2, "0")}`;
}

/**
 * True when a value dated `valueDate` (YYYY, YYYY-MM or YYYY-MM-DD; a partial date counts as the end
 * of its period) is more than six months older than the data's `asOf` date.
 */
export function isStale(valueDate: string, asOf: IsoDate): boolean {
  return endOfPeriod(valueDate) < monthsBefore(asOf, STALE_AFTER_MONTHS);
}

/**
 * Each series' latest value date (the point whose period ends last), in the order given; series
 * without points are left out. For the "latest value" line of a chart or a table.
 */
export function latestValueDates(series: readonly { label: string; points: readonly { date: string }[] }[]): { label: string; date: string }[] {
  return series.flatMap((s) => {
    let best: string | null = null;
    for (const p of s.points) if (best === null || endOfPeriod(p.date) > endOfPeriod(best)) best = p.date;
    return best === null ? [] : [{ label: s.label, date: best }];
  });
}

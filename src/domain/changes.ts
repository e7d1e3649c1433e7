/**
 * "What changed since …": a pure function of the data and two dates (`since`, the data's `asOf`).
 * Side by side, then and latest: the US tariff on Korean goods by sector and its legal basis, the
 * headline indicators, the relations that began, ended or changed strength, the events in between
 * (grouped by actor and type) and the article's claims that no longer hold.
 *
 * Dates: an event or measure counts from its day. A series point dated to a year or a month counts
 * from the start of its period when it is a level set for the period (a budget, a troop strength, a
 * stockpile estimate), and from the end of its period when it is a flow summed over it (exports,
 * launches: a full-year total is known once the year is over), except a period still running on
 * `asOf`, which counts from its start (the total so far), as in freshness.ts.
 */
import { endOfPeriod } from "./freshness";
import { strengthOn, isRelationInForce } from "./graph";
import { weakest } from "./indicator-summary";
import { INDICATORS } from "./indicators/registry";
import type { IndicatorId, SeriesMark } from "./indicators/types";
import { percentChange } from "./indicators/series-math";
import type { ArticleClaim, AtlasEvent, Dataset, Point, Relation, RelationChange, Series, TariffMeasure } from "./schemas";
import { ACTOR_CODES, EVENT_TYPES, SECTOR_IDS, type Confidence, type EventType, type Iso3, type IsoDate, type SectorId } from "./types";
import { sectorRatesOn, type SectorRateOn } from "./tariff/rates-on";
import { DEFAULT_SINCE } from "./url-state";

/** The default `since`: the Trump–Lee summit at the White House. */
export const SUMMIT_DATE: IsoDate = DEFAULT_SINCE;

/** The files the view reads. */
export type ChangesData = Pick<Dataset, "relations" | "events" | "trade" | "indicators" | "article">;

/** `since` as the view uses it: the date given (or the summit), clamped to [min, max]. */
export function resolveSince(since: IsoDate | null, min: IsoDate, max: IsoDate): IsoDate {
  const d = since ?? SUMMIT_DATE;
  return d < min ? min : d > max ? max : d;
}

// ---------------------------------------------------------------- tariffs

export interface TariffSide {
  date: IsoDate;
  rate: SectorRateOn;
  /** The measures behind the rate, with their evidence. */
  measures: readonly TariffMeasure[];
  sourceIds: string[];
  confidence: Confidence;
}

export interface TariffChange {
  sector: SectorId;
  label: string;
  then: TariffSide;
  now: TariffSide;
  /** Percentage points, now minus then; null when either rate is not known. */
  deltaPts: number | null;
  /** The rate or the measure behind it (its legal basis) differs. */
  changed: boolean;
}

function tariffSide(rates: Record<SectorId, SectorRateOn>, sector: SectorId, date: IsoDate, byId: Map<string, TariffMeasure>): TariffSide {
  const rate = rates[sector];
  const measures = rate.measureIds.flatMap((id) => byId.get(id) ?? []);
  return {
    date,
    rate,
    measures,
    sourceIds: unique(measures.flatMap((m) => m.sourceIds)),
    confidence: weakest(measures.map((m) => m.confidence)),
  };
}

function tariffChanges(data: ChangesData, since: IsoDate, asOf: IsoDate): TariffChange[] {
  const { tariffs, sectors } = data.trade;
  const byId = new Map(tariffs.map((t) => [t.id, t]));
  const before = sectorRatesOn(tariffs, since);
  const after = sectorRatesOn(tariffs, asOf);
  return SECTOR_IDS.map((sector) => {
    const then = tariffSide(before, sector, since, byId);
    const now = tariffSide(after, sector, asOf, byId);
    const a = then.rate;
    const b = now.rate;
    const deltaPts = a.status === "known" && b.status === "known" ? b.ratePct - a.ratePct : null;
    const changed = a.status !== b.status || deltaPts !== 0 || a.measureIds.join() !== b.measureIds.join();
    const label = sectors.find((s) => s.id === sector)?.label ?? sector.replaceAll("_", " ");
    return { sector, label, then, now, deltaPts, changed };
  });
}

// ---------------------------------------------------------------- indicators

/** A headline indicator: a series of the indicator registry, a trade series, or a tariff sector. */
export type HeadlineDef =
  | { kind: "indicator"; id: IndicatorId; flow?: true }
  | { kind: "series"; id: string; label: string; file: "trade" | "indicators"; flow?: true }
  | { kind: "tariff"; id: string; label: string; sector: SectorId };

/** The headline indicators, in display order. */
export const HEADLINES: readonly HeadlineDef[] = [
  { kind: "tariff", id: "us-tariff-korea", label: "US tariff on Korean goods (“all other goods”)", sector: "other" },
  { kind: "series", id: "kor_exports_to_us_korea_reported", label: "Korea's exports to the US", file: "trade", flow: true },
  { kind: "indicator", id: "dprk-launches", flow: true },
  { kind: "indicator", id: "dprk-troops-russia" },
  { kind: "indicator", id: "dprk-casualties-russia" },
  { kind: "indicator", id: "dprk-warheads" },
  { kind: "indicator", id: "usfk-troops" },
  { kind: "indicator", id: "rok-defence-budget" },
  { kind: "indicator", id: "rok-defence-burden" },
  { kind: "indicator", id: "sma-cost-sharing" },
  { kind: "indicator", id: "china-defence-budget" },
];

/** The value(s) of one side: several points on the same date are disputed values, kept side by side. */
export interface ValueSide {
  /** The date as written in the data (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: string;
  points: readonly Point[];
  /** A flow whose year or month was still running on the side's date: the total so far. */
  periodOpen: boolean;
}

export type IndicatorStatus = "changed" | "unchanged" | "no-newer-value" | "no-value-then" | "not-comparable" | "not-known" | "missing";

export interface IndicatorChange {
  /** Series id (or the headline id for a tariff line). */
  id: string;
  label: string;
  /** How the series counts (the registry's legend), when it says more than the label. */
  method?: string;
  unit: string;
  then: ValueSide | null;
  latest: ValueSide | null;
  /** latest − then, and in percent; only for one value a side, same series, not estimates by different estimators. */
  delta: number | null;
  pct: number | null;
  status: IndicatorStatus;
  /** Why a value is not known (status "not-known"): what the sources leave open. */
  note?: string;
}

function startOfPeriod(date: string): IsoDate {
  return /^\d{4}$/.test(date) ? `${date}-01-01` : /^\d{4}-\d{2}$/.test(date) ? `${date}-01` : date;
}

/** The day from which a point counts (see the module comment). */
function countsFrom(date: string, asOf: IsoDate, flow: boolean): IsoDate {
  if (!flow) return startOfPeriod(date);
  const end = endOfPeriod(date);
  return end <= asOf ? end : startOfPeriod(date);
}

/** The newest point(s) that count on `on`, with ties (same day) side by side. */
function sideOn(points: readonly Point[], on: IsoDate, asOf: IsoDate, flow: boolean): ValueSide | null {
  let best: IsoDate | null = null;
  for (const p of points) {
    const r = countsFrom(p.date, asOf, flow);
    if (r <= on && (best === null || r > best)) best = r;
  }
  if (best === null) return null;
  const at = points.filter((p) => countsFrom(p.date, asOf, flow) === best);
  const date = at[0]?.date ?? best;
  return { date, points: at, periodOpen: flow && endOfPeriod(date) > on };
}

function compare(
  base: Omit<IndicatorChange, "then" | "latest" | "delta" | "pct" | "status">,
  then: ValueSide | null,
  latest: ValueSide | null,
  comparable: boolean,
): IndicatorChange {
  const out = { ...base, then, latest, delta: null, pct: null };
  if (!latest) return { ...out, status: "missing" };
  if (!then) return { ...out, status: "no-value-then" };
  const same = then.date === latest.date && then.points.length === latest.points.length && then.points.every((p, i) => p === latest.points[i]);
  if (same) return { ...out, status: "no-newer-value" };
  const a = then.points.length === 1 ? then.points[0] : undefined;
  const b = latest.points.length === 1 ? latest.points[0] : undefined;
  if (!comparable || !a || !b) return { ...out, status: "not-comparable" };
  const delta = b.value - a.value;
  return { ...out, delta, pct: percentChange(a.value, b.value), status: delta === 0 ? "unchanged" : "changed" };
}

interface SeriesView {
  label: string;
  mark: SeriesMark;
  flow: boolean;
  method?: string;
}

function seriesChange(s: Series, since: IsoDate, asOf: IsoDate, v: SeriesView): IndicatorChange {
  const base = { id: s.id, label: v.label, unit: s.unit, ...(v.method ? { method: v.method } : {}) };
  const then = sideOn(s.points, since, asOf, v.flow);
  const latest = sideOn(s.points, asOf, asOf, v.flow);
  return compare(base, then, latest, v.mark !== "dots" && v.mark !== "figure");
}

/** A tariff rate as a one-point side, dated by the effective date of the measure behind it. */
function tariffPoint(side: TariffSide): ValueSide | null {
  const m = side.measures[0];
  if (side.rate.status !== "known" || !m) return null;
  const p: Point = { date: m.effective, value: side.rate.ratePct, sourceIds: m.sourceIds, confidence: m.confidence, note: side.rate.basis };
  return { date: m.effective, points: [p], periodOpen: false };
}

function headlineChanges(data: ChangesData, since: IsoDate, asOf: IsoDate, tariffs: readonly TariffChange[]): IndicatorChange[] {
  const find = (file: "trade" | "indicators", id: string) => data[file].series.find((s) => s.id === id);
  return HEADLINES.flatMap((h): IndicatorChange[] => {
    if (h.kind === "tariff") {
      const t = tariffs.find((x) => x.sector === h.sector);
      const then = t ? tariffPoint(t.then) : null;
      const latest = t ? tariffPoint(t.now) : null;
      const line = compare({ id: h.id, label: h.label, unit: "%" }, then, latest, true);
      const open = [t?.now.rate, t?.then.rate].find((r) => r?.status === "unknown");
      return [open?.status === "unknown" ? { ...line, status: "not-known", note: open.reason } : line];
    }
    if (h.kind === "series") {
      const s = find(h.file, h.id);
      return s ? [seriesChange(s, since, asOf, { label: h.label, mark: "line", flow: h.flow === true })] : [missing(h.id, h.label)];
    }
    // An indicator: its first series always; its other series (counting methods) when they have a newer value.
    const def = INDICATORS[h.id];
    return def.series.flatMap((ref, i) => {
      const s = find("indicators", ref.id);
      if (!s) return i === 0 ? [missing(ref.id, def.title)] : [];
      const line = seriesChange(s, since, asOf, { label: def.title, mark: ref.mark, flow: h.flow === true, method: ref.legend });
      return i === 0 || line.status === "changed" || line.status === "no-value-then" || line.status === "not-comparable" ? [line] : [];
    });
  });
}

function missing(id: string, label: string): IndicatorChange {
  return { id, label, unit: "", then: null, latest: null, delta: null, pct: null, status: "missing" };
}

// ---------------------------------------------------------------- relations

export interface RelationChangeLine {
  relation: Relation;
  /** Strength on `since` and on `asOf`; null where the relation was not in force. */
  strengthThen: 1 | 2 | 3 | null;
  strengthNow: 1 | 2 | 3 | null;
  /** The relation's dated changes after `since`, up to `asOf`. */
  entries: readonly RelationChange[];
}

export interface RelationChanges {
  began: RelationChangeLine[];
  ended: RelationChangeLine[];
  strength: RelationChangeLine[];
  /** In force on both dates, with dated changes in between that did not move its strength. */
  noted: RelationChangeLine[];
}

function relationChanges(relations: readonly Relation[], since: IsoDate, asOf: IsoDate): RelationChanges {
  const out: RelationChanges = { began: [], ended: [], strength: [], noted: [] };
  for (const r of relations) {
    const thenIn = isRelationInForce(r, since);
    const nowIn = isRelationInForce(r, asOf);
    const line: RelationChangeLine = {
      relation: r,
      strengthThen: thenIn ? strengthOn(r, since) : null,
      strengthNow: nowIn ? strengthOn(r, asOf) : null,
      entries: (r.history ?? []).filter((h) => h.date > since && h.date <= asOf),
    };
    if (r.start > since && r.start <= asOf) out.began.push(line);
    if (r.end !== undefined && r.end >= since && r.end < asOf) out.ended.push(line);
    const moved = line.entries.some((h) => h.strength !== undefined);
    if (thenIn && nowIn && (line.strengthThen !== line.strengthNow || moved)) out.strength.push(line);
    else if (thenIn && nowIn && line.entries.length > 0) out.noted.push(line);
  }
  const byStart = (a: RelationChangeLine, b: RelationChangeLine) => cmp(a.relation.start, b.relation.start);
  out.began.sort(byStart);
  out.ended.sort((a, b) => cmp(a.relation.end ?? "", b.relation.end ?? ""));
  return out;
}

// ---------------------------------------------------------------- events

export interface EventGroup {
  actor: Iso3;
  types: { type: EventType; events: AtlasEvent[] }[];
}

export interface EventChanges {
  /** Distinct events after `since`, up to `asOf`. */
  count: number;
  /** By actor (an event with two actors is listed under both), then by type; oldest first. */
  groups: EventGroup[];
}

function eventChanges(events: readonly AtlasEvent[], since: IsoDate, asOf: IsoDate): EventChanges {
  const between = events.filter((e) => e.date > since && e.date <= asOf).sort((a, b) => cmp(a.date, b.date) || cmp(a.id, b.id));
  const groups = ACTOR_CODES.flatMap((actor): EventGroup[] => {
    const mine = between.filter((e) => e.actors.includes(actor));
    const types = EVENT_TYPES.map((type) => ({ type, events: mine.filter((e) => e.type === type) })).filter((t) => t.events.length > 0);
    return types.length > 0 ? [{ actor, types }] : [];
  });
  return { count: between.length, groups };
}

// ---------------------------------------------------------------- claims

/** Why an article claim no longer holds (articleClaimSchema's optional `lapsed`). */
export type ClaimLapse = NonNullable<ArticleClaim["lapsed"]>;

export interface LapsedClaim {
  claim: ArticleClaim;
  lapsed: ClaimLapse;
  /** It had already lapsed on `since`. */
  before: boolean;
}

function lapsedClaims(claims: readonly ArticleClaim[], since: IsoDate, asOf: IsoDate): LapsedClaim[] {
  return claims
    .flatMap((claim) => (claim.lapsed && claim.lapsed.date <= asOf ? [{ claim, lapsed: claim.lapsed, before: claim.lapsed.date <= since }] : []))
    .sort((a, b) => cmp(a.lapsed.date, b.lapsed.date));
}

// ---------------------------------------------------------------- all

export interface Changes {
  since: IsoDate;
  asOf: IsoDate;
  tariffs: TariffChange[];
  indicators: IndicatorChange[];
  relations: RelationChanges;
  events: EventChanges;
  lapsedClaims: LapsedClaim[];
}

/**
 * Everything that changed between `since` and `asOf` (YYYY-MM-DD, since ≤ asOf; a later `since` is
 * taken as `asOf`). Pure: the same data and dates always give the same result.
 */
export function computeChanges(data: ChangesData, since: IsoDate, asOf: IsoDate): Changes {
  const from = since > asOf ? asOf : since;
  const tariffs = tariffChanges(data, from, asOf);
  return {
    since: from,
    asOf,
    tariffs,
    indicators: headlineChanges(data, from, asOf, tariffs),
    relations: relationChanges(data.relations.records, from, asOf),
    events: eventChanges(data.events.records, from, asOf),
    lapsedClaims: lapsedClaims(data.article.records, from, asOf),
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

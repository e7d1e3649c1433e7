/**
 * The US tariff on Korean goods per sector on a date, as the law stood, read from the dated timeline
 * of data/trade.json (`tariffs`). Pure: the date comes in as an argument.
 *
 * Semantics (docs/methodology.md, "The timeline"):
 * - A measure applies on day d when its status is `in_force`, it covers whole sectors (coverage is
 *   not "part"), `effective <= d` and, when it has an `end`, `d < end`: `end` is the first day it no
 *   longer applies (exclusive).
 * - Per sector the applicable measure with the latest effective date wins (equal dates: the later
 *   record). Rates are all-in (the data applies the stacking rule), not increments.
 * - When a measure ends with `afterEnd: "reverts"`, the layer below (the next applicable measure, or
 *   KORUS 0%) applies again from its end.
 * - When a measure that set a sector's rate ends with `afterEnd: "unknown"`, that sector's rate is
 *   unknown from the end until a newer measure takes effect: nothing is carried forward.
 * - A sector no measure covers is at 0% (KORUS).
 */
import type { TariffMeasure } from "../schemas";
import { SECTOR_IDS, type IsoDate, type SectorId } from "../types";
import { formatDate } from "../format";

/** A sector's rate on a date: known (with the measures and legal basis behind it), or not known. */
export type SectorRateOn =
  | { status: "known"; ratePct: number; measureIds: string[]; basis: string /* legal basis, e.g. "Section 232 autos (15% all-in)" */ }
  | { status: "unknown"; since: IsoDate; measureIds: string[]; reason: string };

/** Competitors' (every other supplier's) extra tariff in a sector, percent over their 2024 tariffs. */
export interface CompetitorRateOn {
  ratePct: number;
  /** True when the research gives the rate (the measure's `competitorRatePct`); else ratePct is 0. */
  sourced: boolean;
  /** The measure it was read from, when sourced. */
  measureId: string | null;
}

/** Everything known about one sector on a date. */
export interface SectorResolution {
  on: SectorRateOn;
  /**
   * The rate a scenario computes with. Known: the rate. Unknown: the layer below the measure that
   * ended (what applies if it lapsed with nothing in its place), an assumption the UI states.
   */
  scenarioPct: number;
  competitor: CompetitorRateOn;
  /** What `on.basis` or `on.reason` says, in parts, so a view can word it in another language (issue #21). */
  words: RateOnWords;
}

/**
 * The parts of a sector's legal basis (known: the measure that sets the rate, if any, and the measures
 * exempting the sector) or of why its rate is not known (the measure that ended, its end and note).
 */
export type RateOnWords =
  | { status: "known"; measure: { basis: string; ratePct: number } | null; exemptFrom: string[] }
  | { status: "unknown"; basis: string; ratePct: number; end: IsoDate; endNote: string | null };

/** The label of a measure's legal basis: `legalBasis`, else its instrument. */
export function legalBasisOf(m: TariffMeasure): string {
  return m.legalBasis ?? m.instrument;
}

function byEffective(a: TariffMeasure, b: TariffMeasure): number {
  return a.effective < b.effective ? -1 : a.effective > b.effective ? 1 : 0;
}

/** The day before `date` (YYYY-MM-DD), in UTC. */
export function dayBefore(date: IsoDate): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** An in-force measure that sets whole sectors' rates (not a narrow, part-of-sector one). */
function setsSectorRates(m: TariffMeasure): boolean {
  return m.status === "in_force" && m.coverage !== "part";
}

/** True when the in-force measure `m` is in effect on `date` (effective <= date < end). */
export function inEffectOn(m: TariffMeasure, date: IsoDate): boolean {
  return m.status === "in_force" && m.effective <= date && (m.end === undefined || date < m.end);
}

/** True when `m` sets the rate of the sectors it covers on `date`. */
export function appliesOn(m: TariffMeasure, date: IsoDate): boolean {
  return setsSectorRates(m) && inEffectOn(m, date);
}

/** The rate-setting measures, oldest first (equal dates keep data order). */
function rateSetters(tariffs: readonly TariffMeasure[]): TariffMeasure[] {
  return tariffs.filter(setsSectorRates).sort(byEffective);
}

function winnerOn(sorted: readonly TariffMeasure[], s: SectorId, date: IsoDate): TariffMeasure | undefined {
  let w: TariffMeasure | undefined;
  for (const m of sorted) if (m.sectors.includes(s) && appliesOn(m, date)) w = m;
  return w;
}

/** The measure whose end left the sector unknown on `date`, if any (the latest such end). */
function openEndOn(sorted: readonly TariffMeasure[], s: SectorId, date: IsoDate, current: TariffMeasure | undefined): TariffMeasure | undefined {
  let found: TariffMeasure | undefined;
  for (const m of sorted) {
    if (m.afterEnd !== "unknown" || m.end === undefined || m.end > date || !m.sectors.includes(s)) continue;
    // A measure that took effect on or after the end has told us what applies.
    if (current && current.effective >= m.end) continue;
    // It must still have set the sector's rate on its last day (not superseded before it ended).
    if (winnerOn(sorted, s, dayBefore(m.end)) !== m) continue;
    if (!found || (found.end ?? "") < m.end) found = m;
  }
  return found;
}

function exemptingOn(tariffs: readonly TariffMeasure[], s: SectorId, date: IsoDate): TariffMeasure[] {
  return tariffs.filter((m) => inEffectOn(m, date) && (m.exemptions ?? []).some((x) => x.sectors.includes(s)));
}

function unknownReason(m: TariffMeasure): string {
  const how = m.endNote ?? "What applied after it is not known from the sources.";
  return `${legalBasisOf(m)} (${m.ratePct}%) ended on ${formatDate(m.end ?? "")}. ${how}`;
}

function resolveSector(tariffs: readonly TariffMeasure[], sorted: readonly TariffMeasure[], s: SectorId, date: IsoDate): SectorResolution {
  const w = winnerOn(sorted, s, date);
  const competitor: CompetitorRateOn =
    w?.competitorRatePct !== undefined
      ? { ratePct: w.competitorRatePct, sourced: true, measureId: w.id }
      : { ratePct: 0, sourced: false, measureId: null };
  const ended = openEndOn(sorted, s, date, w);
  if (ended?.end) {
    return {
      on: { status: "unknown", since: ended.end, measureIds: [ended.id], reason: unknownReason(ended) },
      scenarioPct: w?.ratePct ?? 0,
      // Competitors' rate after the end is as unknown as Korea's: not a sourced figure.
      competitor: { ratePct: competitor.ratePct, sourced: false, measureId: null },
      words: { status: "unknown", basis: legalBasisOf(ended), ratePct: ended.ratePct, end: ended.end, endNote: ended.endNote ?? null },
    };
  }
  const exempt = exemptingOn(tariffs, s, date);
  const exemptText = exempt.map((x) => `; exempt from ${legalBasisOf(x)}`).join("");
  const ids = [...(w ? [w.id] : []), ...exempt.map((x) => x.id)];
  const basis = w ? `${legalBasisOf(w)} (${w.ratePct}%)${exemptText}` : `No US measure in the data (0%)${exemptText}`;
  const words: RateOnWords = {
    status: "known",
    measure: w ? { basis: legalBasisOf(w), ratePct: w.ratePct } : null,
    exemptFrom: exempt.map(legalBasisOf),
  };
  return { on: { status: "known", ratePct: w?.ratePct ?? 0, measureIds: ids, basis }, scenarioPct: w?.ratePct ?? 0, competitor, words };
}

/** Per sector, the rate and competitors' rate on `date`, with what a scenario computes with. */
export function resolveRatesOn(tariffs: readonly TariffMeasure[], date: IsoDate): Record<SectorId, SectorResolution> {
  const sorted = rateSetters(tariffs);
  const out = {} as Record<SectorId, SectorResolution>;
  for (const s of SECTOR_IDS) out[s] = resolveSector(tariffs, sorted, s, date);
  return out;
}

/**
 * The all-in US tariff on Korean goods per sector in force on `date`, with the measures and legal
 * basis behind it; "unknown" (with since when and why) for a sector whose rate-setting measure
 * ended with `afterEnd: "unknown"` and nothing newer took effect. Threatened, agreed and announced
 * measures never count. measureIds: the rate-setting measure first, then any measure in effect that
 * exempts the sector.
 */
export function sectorRatesOn(tariffs: readonly TariffMeasure[], date: IsoDate): Record<SectorId, SectorRateOn> {
  const r = resolveRatesOn(tariffs, date);
  const out = {} as Record<SectorId, SectorRateOn>;
  for (const s of SECTOR_IDS) out[s] = r[s].on;
  return out;
}

/** Narrow (part-of-sector) measures in effect on `date`: listed beside the rates, never in them. */
export function partMeasuresOn(tariffs: readonly TariffMeasure[], date: IsoDate): TariffMeasure[] {
  return tariffs.filter((m) => m.coverage === "part" && inEffectOn(m, date)).sort(byEffective);
}

/** Every date on which some sector's rate can change: effective and end dates of rate-setting measures, sorted. */
export function rateChangeDates(tariffs: readonly TariffMeasure[]): IsoDate[] {
  const dates = rateSetters(tariffs).flatMap((m) => (m.end ? [m.effective, m.end] : [m.effective]));
  return [...new Set(dates)].sort();
}

/** The newest effective date of a rate-setting measure: the latest sourced rate change (null if none). */
export function latestSourcedDate(tariffs: readonly TariffMeasure[]): IsoDate | null {
  return rateSetters(tariffs).at(-1)?.effective ?? null;
}

/** Measures whose end leaves what follows unknown, oldest end first: where the sourced timeline stops. */
export function openEnds(tariffs: readonly TariffMeasure[]): TariffMeasure[] {
  return rateSetters(tariffs)
    .filter((m) => m.afterEnd === "unknown" && m.end !== undefined)
    .sort((a, b) => ((a.end ?? "") < (b.end ?? "") ? -1 : 1));
}

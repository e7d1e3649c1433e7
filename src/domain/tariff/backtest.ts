/**
 * The 2025 backtest: the model's predicted change in Korea's exports to the US, sector by sector,
 * for the same period as each observed change in `observed2025`, under the tariff path the timeline
 * gives for that period. Pure: the timeline, baselines, observed values and presets come in as
 * arguments; nothing is stored.
 *
 * Method (docs/methodology.md, "Backtest"):
 * - The rate on each day is the sector's rate in force on that day (`resolveRatesOn`); a period that
 *   mixes rates runs the model once at the time-weighted mean rate (days in force / days in period).
 * - The model is static and compares with the 2024 baseline (KORUS 0%), so its percentage change in
 *   US imports from Korea is read against the observed y/y change of the period, on either basis.
 * - The prediction is an envelope: every elasticity preset × two assumptions about competitors'
 *   tariffs ("unchanged": the rest of the world keeps its 2024 rates; "same": every other supplier
 *   pays the same rate as Korea, as under a Section 232 tariff on all suppliers).
 */
import type { ElasticityPreset, ObservedChange, Sector, TariffMeasure } from "../schemas";
import type { IsoDate, SectorId } from "../types";
import { buildSectorInputs, type PassThroughSetting } from "./comparison";
import { runScenario, type Method, type SectorInput } from "./model";
import { rateChangeDates, resolveRatesOn } from "./rates-on";

export const COMPETITOR_ASSUMPTIONS = ["unchanged", "same"] as const;
export type CompetitorAssumption = (typeof COMPETITOR_ASSUMPTIONS)[number];

/** One calendar month of a period (only its days inside the period) and its day-weighted rate. */
export interface MonthRate {
  /** YYYY-MM. */
  month: string;
  /** Mean all-in rate over the month's days in the period, percent. */
  ratePct: number;
  /** Days of the month inside the period. */
  days: number;
  /** The distinct rates in force during those days, in order, percent. */
  rates: number[];
}

/** One model run of the envelope. */
export interface BacktestRun {
  presetId: string;
  presetLabel: string;
  competitors: CompetitorAssumption;
  /** Predicted change in Korea's exports to the US, percent. */
  predictedPct: number;
}

/** Where the observed change falls against the envelope. */
export type EnvelopePosition = "below" | "inside" | "above";

export interface BacktestRow {
  observed: ObservedChange;
  sector: SectorId;
  months: MonthRate[];
  /** Time-weighted mean rate over the period, percent. */
  weightedRatePct: number;
  /** True when more than one rate applied in the period (the model runs the time-weighted rate). */
  mixed: boolean;
  /** Every preset × competitor assumption, presets in data order, "unchanged" first. */
  runs: BacktestRun[];
  /** The default run: the default preset with competitors' rates unchanged (what the scenarios show). */
  defaultRun: BacktestRun;
  low: number;
  high: number;
  /** True when no run differs (no sourced rest-of-world baseline: σ and competitors have no effect). */
  collapsed: boolean;
  /** Observed minus the default prediction, percentage points; null when nothing was observed. */
  errorPp: number | null;
  position: EnvelopePosition | null;
}

export interface BacktestInput {
  tariffs: readonly TariffMeasure[];
  sectors: readonly Sector[];
  presets: readonly ElasticityPreset[];
  observed: readonly ObservedChange[];
  /** The preset marked as default; the first preset when absent or unknown. */
  defaultPresetId?: string;
  passThrough: PassThroughSetting;
  koreaGdpUsd: number;
  method: Method;
}

const DAY_MS = 86_400_000;

function dayNumber(date: IsoDate): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

function isoOfDay(n: number): IsoDate {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** Days from `start` to `end`, both inclusive. */
export function daysInclusive(start: IsoDate, end: IsoDate): number {
  return dayNumber(end) - dayNumber(start) + 1;
}

interface Segment {
  from: number;
  /** Exclusive. */
  to: number;
  ratePct: number;
}

/** The sector's rate in force, as constant-rate segments covering start..end (inclusive). */
function rateSegments(tariffs: readonly TariffMeasure[], sector: SectorId, start: IsoDate, end: IsoDate): Segment[] {
  const from = dayNumber(start);
  const to = dayNumber(end) + 1;
  const cuts = [from, ...rateChangeDates(tariffs).map(dayNumber).filter((d) => d > from && d < to), to];
  const out: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i] as number;
    const b = cuts[i + 1] as number;
    const ratePct = resolveRatesOn(tariffs, isoOfDay(a))[sector].scenarioPct;
    const last = out.at(-1);
    if (last && last.ratePct === ratePct) last.to = b;
    else out.push({ from: a, to: b, ratePct });
  }
  return out;
}

/**
 * The tariff path of a sector over a period: day-weighted rate per calendar month and over the
 * whole period. Rates come from the timeline as the law stood (retroactive cuts count from their
 * effective date).
 */
export function tariffPath(
  tariffs: readonly TariffMeasure[],
  sector: SectorId,
  start: IsoDate,
  end: IsoDate,
): { months: MonthRate[]; weightedRatePct: number; mixed: boolean } {
  const segments = rateSegments(tariffs, sector, start, end);
  const total = daysInclusive(start, end);
  const weighted = segments.reduce((sum, s) => sum + s.ratePct * (s.to - s.from), 0) / total;
  const months: MonthRate[] = [];
  let cursor = dayNumber(start);
  const stop = dayNumber(end) + 1;
  while (cursor < stop) {
    const iso = isoOfDay(cursor);
    const y = Number(iso.slice(0, 4));
    const m = Number(iso.slice(5, 7));
    const next = Math.min(stop, Date.UTC(y, m, 1) / DAY_MS);
    let sum = 0;
    const rates: number[] = [];
    for (const s of segments) {
      const overlap = Math.min(next, s.to) - Math.max(cursor, s.from);
      if (overlap <= 0) continue;
      sum += s.ratePct * overlap;
      if (rates.at(-1) !== s.ratePct) rates.push(s.ratePct);
    }
    months.push({ month: iso.slice(0, 7), ratePct: sum / (next - cursor), days: next - cursor, rates });
    cursor = next;
  }
  return { months, weightedRatePct: weighted, mixed: segments.length > 1 };
}

/** The model's percentage change in US imports from Korea for one sector at Korea's rate `ratePct`. */
export function predictChange(
  input: SectorInput,
  ratePct: number,
  competitors: CompetitorAssumption,
  opts: { method: Method; koreaGdpUsd: number },
): number {
  const t = ratePct / 100;
  const result = runScenario([input], {
    id: "backtest",
    tariffKorea: { [input.id]: t },
    tariffRow: { [input.id]: competitors === "same" ? t : 0 },
  }, opts);
  const sector = result.sectors[0];
  if (!sector) throw new Error(`the model returned no result for sector "${input.id}"`);
  return sector.pctChangeImportsKorea;
}

function positionOf(observed: number, low: number, high: number): EnvelopePosition {
  // Half a hundredth of a point of slack: the table shows one decimal.
  if (observed < low - 0.005) return "below";
  if (observed > high + 0.005) return "above";
  return "inside";
}

/**
 * One row per observed change (data order). Throws when a sector has no baseline or a preset lacks
 * a sector: a data error the loader reports, not a state the UI can reach with valid data.
 */
export function computeBacktest(input: BacktestInput): BacktestRow[] {
  const { tariffs, sectors, presets, observed, passThrough, koreaGdpUsd, method } = input;
  const first = presets[0];
  if (!first) throw new Error("the backtest needs at least one elasticity preset");
  const defaultPreset = presets.find((p) => p.id === input.defaultPresetId) ?? first;
  const opts = { method, koreaGdpUsd };
  return observed.map((obs) => {
    const sector = sectors.find((s) => s.id === obs.sector);
    if (!sector) throw new Error(`observed2025 "${obs.id}": sector "${obs.sector}" has no baseline in trade.json`);
    const path = tariffPath(tariffs, obs.sector, obs.start, obs.end);
    const runs: BacktestRun[] = [];
    for (const preset of presets) {
      const [si] = buildSectorInputs([sector], preset, passThrough);
      if (!si) throw new Error(`preset "${preset.id}" gives no input for sector "${obs.sector}"`);
      for (const competitors of COMPETITOR_ASSUMPTIONS) {
        runs.push({
          presetId: preset.id,
          presetLabel: preset.label,
          competitors,
          predictedPct: predictChange(si, path.weightedRatePct, competitors, opts),
        });
      }
    }
    const values = runs.map((r) => r.predictedPct);
    const low = Math.min(...values);
    const high = Math.max(...values);
    const defaultRun = runs.find((r) => r.presetId === defaultPreset.id && r.competitors === "unchanged") as BacktestRun;
    const seen = obs.changePct;
    return {
      observed: obs,
      sector: obs.sector,
      ...path,
      runs,
      defaultRun,
      low,
      high,
      collapsed: high - low < 1e-9,
      errorPp: seen === null ? null : seen - defaultRun.predictedPct,
      position: seen === null ? null : positionOf(seen, low, high),
    };
  });
}

/**
 * Runs a comparison: every scenario against the same 2024 baseline, once per elasticity preset, so
 * each figure has a point value (the chosen preset) and a low–high range (across all presets).
 * Pure; results are computed from inputs each time and never stored.
 */
import type { ElasticityPreset, Figure, PassThrough, Sector } from "../schemas";
import { runScenario, ValidationError, type Method, type ScenarioResult, type SectorInput } from "./model";
import { toScenarioInput, type SectorRates } from "./presets";

/** Multipliers from the data's money units to USD. */
const USD_PER_UNIT: Readonly<Record<string, number>> = { USD: 1, "USD m": 1e6, "USD bn": 1e9, "USD tn": 1e12 };

/** A sourced money figure in USD; throws on a unit the model cannot convert (a data error). */
export function figureToUsd(f: Figure): number {
  const k = USD_PER_UNIT[f.unit];
  if (k === undefined) throw new Error(`cannot convert a figure in "${f.unit}" to USD`);
  return f.value * k;
}

/** Border (φ) and retail (ψ) pass-through, each in [0, 1]. */
export interface PassThroughSetting {
  border: number;
  retail: number;
}

/** The data's default pass-through: the headline values of `passThrough`. */
export function defaultPassThrough(pt: PassThrough): PassThroughSetting {
  return { border: pt.border.value, retail: pt.retail.value };
}

/**
 * The model's sector inputs: baselines from `sectors` (USD), elasticities from the preset. A sector
 * with no sourced rest-of-world baseline (importsRow null) gets M_R0 = 0, which switches diversion off.
 */
export function buildSectorInputs(
  sectors: readonly Sector[],
  preset: ElasticityPreset,
  pt: PassThroughSetting,
): SectorInput[] {
  return sectors.map((s) => {
    const e = preset.sectors[s.id];
    return {
      id: s.id,
      importsKorea: figureToUsd(s.importsKorea),
      importsRow: s.importsRow ? figureToUsd(s.importsRow) : 0,
      importDemandElasticity: e.importDemandElasticity,
      substitutionElasticity: e.substitutionElasticity,
      passThrough: pt.border,
      retailPassThrough: pt.retail,
    };
  });
}

/** A scenario ready to run: a unique key, a label and percent rates (competitors' rates: 0 when absent). */
export interface ComparedScenario {
  key: string;
  label: string;
  ratesPct: SectorRates;
  competitorRatesPct?: SectorRates;
}

export interface ModelRun {
  presetId: string;
  presetLabel: string;
  result: ScenarioResult;
}

export interface ScenarioOutcome extends ComparedScenario {
  /** The run with the chosen elasticity preset. */
  point: ScenarioResult;
  /** One run per elasticity preset, in data order (the point run is among them). */
  runs: ModelRun[];
}

export interface ComparisonSettings {
  method: Method;
  elasticityPresetId: string;
  passThrough: PassThroughSetting;
  koreaGdpUsd: number;
}

export type ComparisonResult = { ok: true; outcomes: ScenarioOutcome[] } | { ok: false; error: string };

/**
 * Runs every scenario with every elasticity preset. Invalid input (a ValidationError from the model,
 * an unknown preset, a unit the model cannot read) comes back as `{ ok: false }`, never as a throw
 * or a NaN.
 */
export function computeComparison(
  sectors: readonly Sector[],
  presets: readonly ElasticityPreset[],
  scenarios: readonly ComparedScenario[],
  settings: ComparisonSettings,
): ComparisonResult {
  const chosen = presets.find((p) => p.id === settings.elasticityPresetId);
  if (!chosen) return { ok: false, error: `unknown elasticity preset "${settings.elasticityPresetId}"` };
  try {
    const inputs = presets.map((p) => ({ preset: p, sectors: buildSectorInputs(sectors, p, settings.passThrough) }));
    const opts = { method: settings.method, koreaGdpUsd: settings.koreaGdpUsd };
    const outcomes = scenarios.map((sc) => {
      const input = toScenarioInput(sc.key, sc.ratesPct, sc.competitorRatesPct);
      const runs = inputs.map(({ preset, sectors: si }) => ({
        presetId: preset.id,
        presetLabel: preset.label,
        result: runScenario(si, input, opts),
      }));
      const point = runs.find((r) => r.presetId === chosen.id)?.result;
      if (!point) throw new Error("the chosen preset was not run");
      return { ...sc, point, runs };
    });
    return { ok: true, outcomes };
  } catch (e) {
    if (e instanceof ValidationError || e instanceof Error) return { ok: false, error: e.message };
    return { ok: false, error: String(e) };
  }
}

/** A figure with its range across the elasticity presets. */
export interface RangedValue {
  value: number;
  low: number;
  high: number;
}

/** Point value and min/max across runs of `pick`. */
export function rangeOf(outcome: ScenarioOutcome, pick: (r: ScenarioResult) => number): RangedValue {
  const values = outcome.runs.map((r) => pick(r.result));
  return { value: pick(outcome.point), low: Math.min(...values), high: Math.max(...values) };
}

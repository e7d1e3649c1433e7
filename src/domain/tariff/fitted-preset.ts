/**
 * The "fitted to 2025" elasticity preset: for each sector with an observed 2025 change, the import
 * demand elasticity ε that makes the model reproduce it, with competitors under the same tariff
 * (so σ has no effect) at the period's time-weighted rate. Other sectors, and σ everywhere, keep the
 * base preset's values. Pure and deterministic: computed from the data's defaults (CES, the data's
 * pass-through), never from the user's settings, so the preset is the same for every reader.
 */
import type { Confidence } from "../types";
import type { ElasticityPreset, ObservedChange, PassThrough, Sector, TariffMeasure } from "../schemas";
import { buildSectorInputs, defaultPassThrough } from "./comparison";
import { daysInclusive, predictChange, tariffPath } from "./backtest";
import type { SectorInput } from "./model";

export const FITTED_PRESET_ID = "fitted_2025";

/** The search interval for ε (entered negative) and the bisection's stopping width. */
const EPS_MIN = -30;
const TOLERANCE = 1e-7;
/** A fit needs at least half a year: one month's swing (steel, July 2025) says little about an elasticity. */
export const MIN_FIT_DAYS = 181;

export type SectorFit =
  | {
      sector: string;
      status: "fitted";
      epsilon: number;
      observed: ObservedChange;
      ratePct: number;
      /** The model's change with the fitted ε (equals the observed change within the tolerance). */
      reproducedPct: number;
    }
  | { sector: string; status: "not_fitted"; observed: ObservedChange; ratePct: number; reason: string; why: NotFittedWhy };

/** Why a sector was not fitted, so a view can say it in another language (`reason` is the English). */
export type NotFittedWhy = "too_short" | "no_tariff" | "rose" | "too_large";

const CONFIDENCE_ORDER: readonly Confidence[] = ["unverified", "secondary", "verified"];

/** The observed change a sector is fitted to: its longest period (the full year), Korean basis first on ties. */
export function fitTargets(observed: readonly ObservedChange[]): ObservedChange[] {
  const best = new Map<string, ObservedChange>();
  for (const o of observed) {
    if (o.changePct === null) continue;
    const current = best.get(o.sector);
    const longer = !current || daysInclusive(o.start, o.end) > daysInclusive(current.start, current.end);
    if (longer) best.set(o.sector, o);
  }
  return [...best.values()];
}

/**
 * ε in [−30, 0] such that the model's change at `ratePct` (competitors under the same rate) equals
 * `targetPct`; null when no ε in that range can (a rise, or a fall larger than ε = −30 gives).
 */
export function fitImportDemandElasticity(
  input: SectorInput,
  ratePct: number,
  targetPct: number,
  koreaGdpUsd: number,
): number | null {
  const opts = { method: "ces" as const, koreaGdpUsd };
  const at = (eps: number) => predictChange({ ...input, importDemandElasticity: eps }, ratePct, "same", opts);
  if (!(ratePct > 0) || targetPct >= 0 || at(EPS_MIN) > targetPct) return null;
  let lo = EPS_MIN;
  let hi = 0;
  // at() falls as ε falls: keep at(lo) <= target < at(hi).
  while (hi - lo > TOLERANCE) {
    const mid = (lo + hi) / 2;
    if (at(mid) <= targetPct) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

function notFittedWhy(o: ObservedChange, ratePct: number): NotFittedWhy {
  if (daysInclusive(o.start, o.end) < MIN_FIT_DAYS) return "too_short";
  if (!(ratePct > 0)) return "no_tariff";
  if ((o.changePct ?? 0) >= 0) return "rose";
  return "too_large";
}

const NOT_FITTED_EN: Record<NotFittedWhy, (o: ObservedChange) => string> = {
  too_short: (o) => `Only ${o.periodLabel} is observed: too short a period to fit an elasticity to.`,
  no_tariff: () => "No tariff applied in the period, so it says nothing about the elasticity.",
  rose: () => "Exports rose under the tariff: no import-demand elasticity in this model can produce a rise, so other causes dominate.",
  too_large: () => "The fall is larger than any elasticity down to −30 gives.",
};

/** Fits every sector that has an observed change, in the order of `observed`. */
export function fitSectors(args: {
  tariffs: readonly TariffMeasure[];
  sectors: readonly Sector[];
  base: ElasticityPreset;
  observed: readonly ObservedChange[];
  passThrough: PassThrough;
  koreaGdpUsd: number;
}): SectorFit[] {
  const pt = defaultPassThrough(args.passThrough);
  return fitTargets(args.observed).flatMap((o): SectorFit[] => {
    const sector = args.sectors.find((s) => s.id === o.sector);
    const [input] = sector ? buildSectorInputs([sector], args.base, pt) : [];
    if (!input) return [];
    const ratePct = tariffPath(args.tariffs, o.sector, o.start, o.end).weightedRatePct;
    const longEnough = daysInclusive(o.start, o.end) >= MIN_FIT_DAYS;
    const eps = longEnough ? fitImportDemandElasticity(input, ratePct, o.changePct ?? 0, args.koreaGdpUsd) : null;
    if (eps === null) {
      const why = notFittedWhy(o, ratePct);
      return [{ sector: o.sector, status: "not_fitted", observed: o, ratePct, reason: NOT_FITTED_EN[why](o), why }];
    }
    const reproducedPct = predictChange({ ...input, importDemandElasticity: eps }, ratePct, "same", {
      method: "ces",
      koreaGdpUsd: args.koreaGdpUsd,
    });
    return [{ sector: o.sector, status: "fitted", epsilon: eps, observed: o, ratePct, reproducedPct }];
  });
}

/** The words of the fitted preset's label and description (issue #21); numbers come in formatted. English by default. */
export interface FittedWords {
  label: string;
  /** One fitted sector: "Machinery ε = −2.10 (2025 full year: −8.4%)". */
  part: (v: { sector: string; epsilon: string; period: string; change: string }) => string;
  separator: string;
  description: (v: { parts: string; base: string }) => string;
}

export const FITTED_WORDS_EN: FittedWords = {
  label: "Fitted to 2025 (backtest)",
  part: ({ sector, epsilon, period, change }) => `${sector} ε = ${epsilon} (${period}: ${change}%)`,
  separator: "; ",
  description: ({ parts, base }) =>
    `Fitted, not published: each ε below makes the model (CES, competitors under the same tariff, the period's time-weighted rate) ` +
    `reproduce the observed 2025 change in Korea's exports to the US: ${parts}. ` +
    `Other sectors and every σ as in ${base}.`,
};

/** The fitted preset: the base preset with each fitted sector's ε replaced. Null when nothing could be fitted. */
export function buildFittedPreset(
  base: ElasticityPreset,
  fits: readonly SectorFit[],
  labelOf: (sector: string) => string,
  words: FittedWords = FITTED_WORDS_EN,
): ElasticityPreset | null {
  const fitted = fits.filter((f) => f.status === "fitted");
  if (fitted.length === 0) return null;
  const sectors = structuredClone(base.sectors);
  for (const f of fitted) {
    const s = sectors[f.sector as keyof typeof sectors];
    if (s) s.importDemandElasticity = f.epsilon;
  }
  const parts = fitted.map((f) =>
    words.part({
      sector: labelOf(f.sector),
      epsilon: f.epsilon.toFixed(2).replace("-", "−"),
      period: f.observed.periodLabel,
      change: String(f.observed.changePct).replace("-", "−"),
    }),
  );
  const weakest = fitted.reduce<Confidence>(
    (w, f) => (CONFIDENCE_ORDER.indexOf(f.observed.confidence) < CONFIDENCE_ORDER.indexOf(w) ? f.observed.confidence : w),
    base.confidence,
  );
  const sourceIds = [...new Set([...fitted.flatMap((f) => f.observed.sourceIds), ...base.sourceIds])];
  return {
    id: FITTED_PRESET_ID,
    label: words.label,
    description: words.description({ parts: parts.join(words.separator), base: base.label }),
    sectors,
    sourceIds,
    confidence: weakest,
  };
}

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import tradeJson from "../../data/trade.json";
import { tradeFileSchema, type ObservedChange } from "../../src/domain/schemas";
import { computeBacktest, daysInclusive, tariffPath, type BacktestRow } from "../../src/domain/tariff/backtest";
import {
  buildFittedPreset,
  FITTED_PRESET_ID,
  fitSectors,
  fitTargets,
} from "../../src/domain/tariff/fitted-preset";
import { defaultPassThrough } from "../../src/domain/tariff/comparison";

const trade = tradeFileSchema.parse(tradeJson);
const KOREA_GDP = 1.8689e12;
const rows = computeBacktest({
  tariffs: trade.tariffs,
  sectors: trade.sectors,
  presets: trade.elasticityPresets,
  observed: trade.observed2025,
  passThrough: defaultPassThrough(trade.passThrough),
  koreaGdpUsd: KOREA_GDP,
  method: "ces",
});

function row(id: string): BacktestRow {
  const r = rows.find((x) => x.observed.id === id);
  if (!r) throw new Error(`no backtest row ${id}`);
  return r;
}

function run(r: BacktestRow, presetId: string, competitors: "unchanged" | "same"): number {
  const found = r.runs.find((x) => x.presetId === presetId && x.competitors === competitors);
  if (!found) throw new Error(`no run ${presetId}/${competitors}`);
  return found.predictedPct;
}

/** Hand formula, competitors under the same tariff (φ = 1): every supplier's price rises by t, so M_K changes by (1 + t)^ε. */
const sameTariff = (t: number, eps: number) => ((1 + t) ** eps - 1) * 100;

/**
 * Hand formula, competitors unchanged (two-level CES, φ = 1, t₀ = 0): with θ = M_K0 / (M_K0 + M_R0),
 * P̂ = (θ(1+t)^(1−σ) + 1 − θ)^(1/(1−σ)) and M̂_K = (1+t)^(−σ) · P̂^(σ+ε).
 */
function unchangedCompetitors(t: number, eps: number, sigma: number, mK: number, mR: number): number {
  const theta = mK / (mK + mR);
  const p = (theta * (1 + t) ** (1 - sigma) + 1 - theta) ** (1 / (1 - sigma));
  return ((1 + t) ** -sigma * p ** (sigma + eps) - 1) * 100;
}

describe("the tariff path of a period (time-weighted, from the timeline)", () => {
  it("cars, Jan–Aug 2025: 0% to 2 Apr, 25% from 3 Apr (Section 232) — 151 of 243 days at 25%", () => {
    const r = row("obs_autos_2025_jan_aug");
    expect(r.weightedRatePct).toBeCloseTo((25 * 151) / 243, 9);
    expect(r.mixed).toBe(true);
    expect(r.months.map((m) => m.month)).toEqual(["2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06", "2025-07", "2025-08"]);
    expect(r.months[3]).toEqual({ month: "2025-04", ratePct: (28 * 25) / 30, days: 30, rates: [0, 25] });
    expect(r.months[7]?.ratePct).toBe(25);
  });

  it("cars, full year 2025: 212 days at 25%, then 61 days at 15% from 1 Nov (retroactive cut)", () => {
    const r = row("obs_autos_2025_full");
    expect(r.weightedRatePct).toBeCloseTo((25 * 212 + 15 * 61) / 365, 9);
    expect(r.months.at(-1)).toEqual({ month: "2025-12", ratePct: 15, days: 31, rates: [15] });
  });

  it("chips and machinery, 2025: the IEEPA reciprocal 10% from 5 Apr, 15% from 7 Aug", () => {
    for (const id of ["obs_semiconductors_2025_full", "obs_machinery_2025_full"]) {
      const r = row(id);
      expect(r.weightedRatePct).toBeCloseTo((10 * 124 + 15 * 147) / 365, 9);
      expect(r.months[7]).toEqual({ month: "2025-08", ratePct: (6 * 10 + 25 * 15) / 31, days: 31, rates: [10, 15] });
    }
  });

  it("the day-weighted months add up to the period's rate, for any period of 2025", () => {
    const day = fc.integer({ min: 0, max: 364 }).map((n) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, fc.constantFrom("autos", "auto_parts", "machinery", "steel") as fc.Arbitrary<ObservedChange["sector"]>, (a, b, sector) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        const p = tariffPath(trade.tariffs, sector, start, end);
        const days = p.months.reduce((n, m) => n + m.days, 0);
        expect(days).toBe(daysInclusive(start, end));
        const fromMonths = p.months.reduce((s, m) => s + m.ratePct * m.days, 0) / days;
        expect(fromMonths).toBeCloseTo(p.weightedRatePct, 9);
        const rates = p.months.flatMap((m) => m.rates);
        expect(p.weightedRatePct).toBeGreaterThanOrEqual(Math.min(...rates) - 1e-9);
        expect(p.weightedRatePct).toBeLessThanOrEqual(Math.max(...rates) + 1e-9);
      }),
      { numRuns: 60 },
    );
  });
});

describe("model vs what happened: pinned rows (CES, φ = 1, hand-computed)", () => {
  const autos = trade.sectors.find((s) => s.id === "autos");
  const mK = autos?.importsKorea.value ?? Number.NaN;
  const mR = autos?.importsRow?.value ?? Number.NaN;

  it("cars, full year 2025 (Korean basis, −12.6%): every run predicts a bigger fall, so the observed value lies above the range", () => {
    const r = row("obs_autos_2025_full");
    const t = (25 * 212 + 15 * 61) / 365 / 100;
    expect(run(r, "smart", "same")).toBeCloseTo(sameTariff(t, -1.5), 6);
    expect(run(r, "gtap", "unchanged")).toBeCloseTo(unchangedCompetitors(t, -1.5, 5.6, mK, mR), 6);
    expect(run(r, "broda_weinstein", "unchanged")).toBeCloseTo(unchangedCompetitors(t, -1.5, 13.28, mK, mR), 6);
    expect(r.high).toBeCloseTo(-21.01, 2);
    expect(r.low).toBeCloseTo(-85.56, 2);
    expect(r.defaultRun).toMatchObject({ presetId: "smart", competitors: "unchanged" });
    expect(r.errorPp).toBeCloseTo(-12.6 - sameTariff(t, -1.5), 6);
    expect(r.position).toBe("above");
  });

  it("cars, Jan–Aug 2025 (−15.1%): above the range too; Q2 US imports (−28.2%) fall inside it", () => {
    const janAug = row("obs_autos_2025_jan_aug");
    expect(janAug.high).toBeCloseTo(sameTariff((25 * 151) / 243 / 100, -1.5), 6);
    expect(janAug.position).toBe("above");
    const q2 = row("obs_autos_2025_q2_us");
    expect(q2.observed.basis).toBe("us_imports");
    expect(q2.high).toBeCloseTo(sameTariff((25 * 89) / 91 / 100, -1.5), 6);
    expect(q2.position).toBe("inside");
  });

  it("chips (+30%) and machinery (−17.2%): no rest-of-world baseline, so the range collapses to (1 + t)^−1.5 − 1", () => {
    const t = (10 * 124 + 15 * 147) / 365 / 100;
    const chips = row("obs_semiconductors_2025_full");
    const machinery = row("obs_machinery_2025_full");
    for (const r of [chips, machinery]) {
      expect(r.collapsed).toBe(true);
      expect(r.defaultRun.predictedPct).toBeCloseTo(sameTariff(t, -1.5), 6);
    }
    expect(chips.position).toBe("above");
    expect(chips.errorPp).toBeCloseTo(30 - sameTariff(t, -1.5), 6);
    expect(machinery.position).toBe("below");
    expect(machinery.errorPp).toBeCloseTo(-17.2 - sameTariff(t, -1.5), 6);
  });

  it("a sector with no sourced observation (steel for the year, batteries) keeps its row, with no error or position", () => {
    for (const id of ["obs_steel_2025_full", "obs_batteries_2025_full"]) {
      const r = row(id);
      expect(r.observed.changePct).toBeNull();
      expect(r.errorPp).toBeNull();
      expect(r.position).toBeNull();
      expect(r.runs).toHaveLength(trade.elasticityPresets.length * 2);
    }
  });
});

describe("the elasticity fitted to 2025", () => {
  const fits = fitSectors({
    tariffs: trade.tariffs,
    sectors: trade.sectors,
    base: trade.elasticityPresets[0] ?? expect.fail("no preset"),
    observed: trade.observed2025,
    passThrough: trade.passThrough,
    koreaGdpUsd: KOREA_GDP,
  });

  it("fits each sector to its longest observed period", () => {
    expect(fitTargets(trade.observed2025).map((o) => o.id)).toEqual([
      "obs_autos_2025_full",
      "obs_auto_parts_2025_full",
      "obs_semiconductors_2025_full",
      "obs_machinery_2025_full",
      "obs_steel_2025_07",
    ]);
  });

  it("cars: ε = ln(1 − 0.126) / ln(1 + t), which reproduces −12.6% within 0.5 points", () => {
    const cars = fits.find((f) => f.sector === "autos");
    if (cars?.status !== "fitted") throw new Error("cars were not fitted");
    const t = (25 * 212 + 15 * 61) / 365 / 100;
    expect(cars.epsilon).toBeCloseTo(Math.log(1 - 0.126) / Math.log(1 + t), 5);
    expect(Math.abs(cars.reproducedPct - -12.6)).toBeLessThan(0.5);
  });

  it("machinery and auto parts are fitted; a rise (chips) and a single month (steel) are not, with the reason", () => {
    const by = new Map(fits.map((f) => [f.sector, f]));
    const machinery = by.get("machinery");
    expect(machinery?.status === "fitted" && Math.abs(machinery.reproducedPct - -17.2)).toBeLessThan(0.5);
    expect(by.get("auto_parts")?.status).toBe("fitted");
    expect(by.get("semiconductors")).toMatchObject({ status: "not_fitted", reason: expect.stringMatching(/rose/) });
    expect(by.get("steel")).toMatchObject({ status: "not_fitted", reason: expect.stringMatching(/July 2025.*too short/) });
  });

  it("the fitted preset replaces ε of the fitted sectors only and says how it was made", () => {
    const base = trade.elasticityPresets[0] ?? expect.fail("no preset");
    const preset = buildFittedPreset(base, fits, (s) => s);
    expect(preset?.id).toBe(FITTED_PRESET_ID);
    expect(preset?.label).toMatch(/fitted/i);
    expect(preset?.description).toMatch(/competitors under the same tariff/);
    expect(preset?.sectors.autos.importDemandElasticity).toBeCloseTo(-0.8565, 3);
    expect(preset?.sectors.semiconductors).toEqual(base.sectors.semiconductors);
    expect(preset?.sectors.autos.substitutionElasticity).toBe(base.sectors.autos.substitutionElasticity);
    expect(preset?.sourceIds).toEqual(expect.arrayContaining(["etoday-2552123-kita"]));
    expect(buildFittedPreset(base, [], (s) => s)).toBeNull();
  });
});

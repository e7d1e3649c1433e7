/**
 * The measures a comparison reports (rows of the table, options of the sector chart), as a registry
 * keyed by a union (STYLE habit 9). Each measure reads a total and a per-sector value from model
 * results in its display unit, and says in plain words what the number is and is not.
 */
import type { ScenarioResult, SectorResult } from "./model";

export const MEASURE_IDS = [
  "importsKorea",
  "deltaImportsKorea",
  "pctImportsKorea",
  "diverted",
  "tariffRevenue",
  "borderPrice",
  "consumerPrice",
  "welfare",
  "exportLoss",
  "exportLossPctGdp",
] as const;
export type MeasureId = (typeof MEASURE_IDS)[number];

export type MeasureUnit = "USD bn" | "%" | "% of GDP";

export interface MeasureDef {
  /** Row header, without the unit. */
  label: string;
  unit: MeasureUnit;
  /** Decimals shown. */
  digits: number;
  /** Scenario total in `unit`. */
  total: (r: ScenarioResult) => number;
  /** One sector's value in `unit`; `gdpUsd` is Korea's GDP for the share-of-GDP measure. */
  sector: (s: SectorResult, gdpUsd: number) => number;
  /** What the number is. */
  is: string;
  /** What it is not. */
  isNot: string;
  /** Labels of the model's explain steps that feed this number. */
  steps: readonly string[];
}

const BN = 1e9;
const IMPORT_STEPS = [
  "Tariff power change, Korea",
  "Border price of Korean goods (tariff-inclusive)",
  "Sector import price index",
  "Composite import volume",
  "Korean import volume",
  "Korean exporter price (ex-duty)",
  "US imports from Korea after the change (USD)",
] as const;
const LOSS_STEPS = ["US imports from Korea after the change (USD)", "Korea's export loss (USD)"] as const;

export const MEASURES: Record<MeasureId, MeasureDef> = {
  importsKorea: {
    label: "US imports from Korea",
    unit: "USD bn",
    digits: 2,
    total: (r) => r.totals.importsKorea1 / BN,
    sector: (s) => s.importsKorea1 / BN,
    is: "US imports from Korea in a year after the tariff, at customs value (ex-duty), on 2024 trade.",
    isNot: "A forecast for 2025 or 2026: growth, exchange rates, front-loading and plant relocation are not modelled.",
    steps: IMPORT_STEPS,
  },
  deltaImportsKorea: {
    label: "Change in US imports from Korea vs baseline",
    unit: "USD bn",
    digits: 2,
    total: (r) => r.totals.deltaImportsKorea / BN,
    sector: (s) => s.deltaImportsKorea / BN,
    is: "Imports after the tariff minus 2024 imports at the KORUS 0% baseline; the sum of trade creation, diversion and the exporters' price cut.",
    isNot: "The change from one scenario to another: each scenario is computed against the same baseline, never chained.",
    steps: [...IMPORT_STEPS, "Trade creation (USD)", "Trade diversion (USD)", "Korean exporter price absorption (USD)"],
  },
  pctImportsKorea: {
    label: "Change in US imports from Korea vs baseline",
    unit: "%",
    digits: 1,
    total: (r) => (r.totals.importsKorea0 === 0 ? 0 : (r.totals.deltaImportsKorea / r.totals.importsKorea0) * 100 + 0),
    sector: (s) => s.pctChangeImportsKorea,
    is: "The change in US imports from Korea as a share of 2024 imports.",
    isNot: "A change in volumes alone: with partial border pass-through part of the fall is Korean exporters cutting prices.",
    steps: IMPORT_STEPS,
  },
  diverted: {
    label: "Trade diverted to other suppliers",
    unit: "USD bn",
    digits: 2,
    total: (r) => r.totals.deltaImportsRow / BN,
    sector: (s) => s.deltaImportsRow / BN,
    is: "The change in US imports from all other countries as buyers switch away from Korean goods.",
    isNot: "Computed where the rest-of-world baseline is missing: those sectors show 0 because diversion is off.",
    steps: ["Sector import price index", "Composite import volume", "US imports from the rest of the world after the change (USD)"],
  },
  tariffRevenue: {
    label: "US tariff revenue on Korean goods",
    unit: "USD bn",
    digits: 2,
    total: (r) => r.totals.tariffRevenueKorea1 / BN,
    sector: (s) => s.tariffRevenueKorea1 / BN,
    is: "Tariff rate times the new customs value of imports from Korea, per year (the baseline collects 0 at KORUS 0%).",
    isNot: "Actual collections (timing, exemptions, drawback) or the net budget effect.",
    steps: ["US imports from Korea after the change (USD)", "Change in tariff revenue (USD)"],
  },
  borderPrice: {
    label: "Border price of Korean goods",
    unit: "%",
    digits: 1,
    total: (r) => r.totals.priceKoreaGoodsPctWeighted,
    sector: (s) => s.priceKoreaGoodsPct,
    is: "The change in the duty-inclusive price US importers pay for Korean goods, weighted by 2024 imports.",
    isNot: "A shelf price: see the consumer price row.",
    steps: ["Tariff power change, Korea", "Border price of Korean goods (tariff-inclusive)"],
  },
  consumerPrice: {
    label: "Consumer price of Korean goods",
    unit: "%",
    digits: 1,
    total: (r) => r.totals.consumerPriceKoreaGoodsPctWeighted,
    sector: (s) => s.consumerPriceKoreaGoodsPct,
    is: "The border price change times retail pass-through ψ; at the default ψ = 1 an upper bound.",
    isNot: "US inflation: Korean goods are a small share of what US consumers buy.",
    steps: ["Border price of Korean goods (tariff-inclusive)", "Consumer price of Korean goods (%)"],
  },
  welfare: {
    label: "US welfare change",
    unit: "USD bn",
    digits: 2,
    total: (r) => r.totals.welfareChangeUS / BN,
    sector: (s) => s.welfareChangeUS / BN,
    is: "US buyers' surplus change plus the tariff revenue change, per year.",
    isNot: "A GDP effect: no retaliation, no income or exchange-rate effects, no input-output links.",
    steps: ["Change in US buyers' surplus (USD)", "Change in tariff revenue (USD)", "Change in US welfare (USD)"],
  },
  exportLoss: {
    label: "Korea's export loss",
    unit: "USD bn",
    digits: 2,
    total: (r) => r.totals.koreaExportLoss / BN,
    sector: (s) => s.koreaExportLoss / BN,
    is: "Korea's lost exports to the US per year (2024 exports minus exports after the tariff), gross.",
    isNot: "Korea's total export loss: exports redirected to other markets are not modelled.",
    steps: LOSS_STEPS,
  },
  exportLossPctGdp: {
    label: "Korea's export loss",
    unit: "% of GDP",
    digits: 3,
    total: (r) => r.totals.koreaExportLossPctGdp,
    sector: (s, gdpUsd) => (s.koreaExportLoss / gdpUsd) * 100 + 0,
    is: "The gross export loss divided by Korea's 2024 GDP.",
    isNot: "A GDP loss: the domestic value-added share of exports (OECD TiVA) would make it smaller.",
    steps: LOSS_STEPS,
  },
};

/** "USD bn" rows name the unit after the label: "Korea's export loss (USD bn)". */
export function measureTitle(id: MeasureId): string {
  const m = MEASURES[id];
  return `${m.label} (${m.unit})`;
}

/** A number in a measure's unit, fixed decimals, "-0" shown as "0". */
export function formatMeasure(id: MeasureId, value: number): string {
  const m = MEASURES[id];
  const fixed = value.toLocaleString("en-US", { minimumFractionDigits: m.digits, maximumFractionDigits: m.digits });
  return /^-0(\.0+)?$/.test(fixed) ? fixed.slice(1) : fixed;
}

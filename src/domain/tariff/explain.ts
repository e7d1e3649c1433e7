/**
 * "How is this computed?": the total of a measure written out with its sector numbers, the SMART
 * steps for one sector (the model's explainSector covers CES), the model's assumptions (spec §9) and
 * its warnings in plain words. Pure.
 */
import { MODEL_DEFAULTS, type ExplainStep, type ModelFlag, type ScenarioInput, type ScenarioResult, type SectorInput, type SectorResult } from "./model";
import { formatMeasure, MEASURES, type MeasureId } from "./measures";

export interface TotalExplanation {
  formula: string;
  value: number;
}

function fmt(n: number, digits = 2): string {
  const s = n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return /^-0(\.0+)?$/.test(s) ? s.slice(1) : s;
}

const SUMMED: readonly MeasureId[] = ["importsKorea", "deltaImportsKorea", "diverted", "tariffRevenue", "welfare", "exportLoss"];

/**
 * The words of a total's formula, so a view can write it in another language (issue #21); numbers
 * come in formatted. The default is the English.
 */
export interface TotalWords {
  /** A total in its unit: "131.50 USD bn", "−3.2%". */
  total: (shown: string, unit: "USD bn" | "%") => string;
  sum: (v: { count: number; terms: string; total: string }) => string;
  pct: (v: { delta: string; base: string; total: string }) => string;
  price: (v: { terms: string; base: string; total: string }) => string;
  gdp: (v: { loss: string; gdp: string; total: string }) => string;
}

export const TOTAL_WORDS_EN: TotalWords = {
  total: (shown, unit) => (unit === "USD bn" ? `${shown} USD bn` : `${shown}%`),
  sum: ({ count, terms, total }) => `Sum over the ${count} sectors = ${terms} = ${total}`,
  pct: ({ delta, base, total }) => `ΔM_K / M_K0 × 100 = ${delta} / ${base} × 100 = ${total} (USD bn over USD bn)`,
  price: ({ terms, base, total }) =>
    `Average of the sector price changes weighted by baseline outlay (1 + t_K0)·M_K0, USD bn (t_K0 = 0 at KORUS): ` +
    `(${terms}) / ${base} = ${total}`,
  gdp: ({ loss, gdp, total }) => `Korea's export loss / Korea's GDP × 100 = ${loss} / ${gdp} × 100 = ${total} (USD bn over USD bn)`,
};

/**
 * The scenario total of a measure with every sector's number plugged in. `labelOf` names a sector
 * id; `gdpUsd` is Korea's GDP (USD); `words` writes the formula (English by default). The value
 * equals MEASURES[id].total(result).
 */
export function explainTotal(
  id: MeasureId,
  result: ScenarioResult,
  labelOf: (sectorId: string) => string,
  gdpUsd: number,
  words: TotalWords = TOTAL_WORDS_EN,
): TotalExplanation {
  const m = MEASURES[id];
  const value = m.total(result);
  const total = words.total(formatMeasure(id, value), m.unit === "USD bn" ? "USD bn" : "%");
  const bn = (x: number) => fmt(x / 1e9);
  const s = result.sectors;
  if (SUMMED.includes(id)) {
    const terms = s.map((r) => `${formatMeasure(id, m.sector(r, gdpUsd))} (${labelOf(r.id)})`).join(" + ");
    return { formula: words.sum({ count: s.length, terms, total }), value };
  }
  if (id === "pctImportsKorea") {
    const t = result.totals;
    return { formula: words.pct({ delta: bn(t.deltaImportsKorea), base: bn(t.importsKorea0), total }), value };
  }
  if (id === "borderPrice" || id === "consumerPrice") {
    const terms = s.map((r) => `${bn(r.importsKorea0)} × ${fmt(m.sector(r, gdpUsd))}`).join(" + ");
    return { formula: words.price({ terms, base: bn(result.totals.importsKorea0), total }), value };
  }
  // exportLossPctGdp
  return { formula: words.gdp({ loss: bn(result.totals.koreaExportLoss), gdp: bn(gdpUsd), total }), value };
}

function num(x: number): string {
  if (x === 0) return "0";
  const a = Math.abs(x);
  if (a >= 1e6 || a < 1e-4) return x.toExponential(6);
  return String(Number(x.toPrecision(10)));
}

/**
 * The WITS-SMART steps (spec §4.3) for one sector with the numbers plugged in, for a scenario that
 * changes only Korea's tariff. Final values are read from `result` (the model's own sector result
 * for method "smart"), so what is shown always equals what the table shows.
 */
export function explainSmartSector(sector: SectorInput, scenario: ScenarioInput, result: SectorResult): ExplainStep[] {
  const mK0 = sector.importsKorea;
  const mR0 = sector.importsRow ?? MODEL_DEFAULTS.importsRow;
  const tK0 = sector.tariffKoreaBase ?? MODEL_DEFAULTS.tariffKoreaBase;
  const tK1 = scenario.tariffKorea[sector.id] ?? tK0;
  const eps = sector.importDemandElasticity;
  const sigma = sector.substitutionElasticity ?? MODEL_DEFAULTS.substitutionElasticity;
  const phi = sector.passThrough ?? MODEL_DEFAULTS.passThrough;
  const psi = sector.retailPassThrough ?? MODEL_DEFAULTS.retailPassThrough;
  const tau = (1 + tK1) / (1 + tK0);
  const pi = phi * (tau - 1);
  // Other suppliers' tariffs never change in these scenarios, so π_R = 0 and r = π_K.
  const r = pi;
  const shift = -sigma * r;
  const capped = shift < -1;
  const qK1 = mK0 + result.components.creation + result.components.diversion;
  const q = Math.max(0, qK1);
  return [
    { label: "Tariff power change, Korea", formula: `τ̂_K = (1 + t_K1)/(1 + t_K0) = (1 + ${num(tK1)})/(1 + ${num(tK0)})`, value: tau },
    { label: "Border price change of Korean goods (linear)", formula: `π_K = φ·(τ̂_K − 1) = ${num(phi)}·(${num(tau)} − 1)`, value: pi },
    { label: "Trade creation (USD)", formula: `TC = ε·M_K0·π_K = ${num(eps)}·${num(mK0)}·${num(pi)}`, value: result.components.creation },
    {
      label: "Relative price shift toward other suppliers",
      formula: `s = −σ·((1 + π_K)/(1 + π_R) − 1) = −${num(sigma)}·${num(r)}${capped ? " < −1, so capped at −1 (flag)" : ""}`,
      value: capped ? -1 : shift,
    },
    {
      label: "Trade diversion (USD)",
      formula:
        mK0 > 0 && mR0 > 0
          ? `TD = M_K0·M_R0·s / (M_R0 + M_K0·(1 + s)) with M_R0 = ${num(mR0)}`
          : "TD = 0 (no rest-of-world baseline: diversion off)",
      value: result.components.diversion,
    },
    {
      label: "Korean import volume (USD at baseline prices)",
      formula: `Q_K1 = M_K0 + TC + TD = ${num(mK0)} + ${num(result.components.creation)} + ${num(result.components.diversion)}${qK1 < 0 ? " < 0, so set to 0 (flag)" : ""}`,
      value: q,
    },
    { label: "US imports from Korea after the change (USD)", formula: `M_K1 = Q_K1·(1 + π_K)/τ̂_K = ${num(q)}·${num(1 + pi)}/${num(tau)}`, value: result.importsKorea1 },
    {
      label: "Change in tariff revenue (USD)",
      formula: `t_K1·M_K1 − t_K0·M_K0 = ${num(tK1)}·${num(result.importsKorea1)} − ${num(tK0)}·${num(mK0)}`,
      value: result.deltaTariffRevenueTotal,
    },
    {
      label: "Change in US buyers' surplus (USD)",
      formula: `ΔCS = −½·(1 + t_K0)·π_K·(M_K0 + Q_K1) = −½·${num(1 + tK0)}·${num(pi)}·(${num(mK0)} + ${num(q)})`,
      value: result.consumerSurplusChange,
    },
    {
      label: "Change in US welfare (USD)",
      formula: `ΔW = ΔCS + ΔTR = ${num(result.consumerSurplusChange)} + ${num(result.deltaTariffRevenueTotal)}`,
      value: result.welfareChangeUS,
    },
    { label: "Consumer price of Korean goods (%)", formula: `ψ·π_K·100 = ${num(psi)}·${num(pi)}·100`, value: result.consumerPriceKoreaGoodsPct },
    { label: "Korea's export loss (USD)", formula: `M_K0 − M_K1 = ${num(mK0)} − ${num(result.importsKorea1)}`, value: result.koreaExportLoss },
  ];
}

/** The model's limitations (spec §9) and standing assumptions, in plain words. */
export const ASSUMPTIONS: readonly { title: string; text: string }[] = [
  {
    title: "The elasticities drive everything",
    text: "How strongly US buyers cut back and switch suppliers decides the result. The same tariff gives very different losses under different elasticity presets, so every figure shows a range across the presets, not one number.",
  },
  {
    title: "No separate US production",
    text: "Buyers switching to US-made goods is folded into the import demand elasticity ε; US producers are not modelled as a third supplier.",
  },
  {
    title: "Static: one year, no dynamics",
    text: "No stockpiling before tariffs, no moving production to the US (such as Hyundai's Georgia plant), and no redirection of Korean exports to other markets.",
  },
  {
    title: "Gross, not value added",
    text: "Korea's export loss is the gross value of lost exports. Korea's GDP loses less, because part of each export is imported inputs.",
  },
  {
    title: "Sector averages",
    text: "One ε and one σ per sector hide differences between products inside the sector.",
  },
  {
    title: "SMART is linear",
    text: "The SMART method is fine for small tariff cuts and unreliable for 25–50% shocks; use CES for those.",
  },
  {
    title: "Only Korea's tariff changes",
    text: "Other suppliers' tariffs stay at their baseline, every scenario is compared with the same 2024 baseline at KORUS 0%, and each sector is solved on its own (partial equilibrium, no retaliation).",
  },
];

/** SMART's warnings in words. */
export const FLAG_TEXT: Record<ModelFlag, string> = {
  smart_negative_imports_clamped_korea:
    "the straight-line SMART formula pushed US imports from Korea below zero, so they were set to zero",
  smart_negative_imports_clamped_row:
    "the straight-line SMART formula pushed imports from other suppliers below zero, so they were set to zero",
  smart_diversion_capped: "the shift to other suppliers hit SMART's ceiling (all existing trade), so it was capped",
};

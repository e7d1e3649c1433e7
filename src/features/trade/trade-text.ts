/**
 * Interface text of the trade views in the active language (issue #21): the domain's English labels
 * (measures, sectors) keyed by id in src/domain/i18n/panels/trade-*.ts, and money in USD bn read the
 * Korean way ("1,229억 달러") for Korean readers.
 */
import { formatAmount, formatDate } from "../../i18n/format";
import { activeLang, t } from "../../i18n/i18n";
import type { MeasureId } from "../../domain/tariff/measures";
import type { AssumptionPart, DescriptionPart, ScenarioName, SectorRate } from "../../domain/tariff/presets";
import type { RateOnWords } from "../../domain/tariff/rates-on";
import { TOTAL_WORDS_EN, type TotalWords } from "../../domain/tariff/explain";
import { SECTOR_IDS, type SectorId } from "../../domain/types";

/** The row header of a measure with its unit: "Korea's export loss (USD bn)". */
export function measureTitleText(id: MeasureId): string {
  return t(`trade.measure.${id}`);
}

/** A sector's short name ("Autos"), or its id in words for an unknown sector. */
export function sectorShortText(id: string): string {
  return (SECTOR_IDS as readonly string[]).includes(id) ? t(`trade.sector.${id as SectorId}`) : id.replaceAll("_", " ");
}

/** An amount already rounded for display, in USD bn: "12.3 USD bn" or "123억 달러". */
export function usdBn(shown: string): string {
  return activeLang() === "ko" ? formatAmount(Number(shown), "USD bn") : `${shown} USD bn`;
}

/**
 * A scenario's name in the active language. English is the label the domain built (presets.ts,
 * pinned by its tests); Korean is built from the same parts (`name`) with an ICU message. Custom
 * scenarios keep the name their author gave.
 */
export function scenarioLabel(s: { label: string; name?: ScenarioName }): string {
  const n = s.name;
  if (activeLang() === "en" || !n) return s.label;
  switch (n.kind) {
    case "korus":
      return n.rate === null ? t("trade.scenario.korus") : t("trade.scenario.korusRate", { rate: n.rate });
    case "threat":
    case "threat_2026":
      return t("trade.scenario.threat", { rate: n.rate, date: formatDate(n.date), via: n.via });
    case "deal":
      return t("trade.scenario.deal", { rate: n.rate, date: formatDate(n.date) });
    case "memory_threat":
      return t("trade.scenario.memoryThreat", { rate: n.rate, date: formatDate(n.date) });
    case "implemented":
      return t("trade.scenario.implemented", { month: formatDate(n.month) });
    case "in_force":
      return t(n.latest ? "trade.scenario.inForceLatest" : "trade.scenario.inForce", { date: formatDate(n.date) });
    case "surcharge":
      return t("trade.scenario.surcharge", { rate: n.rate, who: n.who, basis: n.basis, date: formatDate(n.date) });
    case "surcharge_lapse":
      return t("trade.scenario.surchargeLapse", { basis: n.basis, date: formatDate(n.date) });
  }
}

/** A sector's legal basis on a date: the domain's English, or worded from its parts ("…(15%); … 면제"). */
export function rateBasisText(r: { on: { status: string; basis?: string }; words: RateOnWords }): string {
  const w = r.words;
  if (activeLang() === "en" || w.status !== "known") return r.on.basis ?? "";
  const head = w.measure ? t("trade.ratesOn.basis", { basis: w.measure.basis, rate: w.measure.ratePct }) : t("trade.ratesOn.noMeasure");
  return head + w.exemptFrom.map((basis) => t("trade.ratesOn.exemptFrom", { basis })).join("");
}

/** Why a sector's rate is not known: the domain's English, or worded from its parts. */
export function rateReasonText(r: { on: { status: string; reason?: string }; words: RateOnWords }): string {
  const w = r.words;
  if (activeLang() === "en" || w.status !== "unknown") return r.on.reason ?? "";
  return t("trade.ratesOn.endedReason", { basis: w.basis, rate: w.ratePct, date: formatDate(w.end), how: w.endNote ?? t("trade.ratesOn.afterUnknown") });
}

/** The English labels of the model's explain steps (domain/tariff/model.ts, explain.ts), keyed. */
const STEP_KEYS: Record<string, StepKey> = {
  "Tariff power change, Korea": "tauK",
  "Tariff power change, rest of world": "tauR",
  "Korea's baseline share of tariff-inclusive outlay": "theta",
  "Border price of Korean goods (tariff-inclusive)": "pK",
  "Border price of rest-of-world goods": "pR",
  "Korean exporter price (ex-duty)": "pStarK",
  "Sector import price index": "priceIndex",
  "Composite import volume": "volume",
  "Korean import volume": "qK",
  "US imports from Korea after the change (USD)": "mK1",
  "US imports from the rest of the world after the change (USD)": "mR1",
  "Trade creation (USD)": "creation",
  "Trade diversion (USD)": "diversion",
  "Korean exporter price absorption (USD)": "absorption",
  "Change in tariff revenue (USD)": "revenue",
  "Change in US buyers' surplus (USD)": "surplus",
  "Change in US welfare (USD)": "welfare",
  "Consumer price of Korean goods (%)": "consumer",
  "Korea's export loss (USD)": "loss",
  "Border price change of Korean goods (linear)": "smartPrice",
  "Relative price shift toward other suppliers": "smartShift",
  "Korean import volume (USD at baseline prices)": "smartVolume",
};
type StepKey =
  | "tauK" | "tauR" | "theta" | "pK" | "pR" | "pStarK" | "priceIndex" | "volume" | "qK" | "mK1" | "mR1" | "creation"
  | "diversion" | "absorption" | "revenue" | "surplus" | "welfare" | "consumer" | "loss" | "smartPrice" | "smartShift" | "smartVolume";

/** Every step label the explanation can show, with its key (for tests: the English must match). */
export const EXPLAIN_STEP_LABELS: readonly (readonly [string, StepKey])[] = Object.entries(STEP_KEYS);

/** A step's label in the active language (an unknown label stays as the model wrote it). */
export function stepLabelText(label: string): string {
  const key = STEP_KEYS[label];
  return key ? t(`trade.step.${key}`) : label;
}

/** The few words inside the steps' formulas (the rest is notation), by key; each English as the model writes it. */
export const EXPLAIN_FORMULA_WORDS = [
  [" < −1, so capped at −1 (flag)", "trade.formula.capped"],
  ["TD = 0 (no rest-of-world baseline: diversion off)", "trade.formula.noDiversion"],
  [" < 0, so set to 0 (flag)", "trade.formula.setZero"],
  ["ΔCS = 0 (no baseline imports)", "trade.formula.noBaseline"],
  [" with M_R0 = ", "trade.formula.withRow"],
] as const;

/** A step's formula with its words in the active language. */
export function formulaText(formula: string): string {
  if (activeLang() === "en") return formula;
  return EXPLAIN_FORMULA_WORDS.reduce((f, [en, key]) => f.replace(en, t(key)), formula);
}

/** The model's assumptions (domain/tariff/explain.ts ASSUMPTIONS), keyed in the same order. */
export const ASSUMPTION_KEYS = ["elasticities", "usProduction", "static", "gross", "averages", "smartLinear", "onlyKorea"] as const;

/** The words of a total's formula (domain/tariff/explain.ts TotalWords) in the active language. */
export function totalWords(): TotalWords {
  if (activeLang() === "en") return TOTAL_WORDS_EN;
  return {
    total: (shown, unit) => (unit === "USD bn" ? usdBn(shown.replaceAll(",", "")) : `${shown}%`),
    sum: (v) => t("trade.explain.totalSum", v),
    pct: (v) => t("trade.explain.totalPct", v),
    price: (v) => t("trade.explain.totalPrice", v),
    gdp: (v) => t("trade.explain.totalGdp", v),
  };
}

function sectorsText(ids: readonly string[]): string {
  return ids.map(sectorShortText).join(t("trade.list.separator"));
}

function ratesItems(items: readonly SectorRate[]): string {
  return items.map(({ sector, rate }) => t("trade.rates.item", { sector: sectorShortText(sector), rate })).join(t("trade.list.separator"));
}

function descriptionPartText(p: DescriptionPart): string {
  switch (p.kind) {
    case "lead":
      return t(`trade.desc.lead.${p.lead}`);
    case "instrument":
      return t("trade.desc.instrument", { instrument: p.instrument });
    case "assumed_lapse":
      return t("trade.desc.assumedLapse", { basis: p.basis, date: formatDate(p.date) });
    case "rates_on":
      return t("trade.desc.ratesOn", { date: formatDate(p.date) });
    case "measure":
      return t("trade.desc.measure", { instrument: p.instrument, rate: p.rate, sectors: sectorsText(p.sectors), status: t(`trade.status.${p.status}`) });
    case "others_keep":
      return t("trade.desc.othersKeep", { sectors: sectorsText(p.sectors), date: formatDate(p.date) });
    case "exceptions":
      return t("trade.desc.exceptions", { items: ratesItems(p.items) });
  }
}

/** A scenario's description: the domain's English, or worded from its parts. */
export function scenarioDescriptionText(b: { description: string; descriptionParts: readonly DescriptionPart[] }): string {
  if (activeLang() === "en") return b.description;
  return b.descriptionParts.map(descriptionPartText).join(" ");
}

function assumptionPartText(p: AssumptionPart): string {
  switch (p.kind) {
    case "unknown":
      return t("trade.assume.unknown", {
        date: formatDate(p.since),
        sectors: sectorsText(p.sectors),
        ended: p.ended ? t("trade.assume.ended", { basis: p.ended.basis, rate: p.ended.rate }) : t("trade.assume.endedUnknown"),
        rates: typeof p.rates === "number" ? `${p.rates}%` : ratesItems(p.rates),
      });
    case "competitors_pay":
      return t("trade.assume.competitorsPay", {
        items: p.items
          .map((i) => t("trade.assume.competitorsItem", { rate: i.rate, sectors: sectorsText(i.sectors), from: i.from }))
          .join(t("trade.list.pairSeparator")),
      });
    case "competitors_unsourced_all":
      return t("trade.assume.unsourcedAll");
    case "competitors_unsourced":
      return t("trade.assume.unsourced", { sectors: sectorsText(p.sectors) });
    case "custom_competitors_set":
      return t("trade.assume.customSet");
    case "custom_competitors_default":
      return t("trade.assume.customDefault");
  }
}

/** A scenario's assumptions, each with its kind: the domain's English, or worded from their parts. */
export function scenarioAssumptionTexts(b: {
  assumptions: readonly string[];
  assumptionParts: readonly AssumptionPart[];
}): { kind: AssumptionPart["kind"] | null; text: string }[] {
  const en = activeLang() === "en";
  return b.assumptions.map((text, i) => {
    const part = b.assumptionParts[i];
    return { kind: part?.kind ?? null, text: en || !part ? text : assumptionPartText(part) };
  });
}

/** A chart axis in USD bn: "35 bn" in English, "350억 달러" in Korean. Spread onto a recharts axis. */
export function bnAxis(): { unit?: string; tickFormatter?: (v: number) => string } {
  return activeLang() === "en" ? { unit: " bn" } : { tickFormatter: (v: number) => formatAmount(v, "USD bn") };
}

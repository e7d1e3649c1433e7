/**
 * Interface text of the trade views in the active language (issue #21): the domain's English labels
 * (measures, sectors) keyed by id in src/domain/i18n/panels/trade-*.ts, and money in USD bn read the
 * Korean way ("1,229억 달러") for Korean readers.
 */
import { formatAmount, formatDate } from "../../i18n/format";
import { activeLang, t } from "../../i18n/i18n";
import type { MeasureId } from "../../domain/tariff/measures";
import type { ScenarioName } from "../../domain/tariff/presets";
import type { RateOnWords } from "../../domain/tariff/rates-on";
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

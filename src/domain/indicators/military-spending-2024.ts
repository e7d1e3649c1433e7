import { formatDate } from "../format";
import { factsWithRole, pointsOf, unitOf } from "./resolve";
import { latestPoint, listByValue, withUnit, yearFraction } from "./series-math";
import { NO_LINKS } from "./links";
import type { Fact } from "../schemas";
import type { IndicatorDef, ResolvedIndicator, SummaryWords } from "./types";

/**
 * A newer world total than the chart's: a `milestone` fact whose figure has the total's unit and a
 * later date. "Newer world total: 2,887 USD bn (2025; secondary source). SIPRI's 2025 country figures were not found."
 */
function newerTotal(r: ResolvedIndicator, total: NonNullable<Fact["figure"]>, totalDate: string, w?: SummaryWords): string {
  const newer = factsWithRole(r, "milestone")
    .flatMap((f) => (f.data.figure ? [f.data.figure] : []))
    .filter((f) => f.unit === total.unit && f.asOf !== undefined && yearFraction(f.asOf) > yearFraction(totalDate))
    .sort((a, b) => yearFraction(b.asOf!) - yearFraction(a.asOf!))[0];
  if (!newer) return "";
  if (w)
    return ` ${w.say("indicators.summary.ranking.newer", { amount: w.amount(newer.value, newer.unit), date: w.date(newer.asOf!), flag: newer.confidence })}${newer.note ? ` ${newer.note}` : ""}`;
  const flag = newer.confidence === "verified" ? "" : `; ${newer.confidence === "secondary" ? "secondary source" : "unverified"}`;
  return ` Newer world total: ${withUnit(newer.value, newer.unit)} (${formatDate(newer.asOf!)}${flag}).${newer.note ? ` ${newer.note}` : ""}`;
}

/**
 * "In 2024 (USD bn, SIPRI): United States 997, China 314, … and South Korea 47.6; world total 2,718
 * USD bn." and, when the data has one, the newer world total (whose country figures may be missing).
 */
export function summarizeRanking(r: ResolvedIndicator, w?: SummaryWords): string {
  const points = pointsOf(r, 0);
  const when = latestPoint(points);
  if (!when) return w ? w.say("indicators.summary.none") : "No figures in the data.";
  if (w) {
    const unit = unitOf(r, 0);
    const items = [...points]
      .sort((a, b) => b.value - a.value)
      .map((p) => w.say("indicators.summary.ranking.item", { label: p.label ?? w.date(p.date), amount: w.amount(p.value, unit) }));
    let ko = w.say("indicators.summary.ranking.head", { date: w.date(when.date), unit, list: w.list(items) });
    const totalKo = factsWithRole(r, "total")[0]?.data.figure;
    if (totalKo) ko += `; ${w.say("indicators.summary.ranking.total", { amount: w.amount(totalKo.value, totalKo.unit) })}`;
    return `${ko}.${totalKo ? newerTotal(r, totalKo, totalKo.asOf ?? when.date, w) : ""}`;
  }
  let text = `In ${formatDate(when.date)} (${unitOf(r, 0)}, SIPRI): ${listByValue(points)}`;
  const total = factsWithRole(r, "total")[0]?.data.figure;
  if (total) text += `; world total ${withUnit(total.value, total.unit)}`;
  return `${text}.${total ? newerTotal(r, total, total.asOf ?? when.date) : ""}`;
}

export const MILITARY_SPENDING_2024: IndicatorDef = {
  id: "military-spending-2024",
  panel: "threats",
  title: "Military spending in 2024, for context (SIPRI)",
  unit: "USD bn",
  direction: "neutral",
  method: "SIPRI Military Expenditure Database (release of 28 Apr 2025), current US dollars; China and Russia are SIPRI estimates. SIPRI does not estimate North Korea.",
  chart: "label-bars",
  series: [{ id: "sipri_milex_2024", legend: "Military expenditure, 2024", mark: "line" }],
  milestoneHeading: "SIPRI's 2025 world total, and North Korea, which SIPRI does not cover",
  facts: [
    { id: "sipri_world_milex_2024", role: "total" },
    { id: "sipri_world_milex_2025", role: "milestone" },
    { id: "dprk_milex_wmeat", role: "milestone" },
  ],
  sourceIds: ["saba-sipri-3472467"],
  links: NO_LINKS,
  summarize: summarizeRanking,
};

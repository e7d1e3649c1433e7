import { formatNumber } from "../format";
import { capCeiling } from "./chart-data";
import { pointsOf, unitOf } from "./resolve";
import { changeIn, describeChange, earliestPoint, latestPoint, percentChange, withUnit } from "./series-math";
import { ALLIANCE_LINKS } from "./links";
import type { IndicatorDef, ResolvedIndicator, SummaryWords } from "./types";

/** "The ROK contribution is 1.52 KRW tn in 2026, up 58.3% on 2018; … at most 1.85 KRW tn in 2030." */
export function summarizeSmaCostSharing(r: ResolvedIndicator, w?: SummaryWords): string {
  const points = pointsOf(r, 0);
  const unit = unitOf(r, 0);
  const last = latestPoint(points);
  const first = earliestPoint(points);
  if (!last || !first) return w ? w.say("indicators.summary.none") : "No figures in the data.";
  const ceiling = capCeiling(r);
  const cap = r.facts.find((f) => f.ref.role === "cap")?.data.figure;
  const top = ceiling?.points.at(-1);
  if (w) {
    let ko = w.say("indicators.summary.sma.latest", { amount: w.amount(last.value, unit), year: last.date });
    if (first !== last)
      ko += `, ${w.say("indicators.summary.onValue", { change: changeIn(percentChange(first.value, last.value), w), year: first.date, value: w.amount(first.value, unit) })}`;
    if (cap && top) ko += `; ${w.say("indicators.summary.sma.cap", { cap: w.number(cap.value), amount: w.amount(top.value, unit), year: top.date })}`;
    return `${ko}.`;
  }
  let text = `The ROK contribution is ${withUnit(last.value, unit)} in ${last.date}`;
  if (first !== last) text += `, ${describeChange(percentChange(first.value, last.value))} on ${first.date} (${formatNumber(first.value)})`;
  if (cap && top) text += `; with rises capped at ${formatNumber(cap.value)}% a year, it can reach at most ${withUnit(top.value, unit)} in ${top.date}`;
  return `${text}.`;
}

export const SMA_COST_SHARING: IndicatorDef = {
  id: "sma-cost-sharing",
  panel: "alliance",
  title: "Host-nation cost-sharing (Special Measures Agreement)",
  unit: "KRW tn",
  direction: "neutral",
  method:
    "South Korea's annual contribution to the cost of US forces under each Special Measures Agreement, in nominal won (dollar equivalents vary with the rate). From 2027 to 2030 the 12th SMA indexes it to consumer prices with rises capped at 5% a year: the pale bars are that cap applied to the latest figure, an upper bound computed here, not a forecast. Missing years are gaps in the research.",
  chart: "year-bars",
  series: [{ id: "sma_cost_sharing", legend: "ROK contribution", mark: "line" }],
  milestoneHeading: "The 12th SMA and the November 2025 pledge",
  facts: [
    { id: "sma_2027_2030_rule", role: "cap", legend: "Most allowed under the 5% cap (computed)", until: 2030 },
    { id: "sma_12th_agreement", role: "milestone" },
    { id: "sma_12th_ratification", role: "milestone" },
    { id: "fact_sheet_2025_11_usfk_support", role: "milestone" },
  ],
  sourceIds: ["kbs-indonesian-75815", "nknews-2024-10-sma", "byteseu-kbs-467997"],
  links: ALLIANCE_LINKS,
  summarize: summarizeSmaCostSharing,
};

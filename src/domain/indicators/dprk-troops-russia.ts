import { formatDate, formatNumber } from "../format";
import { pointsOf, unitOf } from "./resolve";
import { earliestPoint, latestPoint, peakPoint, valueRange, withUnit } from "./series-math";
import { DPRK_RUSSIA_LINKS } from "./links";
import type { IndicatorDef, ResolvedIndicator } from "./types";

/** "Estimates run from 1,500 to 15,000 personnel (13 Oct 2024 – 2 Sep 2025); the highest is …; the latest …" */
export function summarizeDprkTroopsRussia(r: ResolvedIndicator): string {
  const points = pointsOf(r, 0);
  const range = valueRange(points);
  const first = earliestPoint(points);
  const last = latestPoint(points);
  const peak = peakPoint(points);
  if (!range || !first || !last || !peak) return "No figures in the data.";
  const unit = unitOf(r, 0);
  let text = `Estimates run from ${formatNumber(range.min)} to ${withUnit(range.max, unit)} (${formatDate(first.date)} – ${formatDate(last.date)}); the highest is ${formatNumber(peak.value)} (${peak.label ?? "estimate"}, ${formatDate(peak.date)})`;
  if (last !== peak) text += `; the latest is ${formatNumber(last.value)} (${last.label ?? "estimate"}, ${formatDate(last.date)})`;
  return `${text}.`;
}

export const DPRK_TROOPS_RUSSIA: IndicatorDef = {
  id: "dprk-troops-russia",
  panel: "threats",
  title: "North Korean personnel sent to Russia: dated estimates",
  unit: "personnel",
  direction: "up_bad",
  method:
    "Point estimates by different estimators (ROK NIS, ROK military, Zelensky, Russian officials), shown as separate dots, not a line: they count different things (troops ferried, decided, in Kursk, cumulative, announced or planned support personnel). Each point's label names the estimator.",
  chart: "time",
  series: [{ id: "dprk_troops_in_russia", legend: "Estimate (estimator in the label)", mark: "dots" }],
  facts: [],
  sourceIds: ["kbs-188549", "millenniumpost-ap-608750"],
  links: DPRK_RUSSIA_LINKS,
  summarize: summarizeDprkTroopsRussia,
};

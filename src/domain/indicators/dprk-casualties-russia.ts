import { formatDate, formatNumber } from "../format";
import { pointsOf } from "./resolve";
import { earliestPoint, latestPoint, valueRange } from "./series-math";
import { DPRK_RUSSIA_LINKS } from "./links";
import type { IndicatorDef, ResolvedIndicator } from "./types";

/** "NIS: about 2,000 killed by 2 Sep 2025, up from 300 in Jan 2025; estimates of killed and wounded range from 1,200 to 4,700." */
export function summarizeDprkCasualtiesRussia(r: ResolvedIndicator): string {
  const killed = pointsOf(r, 1);
  const last = latestPoint(killed);
  const first = earliestPoint(killed);
  const range = valueRange(pointsOf(r, 0));
  const parts: string[] = [];
  if (last && first)
    parts.push(
      `The ROK NIS estimates about ${formatNumber(last.value)} North Korean soldiers killed by ${formatDate(last.date)}${first !== last ? `, up from ${formatNumber(first.value)} in ${formatDate(first.date)}` : ""}`,
    );
  if (range) parts.push(`estimates of killed and wounded range from ${formatNumber(range.min)} to ${formatNumber(range.max)}, by estimator`);
  if (parts.length === 0) return "No figures in the data.";
  const text = parts.join("; ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

export const DPRK_CASUALTIES_RUSSIA: IndicatorDef = {
  id: "dprk-casualties-russia",
  panel: "threats",
  title: "North Korean casualties in Russia's war",
  unit: "people",
  direction: "up_bad",
  method:
    "Killed plus wounded as estimated by different sources (dots: each label names the estimator; US ~1,200, NIS ~4,700 and Zelensky ~4,000 in April 2025 are not one series), and the ROK National Intelligence Service's estimates of the dead (line: one estimator). Pyongyang claimed far fewer.",
  chart: "time",
  series: [
    { id: "dprk_casualties_in_russia", legend: "Killed + wounded (by estimator)", mark: "dots" },
    { id: "dprk_killed_in_russia_nis", legend: "Killed (NIS)", mark: "line" },
  ],
  facts: [],
  sourceIds: ["millenniumpost-ap-608750", "kyivindependent-2000-killed"],
  links: DPRK_RUSSIA_LINKS,
  summarize: summarizeDprkCasualtiesRussia,
};

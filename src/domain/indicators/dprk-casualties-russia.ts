import { formatDate, formatNumber } from "../format";
import { pointsOf } from "./resolve";
import { earliestPoint, latestPoint, valueRange, yearFraction } from "./series-math";
import { DPRK_RUSSIA_LINKS } from "./links";
import type { IndicatorDef, ResolvedIndicator, SummaryWords } from "./types";

/** The estimator named in a label: "NIS (12 Feb 2026): ~6,000" → "NIS"; "Zelensky (Apr 2025): …" → "Zelensky". */
function estimatorOf(label: string | undefined): string | null {
  const name = label?.split(/[:(]/)[0]?.trim();
  return name ? name : null;
}

/**
 * "The ROK NIS estimates about 2,000 North Korean soldiers killed by 2 Sep 2025, up from 300 in Jan
 * 2025; the latest estimate of killed and wounded is about 6,000 (NIS, 12 Feb 2026); estimates of
 * killed and wounded range from 1,200 to 6,000, by estimator." The middle clause only when that
 * estimate is newer than the latest count of the dead.
 */
export function summarizeDprkCasualtiesRussia(r: ResolvedIndicator, w?: SummaryWords): string {
  const killed = pointsOf(r, 1);
  const last = latestPoint(killed);
  const first = earliestPoint(killed);
  const casualties = pointsOf(r, 0);
  const range = valueRange(casualties);
  const newest = latestPoint(casualties);
  if (w) return koreanCasualties(w, { last, first, newest, range });
  const parts: string[] = [];
  if (last && first)
    parts.push(
      `The ROK NIS estimates about ${formatNumber(last.value)} North Korean soldiers killed by ${formatDate(last.date)}${first !== last ? `, up from ${formatNumber(first.value)} in ${formatDate(first.date)}` : ""}`,
    );
  if (newest && (!last || yearFraction(newest.date) > yearFraction(last.date))) {
    const who = estimatorOf(newest.label);
    parts.push(`the latest estimate of killed and wounded is about ${formatNumber(newest.value)} (${who ? `${who}, ` : ""}${formatDate(newest.date)})`);
  }
  if (range) parts.push(`estimates of killed and wounded range from ${formatNumber(range.min)} to ${formatNumber(range.max)}, by estimator`);
  if (parts.length === 0) return "No figures in the data.";
  const text = parts.join("; ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

type Estimate = ReturnType<typeof pointsOf>[number];

/** The same sentence in the words' language. */
function koreanCasualties(
  w: SummaryWords,
  { last, first, newest, range }: { last?: Estimate | undefined; first?: Estimate | undefined; newest?: Estimate | undefined; range: ReturnType<typeof valueRange> },
): string {
  const parts: string[] = [];
  if (last && first) {
    let killed = w.say("indicators.summary.casualties.killed", { count: w.number(last.value), date: w.date(last.date) });
    if (first !== last) killed += `, ${w.say("indicators.summary.casualties.upFrom", { count: w.number(first.value), date: w.date(first.date) })}`;
    parts.push(killed);
  }
  if (newest && (!last || yearFraction(newest.date) > yearFraction(last.date))) {
    const who = estimatorOf(newest.label);
    parts.push(w.say("indicators.summary.casualties.latest", { count: w.number(newest.value), who: who ? `${who}, ` : "", date: w.date(newest.date) }));
  }
  if (range) parts.push(w.say("indicators.summary.casualties.range", { min: w.number(range.min), max: w.number(range.max) }));
  if (parts.length === 0) return w.say("indicators.summary.none");
  return `${parts.join("; ")}.`;
}

export const DPRK_CASUALTIES_RUSSIA: IndicatorDef = {
  id: "dprk-casualties-russia",
  panel: "threats",
  title: "North Korean casualties in Russia's war",
  unit: "people",
  direction: "up_bad",
  method:
    "Killed plus wounded as estimated by different sources (dots: each label names the estimator; US ~1,200, NIS ~4,700 and Zelensky ~4,000 in April 2025, NIS ~6,000 in February 2026, are not one series), and the ROK National Intelligence Service's estimates of the dead (line: one estimator). Pyongyang claimed far fewer.",
  chart: "time",
  series: [
    { id: "dprk_casualties_in_russia", legend: "Killed + wounded (by estimator)", mark: "dots" },
    { id: "dprk_killed_in_russia_nis", legend: "Killed (NIS)", mark: "line" },
  ],
  facts: [],
  sourceIds: ["millenniumpost-ap-608750", "kyivindependent-2000-killed", "asiae-2026-02-12-nis"],
  links: DPRK_RUSSIA_LINKS,
  summarize: summarizeDprkCasualtiesRussia,
};

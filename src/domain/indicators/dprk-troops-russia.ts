import { formatDate, formatNumber } from "../format";
import { pointsOf, unitOf } from "./resolve";
import { earliestPoint, latestPoint, peakPoint, valueRange, withUnit, yearFraction } from "./series-math";
import { DPRK_RUSSIA_LINKS } from "./links";
import type { IndicatorDef, ResolvedIndicator, SummaryWords } from "./types";

/** Estimates dated within this many days of the latest one count as the latest, side by side. */
const SAME_ROUND_DAYS = 31;

/**
 * "Estimates run from 1,500 to 15,000 personnel (13 Oct 2024 – 2 Sep 2025); the highest is …; the
 * latest …". When several estimates fall within a month of the latest one (different estimators on
 * the same period), all of them are named, never averaged: "…; the latest estimates disagree:
 * 10,000 (NIS: …, 12 Feb 2026) and 8,000 (Ukrainian military intelligence: …, 17 Feb 2026)."
 */
export function summarizeDprkTroopsRussia(r: ResolvedIndicator, w?: SummaryWords): string {
  const points = pointsOf(r, 0);
  const range = valueRange(points);
  const first = earliestPoint(points);
  const last = latestPoint(points);
  const peak = peakPoint(points);
  if (!range || !first || !last || !peak) return w ? w.say("indicators.summary.none") : "No figures in the data.";
  const unit = unitOf(r, 0);
  if (w) {
    const namedKo = (p: (typeof points)[number]) =>
      w.say("indicators.summary.troops.named", {
        value: w.amount(p.value, unit),
        label: p.label ?? w.say("indicators.summary.troops.estimate"),
        date: w.date(p.date),
      });
    let ko = w.say("indicators.summary.troops.range", {
      min: w.number(range.min),
      max: w.amount(range.max, unit),
      from: w.date(first.date),
      to: w.date(last.date),
      peak: namedKo(peak),
    });
    const latestKo = points
      .filter((p) => (yearFraction(last.date) - yearFraction(p.date)) * 365 <= SAME_ROUND_DAYS)
      .sort((a, b) => yearFraction(a.date) - yearFraction(b.date));
    if (latestKo.length > 1) ko += `; ${w.say("indicators.summary.troops.disagree", { list: w.list(latestKo.map(namedKo)) })}`;
    else if (last !== peak) ko += `; ${w.say("indicators.summary.troops.latest", { named: namedKo(last) })}`;
    return `${ko}.`;
  }
  let text = `Estimates run from ${formatNumber(range.min)} to ${withUnit(range.max, unit)} (${formatDate(first.date)} – ${formatDate(last.date)}); the highest is ${formatNumber(peak.value)} (${peak.label ?? "estimate"}, ${formatDate(peak.date)})`;
  const latest = points
    .filter((p) => (yearFraction(last.date) - yearFraction(p.date)) * 365 <= SAME_ROUND_DAYS)
    .sort((a, b) => yearFraction(a.date) - yearFraction(b.date));
  const named = (p: (typeof points)[number]) => `${formatNumber(p.value)} (${p.label ?? "estimate"}, ${formatDate(p.date)})`;
  if (latest.length > 1) text += `; the latest estimates disagree: ${latest.slice(0, -1).map(named).join(", ")} and ${named(latest.at(-1)!)}`;
  else if (last !== peak) text += `; the latest is ${named(last)}`;
  return `${text}.`;
}

export const DPRK_TROOPS_RUSSIA: IndicatorDef = {
  id: "dprk-troops-russia",
  panel: "threats",
  title: "North Korean personnel sent to Russia: dated estimates",
  unit: "personnel",
  direction: "up_bad",
  method:
    "Point estimates by different estimators (ROK NIS, ROK military, Zelensky, Ukrainian military intelligence, Russian officials), shown as separate dots, not a line: they count different things (troops ferried, decided, in Kursk, cumulative, announced or planned support personnel). Each point's label names the estimator; where two disagree on the same period (NIS and Ukrainian intelligence, February 2026) both are shown, never averaged.",
  chart: "time",
  series: [{ id: "dprk_troops_in_russia", legend: "Estimate (estimator in the label)", mark: "dots" }],
  facts: [],
  sourceIds: ["kbs-188549", "millenniumpost-ap-608750", "asiae-2026-02-12-nis", "isw-eurasia-2026-02-17"],
  links: DPRK_RUSSIA_LINKS,
  summarize: summarizeDprkTroopsRussia,
};

import { formatDate, formatNumber } from "../format";
import { pointsOf } from "./resolve";
import { earliestPoint, latestPoint } from "./series-math";
import { DPRK_PROGRAMME_LINKS } from "./links";
import type { IndicatorDef, ResolvedIndicator, SummaryWords } from "./types";

/** "SIPRI estimates about 50 assembled warheads in Jan 2025 (unchanged from Jan 2024; 20 in Jan 2022), with fissile material for up to 90." */
export function summarizeDprkWarheads(r: ResolvedIndicator, w?: SummaryWords): string {
  const assembled = pointsOf(r, 0);
  const last = latestPoint(assembled);
  const first = earliestPoint(assembled);
  if (!last || !first) return w ? w.say("indicators.summary.none") : "No figures in the data.";
  const sorted = [...assembled].sort((a, b) => a.date.localeCompare(b.date));
  const prev = sorted.at(-2);
  if (w) {
    let ko = w.say("indicators.summary.warheads.latest", { count: w.number(last.value), date: w.date(last.date) });
    const at = (p: typeof last) => w.say("indicators.summary.warheads.at", { count: w.number(p.value), date: w.date(p.date) });
    const stepsKo: string[] = [];
    if (prev) stepsKo.push(prev.value === last.value ? w.say("indicators.summary.warheads.same", { date: w.date(prev.date) }) : at(prev));
    if (first !== prev && first !== last) stepsKo.push(at(first));
    if (stepsKo.length > 0) ko += `(${stepsKo.join("; ")})`;
    const cap = latestPoint(pointsOf(r, 1));
    if (cap) {
      const range =
        cap.low !== undefined && cap.high !== undefined
          ? `${w.number(cap.low)}–${w.number(cap.high)}`
          : w.say("indicators.summary.upTo", { n: w.number(cap.high ?? cap.value) });
      ko += `, ${w.say("indicators.summary.warheads.fissile", { range })}`;
    }
    return `${ko}.`;
  }
  let text = `SIPRI estimates North Korea had about ${formatNumber(last.value)} assembled warheads in ${formatDate(last.date)}`;
  const steps: string[] = [];
  if (prev) steps.push(prev.value === last.value ? `unchanged from ${formatDate(prev.date)}` : `${formatNumber(prev.value)} in ${formatDate(prev.date)}`);
  if (first !== prev && first !== last) steps.push(`${formatNumber(first.value)} in ${formatDate(first.date)}`);
  if (steps.length > 0) text += ` (${steps.join("; ")})`;
  const capacity = latestPoint(pointsOf(r, 1));
  if (capacity) {
    const range =
      capacity.low !== undefined && capacity.high !== undefined
        ? `${formatNumber(capacity.low)}–${formatNumber(capacity.high)}`
        : `up to ${formatNumber(capacity.high ?? capacity.value)}`;
    text += `, with fissile material for ${range}`;
  }
  return `${text}.`;
}

export const DPRK_WARHEADS: IndicatorDef = {
  id: "dprk-warheads",
  panel: "threats",
  title: "North Korea's nuclear warheads (SIPRI estimates)",
  unit: "warheads",
  direction: "up_bad",
  method:
    "SIPRI Yearbook estimates as of January of each yearbook year. The solid line is SIPRI's headline number of assembled warheads; the dashed line and the shaded band are how many warheads North Korea's fissile material would suffice for (a range where SIPRI gives one, 'up to' otherwise).",
  chart: "time",
  series: [
    { id: "dprk_warheads_sipri", legend: "Assembled warheads", mark: "line" },
    { id: "dprk_fissile_capacity_sipri", legend: "Fissile material would suffice for", mark: "band" },
  ],
  facts: [],
  sourceIds: ["sipri-yb2025-ajp", "kbs-193817"],
  links: DPRK_PROGRAMME_LINKS,
  summarize: summarizeDprkWarheads,
};

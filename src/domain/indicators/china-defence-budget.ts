import { formatDate } from "../format";
import { pointsOf, unitOf } from "./resolve";
import { changeIn, describeChange, earliestPoint, latestPoint, percentChange, withUnit, yoyChanges } from "./series-math";
import { NO_LINKS } from "./links";
import type { IndicatorDef, ResolvedIndicator, SummaryWords } from "./types";

/**
 * "China's official defence budget is 1,910 CNY bn in 2026, up 7% on 2025 and up 23.2% on 2023;
 * SIPRI's broader estimate for 2024 is 314 USD bn."
 */
export function summarizeChinaDefenceBudget(r: ResolvedIndicator, w?: SummaryWords): string {
  const points = pointsOf(r, 0);
  const last = latestPoint(points);
  const first = earliestPoint(points);
  if (!last || !first) return w ? w.say("indicators.summary.none") : "No figures in the data.";
  if (w) {
    let ko = w.say("indicators.summary.china.latest", { amount: w.amount(last.value, unitOf(r, 0)), date: w.date(last.date) });
    const yoyKo = yoyChanges(points).get(last.date) ?? null;
    const prev = String(Number(last.date) - 1);
    if (yoyKo !== null) ko += `, ${w.say("indicators.summary.onYear", { change: changeIn(yoyKo, w), year: prev })}`;
    if (first !== last && first.date !== prev)
      ko += `, ${w.say("indicators.summary.onDate", { change: changeIn(percentChange(first.value, last.value), w), date: w.date(first.date) })}`;
    const sipriKo = latestPoint(pointsOf(r, 1));
    if (sipriKo) ko += `; ${w.say("indicators.summary.china.sipri", { date: w.date(sipriKo.date), amount: w.amount(sipriKo.value, unitOf(r, 1)) })}`;
    return `${ko}.`;
  }
  let text = `China's official defence budget is ${withUnit(last.value, unitOf(r, 0))} in ${formatDate(last.date)}`;
  const yoy = yoyChanges(points).get(last.date) ?? null;
  const prevYear = String(Number(last.date) - 1);
  if (yoy !== null) text += `, ${describeChange(yoy)} on ${prevYear}`;
  if (first !== last && first.date !== prevYear)
    text += `${yoy !== null ? " and" : ","} ${describeChange(percentChange(first.value, last.value))} on ${formatDate(first.date)}`;
  const sipri = latestPoint(pointsOf(r, 1));
  if (sipri) text += `; SIPRI's broader estimate for ${formatDate(sipri.date)} is ${withUnit(sipri.value, unitOf(r, 1))}`;
  return `${text}.`;
}

export const CHINA_DEFENCE_BUDGET: IndicatorDef = {
  id: "china-defence-budget",
  panel: "threats",
  title: "China's military spending",
  unit: "CNY bn",
  direction: "up_bad",
  method:
    "The official central defence budget announced to the National People's Congress, in yuan (line), and SIPRI's estimate of military expenditure, which is broader, in US dollars (table and text only: the units differ). The change on the previous year is computed from the official figures.",
  chart: "time",
  yoy: true,
  series: [
    { id: "china_official_defense_budget", legend: "Official budget", mark: "line" },
    { id: "china_military_spending_sipri", legend: "SIPRI estimate (USD)", mark: "figure" },
  ],
  milestoneHeading: "China's pressure on Taiwan and its partnership with Russia",
  facts: [
    { id: "china_taiwan_pressure", role: "milestone" },
    { id: "china_russia_no_limits", role: "milestone" },
  ],
  sourceIds: ["peoplesdaily-2025-03-05-pla-budget", "daily8-kyodo-sipri-2024", "chinadaily-ming7-2026-budget"],
  links: NO_LINKS,
  summarize: summarizeChinaDefenceBudget,
};

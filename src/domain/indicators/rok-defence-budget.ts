import { formatNumber } from "../format";
import { pointsOf, unitOf } from "./resolve";
import { describeChange, earliestPoint, latestPoint, percentChange, risesEveryStep, withUnit, yoyChanges } from "./series-math";
import { ALLIANCE_LINKS } from "./links";
import type { IndicatorDef, ResolvedIndicator } from "./types";

/** "The 2026 budget is 65.86 KRW tn, up 7.5% on 2025; it has risen every year since 2020 (up 31.3% in all)." */
export function summarizeRokDefenceBudget(r: ResolvedIndicator): string {
  const points = pointsOf(r, 0);
  const last = latestPoint(points);
  const first = earliestPoint(points);
  if (!last || !first) return "No figures in the data.";
  const yoy = yoyChanges(points).get(last.date) ?? null;
  const head = `The ${last.date} budget is ${withUnit(last.value, unitOf(r, 0))}${yoy === null ? "" : `, ${describeChange(yoy)} on ${Number(last.date) - 1}`}`;
  const total = describeChange(percentChange(first.value, last.value));
  const tail = risesEveryStep(points)
    ? `it has risen every year since ${first.date} (${total} in all)`
    : `${total} on ${first.date} (${formatNumber(first.value)})`;
  return `${head}; ${tail}.`;
}

export const ROK_DEFENCE_BUDGET: IndicatorDef = {
  id: "rok-defence-budget",
  panel: "alliance",
  title: "South Korea's defence budget",
  unit: "KRW tn",
  direction: "neutral",
  method:
    "Original Ministry of National Defense (MND) appropriations as passed by the National Assembly, in nominal won. Dollar equivalents use each source's own exchange rate and are not comparable across years, so the chart stays in won. The change on the previous year is computed from these figures.",
  chart: "time",
  yoy: true,
  series: [{ id: "rok_defense_budget", legend: "MND budget as enacted", mark: "line" }],
  milestoneHeading: "What the 2026 budget buys",
  facts: [{ id: "rok_defense_budget_2026_priorities", role: "milestone" }],
  sourceIds: ["mnd-2023-budget-notice", "mnd-defense-white-paper-2020-p192"],
  links: ALLIANCE_LINKS,
  summarize: summarizeRokDefenceBudget,
};

import { formatNumber } from "../format";
import { pointsOf, unitOf } from "./resolve";
import { changeIn, describeChange, earliestPoint, latestPoint, percentChange, risesEveryStep, withUnit, yoyChanges } from "./series-math";
import { ALLIANCE_LINKS } from "./links";
import type { IndicatorDef, ResolvedIndicator, SummaryWords } from "./types";

/**
 * The plans for the year after the latest budget, one per plan series, never merged:
 * "For 2027 only plans are known: 72.4 KRW tn (MND mid-term plan) and 69.2 KRW tn (fiscal plan, derived)."
 */
function nextYearPlans(r: ResolvedIndicator, year: number): string {
  const plans = r.series.slice(1).flatMap(({ ref, data }) => {
    const p = data.points.find((q) => q.date === String(year));
    return p ? [`${withUnit(p.value, data.unit)} (${ref.legend})`] : [];
  });
  if (plans.length === 0) return "";
  const list = plans.length > 1 ? `${plans.slice(0, -1).join(", ")} and ${plans.at(-1)}` : plans[0];
  return ` For ${year} only plans are known: ${list}.`;
}

/**
 * "The 2026 budget is 65.86 KRW tn, up 7.5% on 2025; it has risen every year since 2020 (up 31.3% in
 * all). For 2027 only plans are known: …" The first series is the enacted budget; the others are plans.
 */
export function summarizeRokDefenceBudget(r: ResolvedIndicator, w?: SummaryWords): string {
  const points = pointsOf(r, 0);
  const last = latestPoint(points);
  const first = earliestPoint(points);
  if (!last || !first) return w ? w.say("indicators.summary.none") : "No figures in the data.";
  const yoy = yoyChanges(points).get(last.date) ?? null;
  if (w) return koreanBudget(r, w, points, { first, last, yoy });
  const head = `The ${last.date} budget is ${withUnit(last.value, unitOf(r, 0))}${yoy === null ? "" : `, ${describeChange(yoy)} on ${Number(last.date) - 1}`}`;
  const total = describeChange(percentChange(first.value, last.value));
  const tail = risesEveryStep(points)
    ? `it has risen every year since ${first.date} (${total} in all)`
    : `${total} on ${first.date} (${formatNumber(first.value)})`;
  return `${head}; ${tail}.${nextYearPlans(r, Number(last.date) + 1)}`;
}

/** The same sentence in the words' language. */
function koreanBudget(
  r: ResolvedIndicator,
  w: SummaryWords,
  points: ReturnType<typeof pointsOf>,
  { first, last, yoy }: { first: (typeof points)[number]; last: (typeof points)[number]; yoy: number | null },
): string {
  const unit = unitOf(r, 0);
  let head = w.say("indicators.summary.budget.latest", { year: last.date, amount: w.amount(last.value, unit) });
  if (yoy !== null) head += `, ${w.say("indicators.summary.onYear", { change: changeIn(yoy, w), year: Number(last.date) - 1 })}`;
  const total = changeIn(percentChange(first.value, last.value), w);
  const tail = risesEveryStep(points)
    ? w.say("indicators.summary.budget.risen", { year: first.date, change: total })
    : w.say("indicators.summary.onValue", { change: total, year: first.date, value: w.amount(first.value, unit) });
  const year = Number(last.date) + 1;
  const plans = r.series.slice(1).flatMap(({ ref, data }) => {
    const p = data.points.find((q) => q.date === String(year));
    return p ? [w.say("indicators.summary.byLegend", { amount: w.amount(p.value, data.unit), legend: w.legend(ref.id, ref.legend) })] : [];
  });
  const next = plans.length > 0 ? ` ${w.say("indicators.summary.budget.plans", { year, list: w.list(plans) })}` : "";
  return `${head}; ${tail}.${next}`;
}

export const ROK_DEFENCE_BUDGET: IndicatorDef = {
  id: "rok-defence-budget",
  panel: "alliance",
  title: "South Korea's defence budget",
  unit: "KRW tn",
  direction: "neutral",
  method:
    "Original Ministry of National Defense (MND) appropriations as passed by the National Assembly, in nominal won (line). Dollar equivalents use each source's own exchange rate and are not comparable across years, so the chart stays in won. The change on the previous year is computed from these figures. The dots after the last budget are plans, not budgets, each its own series: the MND Mid-Term Defence Plan 2025–2029 and the national fiscal plan's +5.1% path (a level derived here from the enacted 2026 budget). The 2027 budget proposal and the enacted 2027 budget were not found.",
  chart: "time",
  yoy: true,
  series: [
    { id: "rok_defense_budget", legend: "MND budget as enacted", mark: "line" },
    { id: "rok_defense_budget_midterm_plan", legend: "MND mid-term plan", mark: "dots" },
    { id: "rok_defense_budget_fiscal_plan", legend: "Fiscal-plan path, derived", mark: "dots" },
  ],
  milestoneHeading: "What the 2026 budget buys",
  facts: [{ id: "rok_defense_budget_2026_priorities", role: "milestone" }],
  sourceIds: ["mnd-2023-budget-notice", "mnd-defense-white-paper-2020-p192"],
  links: ALLIANCE_LINKS,
  summarize: summarizeRokDefenceBudget,
};

import type { Point } from "../schemas";
import { formatDate, formatNumber } from "../format";
import { factPoint, factsWithRole, pointsOf, unitOf } from "./resolve";
import { latestPoint, withUnit } from "./series-math";
import { ALLIANCE_LINKS } from "./links";
import type { IndicatorDef, ResolvedIndicator, SummaryWords } from "./types";

/**
 * Latest value on each definition, then the targets and how far the latest MND figure is below the
 * lowest one, e.g. "… The goals on the table are 3.5% and 5%: 1.1 points above MND's latest figure."
 */
export function summarizeRokDefenceBurden(r: ResolvedIndicator, w?: SummaryWords): string {
  const unit = unitOf(r, 0);
  const mnd = latestPoint(pointsOf(r, 0));
  if (!mnd) return w ? w.say("indicators.summary.none") : "No figures in the data.";
  if (w) return koreanBurden(r, w, mnd, unit);
  const others = [
    ...r.series.slice(1).flatMap(({ ref, data }) => {
      const p = latestPoint(data.points);
      return p ? [`${ref.legend} ${withUnit(p.value, "%")} (${formatDate(p.date)})`] : [];
    }),
    ...factsWithRole(r, "point").flatMap(({ ref, data }) => {
      const p = factPoint(data);
      return p ? [`${ref.legend ?? data.label} ${withUnit(p.value, "%")} (${formatDate(p.date)})`] : [];
    }),
  ];
  const flag = mnd.confidence === "unverified" ? ", unverified" : "";
  let text = `On the MND definition South Korea spends ${withUnit(mnd.value, unit)} (${formatDate(mnd.date)}${flag})`;
  if (others.length > 0) text += `; other definitions give higher shares: ${others.join(", ")}`;
  const targets = [...new Set(factsWithRole(r, "target").flatMap((f) => (f.data.figure ? [f.data.figure.value] : [])))].sort((a, b) => a - b);
  if (targets.length === 0) return `${text}.`;
  const gap = targets[0]! - mnd.value;
  return `${text}. The goals on the table are ${targets.map((t) => withUnit(t, "%")).join(" and ")}: the lower one is ${formatNumber(gap, 2)} points above the latest MND figure.`;
}

/** The same sentence in the words' language. */
function koreanBurden(r: ResolvedIndicator, w: SummaryWords, mnd: Point, unit: string): string {
  const other = (legend: string, value: number, date: string) =>
    w.say("indicators.summary.burden.other", { legend, amount: w.amount(value, "%"), date: w.date(date) });
  const others = [
    ...r.series.slice(1).flatMap(({ ref, data }) => {
      const p = latestPoint(data.points);
      return p ? [other(w.legend(ref.id, ref.legend), p.value, p.date)] : [];
    }),
    ...factsWithRole(r, "point").flatMap(({ ref, data }) => {
      const p = factPoint(data);
      return p ? [other(ref.legend ? w.legend(ref.id, ref.legend) : data.label, p.value, p.date)] : [];
    }),
  ];
  let text = w.say("indicators.summary.burden.mnd", {
    amount: w.amount(mnd.value, unit),
    date: w.date(mnd.date),
    unverified: mnd.confidence === "unverified" ? "yes" : "no",
  });
  if (others.length > 0) text += `; ${w.say("indicators.summary.burden.others", { list: w.list(others) })}`;
  const targets = [...new Set(factsWithRole(r, "target").flatMap((f) => (f.data.figure ? [f.data.figure.value] : [])))].sort((a, b) => a - b);
  if (targets.length === 0) return `${text}.`;
  const gap = w.number(targets[0]! - mnd.value, 2);
  return `${text}. ${w.say("indicators.summary.burden.targets", { targets: w.list(targets.map((t) => w.amount(t, "%"))), gap })}`;
}

export const ROK_DEFENCE_BURDEN: IndicatorDef = {
  id: "rok-defence-burden",
  panel: "alliance",
  title: "South Korea's defence spending as a share of GDP, by definition, against the targets",
  unit: "% of GDP",
  direction: "neutral",
  method:
    "Three definitions, never merged: MND's budget ÷ GDP (points before 2024 on the old GDP base; the Bank of Korea's 2024 rebasing lowered ratios by about 0.1–0.2 points), SIPRI's broader military expenditure, and the NATO-style figure US officials quote. The horizontal lines are the goals on the table.",
  chart: "time",
  series: [
    { id: "rok_defense_gdp_mnd", legend: "MND", mark: "line" },
    { id: "rok_defense_gdp_sipri", legend: "SIPRI", mark: "dots" },
  ],
  milestoneHeading: "Pressure and pledges",
  facts: [
    { id: "rok_defense_gdp_us_statement", role: "point", legend: "US officials (NATO-style)" },
    { id: "fact_sheet_2025_11", role: "target", legend: "ROK goal, Joint Fact Sheet (Nov 2025)" },
    { id: "target_5pct_gdp", role: "target", legend: "US standard (Jun 2025)" },
    { id: "nato_hague_5pct", role: "target", legend: "NATO allies by 2035" },
    { id: "us_pressure_asia_allies", role: "milestone" },
    { id: "lee_defense_pledge", role: "milestone" },
    { id: "fact_sheet_2025_11_us_arms", role: "milestone" },
  ],
  sourceIds: ["chosunbiz-2025-06-27-nato-5pct", "newdaily-2025-04-28-sipri", "chosunbiz-2025-06-20-pentagon-5pct", "koreaherald-10616401"],
  links: ALLIANCE_LINKS,
  summarize: summarizeRokDefenceBurden,
};

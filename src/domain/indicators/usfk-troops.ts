import { formatDate } from "../format";
import { factsWithRole, pointsOf, unitOf } from "./resolve";
import { changeIn, describeChange, earliestPoint, latestPoint, percentChange, withUnit } from "./series-math";
import { ALLIANCE_LINKS } from "./links";
import type { IndicatorDef, ResolvedIndicator, SummaryWords } from "./types";

/**
 * "About 28,500 troops (2026), unchanged since 2024. FY2026 NDAA floor (18 Dec 2025): 28,500 troops.
 * Troops reportedly considered for relocation (22 May 2025): 4,500 troops." Legal floors are `target`
 * facts, reports are `event` facts.
 */
export function summarizeUsfkTroops(r: ResolvedIndicator, w?: SummaryWords): string {
  const points = pointsOf(r, 0);
  const last = latestPoint(points);
  const first = earliestPoint(points);
  if (!last || !first) return w ? w.say("indicators.summary.none") : "No figures in the data.";
  const facts = [...factsWithRole(r, "target"), ...factsWithRole(r, "event").slice(0, 1)];
  if (w) {
    let ko = w.say("indicators.summary.usfk.latest", { amount: w.amount(last.value, unitOf(r, 0)), date: w.date(last.date) });
    if (first !== last)
      ko += `, ${w.say("indicators.summary.usfk.since", { change: changeIn(percentChange(first.value, last.value), w), date: w.date(first.date) })}`;
    for (const { data } of facts)
      if (data.figure)
        ko += `. ${w.say("indicators.summary.fact", {
          label: data.figure.label ?? data.label,
          date: w.date(data.figure.asOf ?? data.date ?? ""),
          amount: w.amount(data.figure.value, data.figure.unit),
        })}`;
    return `${ko}.`;
  }
  let text = `About ${withUnit(last.value, unitOf(r, 0))} (${formatDate(last.date)})`;
  if (first !== last) text += `, ${describeChange(percentChange(first.value, last.value))} since ${formatDate(first.date)}`;
  for (const { data } of facts)
    if (data.figure)
      text += `. ${data.figure.label ?? data.label} (${formatDate(data.figure.asOf ?? data.date ?? "")}): ${withUnit(data.figure.value, data.figure.unit)}`;
  return `${text}.`;
}

export const USFK_TROOPS: IndicatorDef = {
  id: "usfk-troops",
  panel: "alliance",
  title: "US Forces Korea",
  unit: "troops",
  direction: "neutral",
  method:
    "The authorised, commonly cited strength of US Forces Korea as reported by Yonhap and others; not a head count on a given day. No official 2026 head count was found: 28,500 is also the floor the FY2026 NDAA sets for any cut.",
  chart: "stat",
  series: [{ id: "usfk_troops", legend: "USFK strength", mark: "line" }],
  facts: [
    { id: "usfk_ndaa_fy2026_floor", role: "target" },
    { id: "usfk_drawdown_report", role: "event" },
    { id: "usfk_patriots_gulf_2026", role: "milestone" },
    { id: "trump_money_machine", role: "milestone" },
    { id: "usfk_enduring_presence", role: "milestone" },
  ],
  sourceIds: ["joongang-2025-05-23-usfk-denial", "joongang-2025-12-19-ndaa"],
  links: ALLIANCE_LINKS,
  summarize: summarizeUsfkTroops,
};

import { formatDate } from "../format";
import { factsWithRole, pointsOf, unitOf } from "./resolve";
import { describeChange, earliestPoint, latestPoint, percentChange, withUnit } from "./series-math";
import { ALLIANCE_LINKS } from "./links";
import type { IndicatorDef, ResolvedIndicator } from "./types";

/** "About 28,500 troops (2025), unchanged since 2024. Reported relocation option (22 May 2025): 4,500 troops." */
export function summarizeUsfkTroops(r: ResolvedIndicator): string {
  const points = pointsOf(r, 0);
  const last = latestPoint(points);
  const first = earliestPoint(points);
  if (!last || !first) return "No figures in the data.";
  let text = `About ${withUnit(last.value, unitOf(r, 0))} (${formatDate(last.date)})`;
  if (first !== last) text += `, ${describeChange(percentChange(first.value, last.value))} since ${formatDate(first.date)}`;
  const report = factsWithRole(r, "event")[0]?.data;
  if (report?.figure)
    text += `. ${report.figure.label ?? report.label} (${formatDate(report.figure.asOf ?? report.date ?? "")}): ${withUnit(report.figure.value, report.figure.unit)}`;
  return `${text}.`;
}

export const USFK_TROOPS: IndicatorDef = {
  id: "usfk-troops",
  panel: "alliance",
  title: "US Forces Korea",
  unit: "troops",
  direction: "neutral",
  method: "The authorised, commonly cited strength of US Forces Korea as reported by Yonhap and others; not a head count on a given day.",
  chart: "stat",
  series: [{ id: "usfk_troops", legend: "USFK strength", mark: "line" }],
  facts: [
    { id: "usfk_drawdown_report", role: "event" },
    { id: "trump_money_machine", role: "milestone" },
    { id: "usfk_enduring_presence", role: "milestone" },
  ],
  sourceIds: ["joongang-2025-05-23-usfk-denial"],
  links: ALLIANCE_LINKS,
  summarize: summarizeUsfkTroops,
};

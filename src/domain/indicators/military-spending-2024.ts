import { formatDate } from "../format";
import { factsWithRole, pointsOf, unitOf } from "./resolve";
import { latestPoint, listByValue, withUnit } from "./series-math";
import { NO_LINKS } from "./links";
import type { IndicatorDef, ResolvedIndicator } from "./types";

/** "In 2024 (USD bn, SIPRI): United States 997, China 314, … and South Korea 47.6; world total 2,718 USD bn." */
export function summarizeRanking(r: ResolvedIndicator): string {
  const points = pointsOf(r, 0);
  const when = latestPoint(points);
  if (!when) return "No figures in the data.";
  let text = `In ${formatDate(when.date)} (${unitOf(r, 0)}, SIPRI): ${listByValue(points)}`;
  const total = factsWithRole(r, "total")[0]?.data.figure;
  if (total) text += `; world total ${withUnit(total.value, total.unit)}`;
  return `${text}.`;
}

export const MILITARY_SPENDING_2024: IndicatorDef = {
  id: "military-spending-2024",
  panel: "threats",
  title: "Military spending in 2024, for context (SIPRI)",
  unit: "USD bn",
  direction: "neutral",
  method: "SIPRI Military Expenditure Database (release of 28 Apr 2025), current US dollars; China and Russia are SIPRI estimates. SIPRI does not estimate North Korea.",
  chart: "label-bars",
  series: [{ id: "sipri_milex_2024", legend: "Military expenditure, 2024", mark: "line" }],
  milestoneHeading: "North Korea, which SIPRI does not cover",
  facts: [
    { id: "sipri_world_milex_2024", role: "total" },
    { id: "dprk_milex_wmeat", role: "milestone" },
  ],
  sourceIds: ["saba-sipri-3472467"],
  links: NO_LINKS,
  summarize: summarizeRanking,
};

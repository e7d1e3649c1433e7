import { formatDate } from "../format";
import { pointsOf } from "./resolve";
import { latestPoint, peakPoint, withUnit } from "./series-math";
import { DPRK_PROGRAMME_LINKS } from "./links";
import type { IndicatorDef, ResolvedIndicator } from "./types";

/**
 * The latest count of the first method against its peak, then what every method counted in that
 * peak year: "Japan MoD counted 6 launch occasions in 2025 (unverified), down from a record 31 in
 * 2022. For 2022: 31 launch occasions (Japan MoD…), 59 missiles (…), 68 missile tests (…) and 99 missiles (…)."
 */
export function summarizeDprkLaunches(r: ResolvedIndicator): string {
  const main = r.series[0];
  const points = pointsOf(r, 0);
  const last = latestPoint(points);
  const peak = peakPoint(points);
  if (!main || !last || !peak) return "No figures in the data.";
  const flag = last.confidence === "unverified" ? " (unverified compilation)" : "";
  let text = `${main.ref.legend.split(":")[0]} counted ${withUnit(last.value, main.data.unit)} in ${formatDate(last.date)}${flag}`;
  if (peak !== last) text += `, ${last.value < peak.value ? "down" : "up"} from a peak of ${peak.value} in ${formatDate(peak.date)}`;
  const inPeakYear = r.series.flatMap(({ ref, data }) => {
    const p = data.points.find((q) => q.date === peak.date);
    return p ? [`${withUnit(p.value, data.unit)} (${ref.legend.split(":")[0]})`] : [];
  });
  if (inPeakYear.length > 1)
    text += `. For ${formatDate(peak.date)} the methods give ${inPeakYear.slice(0, -1).join(", ")} and ${inPeakYear.at(-1)}`;
  return `${text}.`;
}

const WHY =
  "Counts depend on the method, so each source is its own bar, never one merged line. Japan's Ministry of Defense counts launch occasions (events) and, separately, missiles fired (several can go up on one occasion), including satellite launches that use ballistic-missile technology. CNS/NTI counts only missiles able to carry 500 kg over 300 km. The CSIS Missile Defense Project counts every missile launch of any type. For 2024 and 2025 there is no official total: the outlined bars are compilations of reported launches, marked unverified.";

export const DPRK_LAUNCHES: IndicatorDef = {
  id: "dprk-launches",
  panel: "threats",
  title: "North Korean missile launches per year, by counting method",
  unit: "count",
  direction: "up_bad",
  method: WHY,
  chart: "year-bars",
  series: [
    { id: "dprk_launches_japan_mod", legend: "Japan MoD: launch occasions", mark: "line" },
    { id: "dprk_missiles_japan_mod", legend: "Japan MoD: missiles", mark: "line" },
    { id: "dprk_launches_cns", legend: "CNS/NTI: missile tests (500 kg / 300 km)", mark: "line" },
    { id: "dprk_launches_csis", legend: "CSIS: all missile launches", mark: "line" },
  ],
  milestoneHeading: "A record test",
  facts: [{ id: "dprk_hwasong19_test", role: "milestone" }],
  sourceIds: ["nhk-2024-01-02-japan-mod", "newdaily-2022-12-06-cns", "jbpress-73373-csis"],
  links: DPRK_PROGRAMME_LINKS,
  summarize: summarizeDprkLaunches,
};

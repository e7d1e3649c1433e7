import { formatDate } from "../format";
import { pointsOf } from "./resolve";
import { isYearOnly, latestPoint, peakPoint, withUnit, yearFraction } from "./series-math";
import { DPRK_PROGRAMME_LINKS } from "./links";
import type { IndicatorDef, ResolvedIndicator, SummaryWords } from "./types";

const methodName = (legend: string) => legend.split(":")[0] ?? legend;

/**
 * The newest year-to-date count (a point dated to a day or month, not a year), of any method:
 * "Reuters counted 7 launches in 2026 as of 19 Apr 2026 (a year-to-date count; no Japan MoD count
 * for 2026 in the data)". Null when every point is a full year.
 */
function yearToDate(r: ResolvedIndicator, w?: SummaryWords): string | null {
  const legend = (ref: ResolvedIndicator["series"][number]["ref"]) => (w ? w.legend(ref.id, ref.legend) : ref.legend);
  let best: { legend: string; unit: string; date: string; value: number } | null = null;
  for (const { ref, data } of r.series)
    for (const p of data.points)
      if (!isYearOnly(p.date) && (!best || yearFraction(p.date) > yearFraction(best.date)))
        best = { legend: legend(ref), unit: data.unit, date: p.date, value: p.value };
  if (!best) return null;
  const year = best.date.slice(0, 4);
  const main = r.series[0];
  const mainHasYear = main?.data.points.some((p) => p.date.startsWith(year)) ?? true;
  if (w) {
    const gapKo = main && !mainHasYear ? w.say("indicators.summary.launches.ytdGap", { method: methodName(legend(main.ref)), year }) : "";
    return w.say("indicators.summary.launches.ytd", {
      method: methodName(best.legend),
      amount: w.amount(best.value, best.unit),
      year,
      date: w.date(best.date),
      gap: gapKo,
    });
  }
  const gap = main && !mainHasYear ? `; no ${methodName(main.ref.legend)} count for ${year} in the data` : "";
  return `${methodName(best.legend)} counted ${withUnit(best.value, best.unit)} in ${year} as of ${formatDate(best.date)} (a year-to-date count${gap})`;
}

/**
 * The newest year-to-date count, if any; then the latest full-year count of the first method
 * against its peak, and what every method counted in that peak year: "Japan MoD counted 6 launch
 * occasions in 2025 (unverified), down from a record 31 in 2022. For 2022: 31 launch occasions
 * (Japan MoD…), 59 missiles (…), 68 missile tests (…) and 99 missiles (…)."
 */
export function summarizeDprkLaunches(r: ResolvedIndicator, w?: SummaryWords): string {
  const main = r.series[0];
  const points = pointsOf(r, 0);
  const last = latestPoint(points);
  const peak = peakPoint(points);
  if (!main || !last || !peak) return w ? w.say("indicators.summary.none") : "No figures in the data.";
  if (w) {
    const ytdKo = yearToDate(r, w);
    let ko = `${ytdKo ? `${ytdKo}. ` : ""}${w.say("indicators.summary.launches.latest", {
      method: methodName(w.legend(main.ref.id, main.ref.legend)),
      amount: w.amount(last.value, main.data.unit),
      date: w.date(last.date),
      unverified: last.confidence === "unverified" ? "yes" : "no",
    })}`;
    if (peak !== last)
      ko += `, ${w.say("indicators.summary.launches.fromPeak", { dir: last.value < peak.value ? "down" : "up", peak: w.number(peak.value), date: w.date(peak.date) })}`;
    const byMethod = r.series.flatMap(({ ref, data }) => {
      const p = data.points.find((q) => q.date === peak.date);
      return p ? [w.say("indicators.summary.byLegend", { amount: w.amount(p.value, data.unit), legend: methodName(w.legend(ref.id, ref.legend)) })] : [];
    });
    if (byMethod.length > 1) ko += `. ${w.say("indicators.summary.launches.peakYear", { date: w.date(peak.date), list: w.list(byMethod) })}`;
    return `${ko}.`;
  }
  const flag = last.confidence === "unverified" ? " (unverified compilation)" : "";
  const ytd = yearToDate(r);
  let text = `${ytd ? `${ytd}. ` : ""}${methodName(main.ref.legend)} counted ${withUnit(last.value, main.data.unit)} in ${formatDate(last.date)}${flag}`;
  if (peak !== last) text += `, ${last.value < peak.value ? "down" : "up"} from a peak of ${peak.value} in ${formatDate(peak.date)}`;
  const inPeakYear = r.series.flatMap(({ ref, data }) => {
    const p = data.points.find((q) => q.date === peak.date);
    return p ? [`${withUnit(p.value, data.unit)} (${methodName(ref.legend)})`] : [];
  });
  if (inPeakYear.length > 1)
    text += `. For ${formatDate(peak.date)} the methods give ${inPeakYear.slice(0, -1).join(", ")} and ${inPeakYear.at(-1)}`;
  return `${text}.`;
}

const WHY =
  "Counts depend on the method, so each source is its own bar, never one merged line. Japan's Ministry of Defense counts launch occasions (events) and, separately, missiles fired (several can go up on one occasion), including satellite launches that use ballistic-missile technology. CNS/NTI counts only missiles able to carry 500 kg over 300 km. The CSIS Missile Defense Project counts every missile launch of any type. For 2024 and 2025 there is no official total: the outlined bars are compilations of reported launches, marked unverified. For 2026 the only count found is Reuters' running tally of ballistic-missile launches, to the date of its latest report: a year-to-date figure, not a full-year total (no Japan MoD or ROK JCS total for 2026 was found).";

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
    { id: "dprk_launches_reuters", legend: "Reuters: ballistic-missile launches, year to date", mark: "line" },
  ],
  milestoneHeading: "A record test",
  facts: [{ id: "dprk_hwasong19_test", role: "milestone" }],
  sourceIds: ["nhk-2024-01-02-japan-mod", "newdaily-2022-12-06-cns", "jbpress-73373-csis", "reuters-tingchao-2026-04-19-launch"],
  links: DPRK_PROGRAMME_LINKS,
  summarize: summarizeDprkLaunches,
};

import { formatDate, formatNumber } from "../format";
import { pointsOf } from "./resolve";
import { latestPoint, yearFraction } from "./series-math";
import { ALLIANCE_LINKS } from "./links";
import type { IndicatorDef, ResolvedIndicator, SummaryWords } from "./types";

/** "Combined field exercises in Freedom Shield: 22 in 2026, down from 51 in 2025." (first series) */
function fieldExercises(r: ResolvedIndicator, w?: SummaryWords): string {
  const points = pointsOf(r, 0);
  const last = latestPoint(points);
  if (!last || !r.series[0]) return "";
  const before = points.filter((p) => yearFraction(p.date) < yearFraction(last.date));
  const prev = latestPoint(before);
  if (w) {
    const { ref } = r.series[0];
    const trendKo = prev
      ? `, ${w.say("indicators.summary.exercises.trend", {
          dir: last.value < prev.value ? "down" : last.value > prev.value ? "up" : "same",
          value: w.number(prev.value),
          date: w.date(prev.date),
        })}`
      : "";
    return ` ${w.say("indicators.summary.exercises.field", { legend: w.legend(ref.id, ref.legend), value: w.number(last.value), date: w.date(last.date) })}${trendKo}.`;
  }
  const trend = prev ? `, ${last.value < prev.value ? "down" : last.value > prev.value ? "up" : "unchanged"} from ${formatNumber(prev.value)} in ${formatDate(prev.date)}` : "";
  return ` ${r.series[0].ref.legend}: ${formatNumber(last.value)} in ${formatDate(last.date)}${trend}.`;
}

/** "7 major combined exercises from 13 Mar 2023 to 28 Aug 2025; the latest is …", then the field-exercise count. */
export function summarizeExercises(r: ResolvedIndicator, w?: SummaryWords): string {
  const sorted = [...r.exercises].sort((a, b) => a.start.localeCompare(b.start));
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!first || !last) return w ? w.say("indicators.summary.exercises.none") : "No exercises in the data.";
  const lastEnd = sorted.reduce((m, x) => (x.end > m ? x.end : m), first.end);
  if (w)
    return `${w.say("indicators.summary.exercises.span", {
      count: sorted.length,
      from: w.date(first.start),
      to: w.date(lastEnd),
      name: last.name,
      start: w.date(last.start),
      end: w.date(last.end),
    })}${fieldExercises(r, w)}`;
  return `${sorted.length} major combined exercises from ${formatDate(first.start)} to ${formatDate(lastEnd)}; the latest is ${last.name} (${formatDate(last.start)} – ${formatDate(last.end)}).${fieldExercises(r)}`;
}

export const ALLIANCE_EXERCISES: IndicatorDef = {
  id: "alliance-exercises",
  panel: "alliance",
  title: "Major combined exercises",
  unit: "days",
  direction: "neutral",
  method:
    "Start and end dates as announced by the ROK Joint Chiefs of Staff, USFK or wire reports; where sources differ the note says so. The count of combined field exercises in Freedom Shield follows one outlet's rule (company level and above); other outlets count differently, as the table says. Ulchi Freedom Shield 26 and Freedom Edge 26 were not found in the sources read.",
  chart: "calendar",
  series: [{ id: "freedom_shield_field_exercises", legend: "Combined field exercises in Freedom Shield", mark: "line" }],
  facts: [],
  exercises: true,
  sourceIds: [],
  links: ALLIANCE_LINKS,
  summarize: summarizeExercises,
};

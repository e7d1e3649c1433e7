import { formatDate } from "../format";
import { ALLIANCE_LINKS } from "./links";
import type { IndicatorDef, ResolvedIndicator } from "./types";

/** "7 major combined exercises from 13 Mar 2023 to 28 Aug 2025; the latest is …" */
export function summarizeExercises(r: ResolvedIndicator): string {
  const sorted = [...r.exercises].sort((a, b) => a.start.localeCompare(b.start));
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!first || !last) return "No exercises in the data.";
  const lastEnd = sorted.reduce((m, x) => (x.end > m ? x.end : m), first.end);
  return `${sorted.length} major combined exercises from ${formatDate(first.start)} to ${formatDate(lastEnd)}; the latest is ${last.name} (${formatDate(last.start)} – ${formatDate(last.end)}).`;
}

export const ALLIANCE_EXERCISES: IndicatorDef = {
  id: "alliance-exercises",
  panel: "alliance",
  title: "Major combined exercises",
  unit: "days",
  direction: "neutral",
  method: "Start and end dates as announced by the ROK Joint Chiefs of Staff, USFK or wire reports; where sources differ the note says so.",
  chart: "calendar",
  series: [],
  facts: [],
  exercises: true,
  sourceIds: [],
  links: ALLIANCE_LINKS,
  summarize: summarizeExercises,
};

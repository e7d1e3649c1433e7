/** The exercise calendar: each exercise as a span of its year, in percent of the year. */
import type { Exercise } from "../schemas";
import { yearFraction } from "./series-math";

export interface CalendarBar {
  id: string;
  name: string;
  start: string;
  end: string;
  /** Left edge and width, percent of the year (width at least 1 so a one-day drill shows). */
  left: number;
  width: number;
  confidence: Exercise["confidence"];
}

export interface CalendarYear {
  year: number;
  bars: CalendarBar[];
  /** Where the "as of" date falls in this year, percent; null when it is in another year. */
  asOf: number | null;
}

function dayEdge(date: string, end: boolean): number {
  // yearFraction gives the middle of a day; move half a day to its start or end.
  const y = Number(date.slice(0, 4));
  const days = (Date.UTC(y + 1, 0, 1) - Date.UTC(y, 0, 1)) / 86_400_000;
  return (yearFraction(date) - y + (end ? 0.5 : -0.5) / days) * 100;
}

/**
 * One row per calendar year from the first exercise to the last; an exercise that crosses New
 * Year is cut at 31 December (none in the data does).
 */
export function buildCalendar(exercises: readonly Exercise[], asOf: string | null): CalendarYear[] {
  if (exercises.length === 0) return [];
  const years = exercises.map((x) => Number(x.start.slice(0, 4)));
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  const out: CalendarYear[] = [];
  for (let y = lo; y <= hi; y++) {
    const bars = exercises
      .filter((x) => Number(x.start.slice(0, 4)) === y)
      .sort((a, b) => a.start.localeCompare(b.start))
      .map((x) => {
        const left = dayEdge(x.start, false);
        const right = x.end.slice(0, 4) === x.start.slice(0, 4) ? dayEdge(x.end, true) : 100;
        return { id: x.id, name: x.name, start: x.start, end: x.end, left, width: Math.max(1, right - left), confidence: x.confidence };
      });
    const asOfHere = asOf && Number(asOf.slice(0, 4)) === y ? dayEdge(asOf, false) : null;
    out.push({ year: y, bars, asOf: asOfHere });
  }
  return out;
}

/** "Ulchi Freedom Shield 25" → "UFS 25"; "Freedom Edge 24 (US–ROK–Japan)" → "FE 24". */
export function exerciseShortName(name: string): string {
  const words = name.replace(/\(.*?\)/g, "").trim().split(/\s+/);
  const initials = words.filter((w) => /^[A-Za-z]/.test(w)).map((w) => w[0]!.toUpperCase()).join("");
  const number = words.find((w) => /^\d+$/.test(w));
  return number ? `${initials} ${number}` : initials;
}

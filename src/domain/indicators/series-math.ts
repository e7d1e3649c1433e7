/**
 * Pure maths over sourced series: time positions, latest values, year-on-year change, ranges and
 * the words of a trend sentence. Dates are the data's partial dates (YYYY, YYYY-MM or YYYY-MM-DD).
 */
import type { Point } from "../schemas";
import { formatDate, formatNumber } from "../format";
import type { Lang } from "../locale";
import type { SummaryWords } from "./types";

/**
 * A partial date as a decimal year, placed in the middle of the period it names:
 * "2024" → 2024.5, "2024-01" → mid-January, "2024-03-15" → that day. Monotonic in the date.
 */
export function yearFraction(date: string): number {
  const [ys, ms, ds] = date.split("-");
  const y = Number(ys);
  if (!ms) return y + 0.5;
  const m = Number(ms) - 1;
  const start = Date.UTC(y, 0, 1);
  const len = Date.UTC(y + 1, 0, 1) - start;
  const from = Date.UTC(y, m, ds ? Number(ds) : 1);
  const to = ds ? from + 86_400_000 : Date.UTC(y, m + 1, 1);
  return y + ((from + to) / 2 - start) / len;
}

/** True when the date names a whole year ("2024"). */
export function isYearOnly(date: string): boolean {
  return /^\d{4}$/.test(date);
}

/** The latest point by date (ties: last in file order), or undefined for none. */
export function latestPoint<P extends Pick<Point, "date">>(points: readonly P[]): P | undefined {
  let best: P | undefined;
  for (const p of points) if (!best || yearFraction(p.date) >= yearFraction(best.date)) best = p;
  return best;
}

/** The earliest point by date (ties: first in file order). */
export function earliestPoint<P extends Pick<Point, "date">>(points: readonly P[]): P | undefined {
  let best: P | undefined;
  for (const p of points) if (!best || yearFraction(p.date) < yearFraction(best.date)) best = p;
  return best;
}

/** Percentage change from `from` to `to` (10 → 11 is 10); null when `from` is 0. */
export function percentChange(from: number, to: number): number | null {
  if (from === 0) return null;
  return ((to - from) / Math.abs(from)) * 100;
}

/**
 * Year-on-year change of each point of a yearly series, in percent, keyed by date. Only a point
 * whose previous calendar year is also in the series gets a change (null otherwise), so a gap is
 * never reported as one year's growth.
 */
export function yoyChanges(points: readonly Pick<Point, "date" | "value">[]): Map<string, number | null> {
  const byYear = new Map<number, number>();
  for (const p of points) if (isYearOnly(p.date)) byYear.set(Number(p.date), p.value);
  const out = new Map<string, number | null>();
  for (const p of points) {
    const prev = isYearOnly(p.date) ? byYear.get(Number(p.date) - 1) : undefined;
    out.set(p.date, prev === undefined ? null : percentChange(prev, p.value));
  }
  return out;
}

/** Smallest and largest value of the points (using low/high where a range is given). */
export function valueRange(points: readonly Pick<Point, "value" | "low" | "high">[]): { min: number; max: number } | null {
  if (points.length === 0) return null;
  let min = Infinity;
  let max = -Infinity;
  for (const p of points) {
    min = Math.min(min, p.low ?? p.value, p.value);
    max = Math.max(max, p.high ?? p.value, p.value);
  }
  return { min, max };
}

/** True when every step is a rise (at least two points, in date order). */
export function risesEveryStep(points: readonly Pick<Point, "date" | "value">[]): boolean {
  const sorted = [...points].sort((a, b) => yearFraction(a.date) - yearFraction(b.date));
  return sorted.length > 1 && sorted.every((p, i) => i === 0 || p.value > sorted[i - 1]!.value);
}

/** The point with the highest value (first one on ties). */
export function peakPoint<P extends Pick<Point, "value">>(points: readonly P[]): P | undefined {
  return points.reduce<P | undefined>((best, p) => (!best || p.value > best.value ? p : best), undefined);
}

/** "up 7.5%", "down 3%", "unchanged" (|change| < 0.05%), or "" when unknown. */
export function describeChange(pct: number | null): string {
  if (pct === null || !Number.isFinite(pct)) return "";
  if (Math.abs(pct) < 0.05) return "unchanged";
  return `${pct > 0 ? "up" : "down"} ${formatNumber(Math.abs(pct), 1)}%`;
}

/** `describeChange` in the words' language: "7.5% 증가", "3% 감소", "변동 없음", or "" when unknown. */
export function changeIn(pct: number | null, w: SummaryWords): string {
  if (pct === null || !Number.isFinite(pct)) return "";
  if (Math.abs(pct) < 0.05) return w.say("indicators.summary.change", { dir: "same", pct: "0" });
  return w.say("indicators.summary.change", { dir: pct > 0 ? "up" : "down", pct: w.number(Math.abs(pct), 1) });
}

/** Signed percentage for tables: "+7.5%", "−3%", "0%". */
export function formatSignedPercent(pct: number): string {
  const r = Number(pct.toFixed(1));
  if (r === 0) return "0%";
  return `${r > 0 ? "+" : "−"}${formatNumber(Math.abs(r), 1)}%`;
}

/** Every digit the data has (tables are for copying): 57.0143 stays 57.0143, 28500 → "28,500". */
export function formatExact(n: number): string {
  return n.toLocaleString("en-US", { maximumFractionDigits: 6 });
}

/** "up to 90" / "최대 90", "at least 55" / "최소 55". */
const BOUND_WORDS: Record<Lang, { high: (n: string) => string; low: (n: string) => string }> = {
  en: { high: (n) => `up to ${n}`, low: (n) => `at least ${n}` },
  ko: { high: (n) => `최대 ${n}`, low: (n) => `최소 ${n}` },
};

/**
 * A value with its range, e.g. "12 (12–13)", "up to 90" or "55 (up to 90)"; exact digits. Korean
 * (`lang` "ko"): "최대 90", "55 (최대 90)", "최소 55".
 */
export function formatPointValue(p: Pick<Point, "value" | "low" | "high">, lang: Lang = "en"): string {
  const w = BOUND_WORDS[lang];
  if (p.low !== undefined && p.high !== undefined) return `${formatExact(p.value)} (${formatExact(p.low)}–${formatExact(p.high)})`;
  if (p.high !== undefined) return p.high === p.value ? w.high(formatExact(p.high)) : `${formatExact(p.value)} (${w.high(formatExact(p.high))})`;
  if (p.low !== undefined) return p.low === p.value ? w.low(formatExact(p.low)) : `${formatExact(p.value)} (${w.low(formatExact(p.low))})`;
  return formatExact(p.value);
}

/** "65.86 KRW tn (2026)": a rounded value with unit and date, for summary sentences. */
export function valueAt(p: Pick<Point, "value" | "date">, unit: string): string {
  return `${withUnit(p.value, unit)} (${formatDate(p.date)})`;
}

/**
 * The highest value a CPI-indexed payment can reach under an annual cap: `base` grown by `capPct`
 * each year for `years` years, one entry per year after `baseYear`.
 */
export function cappedCeiling(base: number, baseYear: number, capPct: number, years: number): { year: number; value: number }[] {
  const out: { year: number; value: number }[] = [];
  let v = base;
  for (let i = 1; i <= years; i++) {
    v *= 1 + capPct / 100;
    out.push({ year: baseYear + i, value: Math.round(v * 10_000) / 10_000 });
  }
  return out;
}

/** "2.4% of GDP", "28,500 troops": a rounded value followed by its unit. */
export function withUnit(value: number, unit: string): string {
  return unit.startsWith("%") ? `${formatNumber(value)}${unit}` : `${formatNumber(value)} ${unit}`;
}

/** "A 997, B 314 and C 149": labelled points, largest first. */
export function listByValue(points: readonly Pick<Point, "value" | "label" | "date">[]): string {
  const items = [...points].sort((a, b) => b.value - a.value).map((p) => `${p.label ?? formatDate(p.date)} ${formatNumber(p.value)}`);
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/**
 * Turns a resolved indicator into what a chart draws and what its table view lists. Pure: the
 * components only map these models to recharts elements and table cells.
 */
import type { Point } from "../schemas";
import type { Confidence } from "../types";
import { formatDate, formatNumber } from "../format";
import { factPoint } from "./resolve";
import {
  cappedCeiling,
  formatExact,
  isYearOnly,
  latestPoint,
  withUnit,
  yearFraction,
  yoyChanges,
} from "./series-math";
import type { ResolvedIndicator, SeriesMark } from "./types";

/** What a tooltip or a dot needs to know about one plotted value. */
export interface PointMeta {
  legend: string;
  unit: string;
  date: string;
  label?: string;
  value: number;
  low?: number;
  high?: number;
  confidence: Confidence;
  /** Computed year-on-year change, percent. */
  yoy?: number | null;
}

export interface ChartRow {
  /** Time (decimal year) or category (year or label). */
  x: number | string;
  /** Plotted values by key; ranges as [low, high] under `${key}~band`; errors as [−, +] under `${key}~err`. */
  values: Record<string, number | [number, number] | undefined>;
  meta: Record<string, PointMeta>;
}

export interface PlotSpec {
  key: string;
  legend: string;
  /** Palette index: one per series, stable across segments. */
  color: number;
  mark: Exclude<SeriesMark, "figure">;
  /** Only the first segment of a broken line appears in the legend. */
  inLegend: boolean;
}

export interface ReferenceMark {
  value: number;
  label: string;
}

export interface AsOfMark {
  x: number | string;
  label: string;
  /** Which side of the line the label goes, so it stays inside the chart near either edge. */
  side: "left" | "right";
}

export interface TimeChartModel {
  rows: ChartRow[];
  plots: PlotSpec[];
  domain: [number, number];
  ticks: { value: number; label: string }[];
  targets: ReferenceMark[];
  asOf: AsOfMark | null;
}

export interface BarChartModel {
  rows: ChartRow[];
  plots: PlotSpec[];
  asOf: AsOfMark | null;
  /** No category has two values: draw one full-width bar per category instead of a group. */
  stacked: boolean;
}

interface Plotted {
  key: string;
  legend: string;
  color: number;
  mark: Exclude<SeriesMark, "figure">;
  unit: string;
  points: readonly Point[];
  yoy: Map<string, number | null> | null;
}

function plottedSeries(r: ResolvedIndicator): Plotted[] {
  const out: Plotted[] = [];
  r.series.forEach(({ ref, data }, i) => {
    if (ref.mark === "figure") return;
    const yoy = r.def.yoy ? yoyChanges(data.points) : null;
    out.push({ key: ref.id, legend: ref.legend, color: i, mark: ref.mark, unit: data.unit, points: data.points, yoy });
  });
  r.facts.forEach(({ ref, data }, i) => {
    const p = ref.role === "point" ? factPoint(data) : null;
    if (p) out.push({ key: `fact:${ref.id}`, legend: ref.legend ?? data.label, color: r.series.length + i, mark: "dots", unit: data.figure!.unit, points: [p], yoy: null });
  });
  return out;
}

function metaOf(s: Plotted, p: Point): PointMeta {
  const m: PointMeta = { legend: s.legend, unit: s.unit, date: p.date, value: p.value, confidence: p.confidence };
  if (p.label !== undefined) m.label = p.label;
  if (p.low !== undefined) m.low = p.low;
  if (p.high !== undefined) m.high = p.high;
  if (s.yoy) m.yoy = s.yoy.get(p.date) ?? null;
  return m;
}

/** Split a line where a yearly series skips a year, so a gap is never drawn as a trend. */
export function lineSegments(points: readonly Point[]): Point[][] {
  const sorted = [...points].sort((a, b) => yearFraction(a.date) - yearFraction(b.date));
  const segs: Point[][] = [];
  sorted.forEach((p, i) => {
    const prev = sorted[i - 1];
    const gap = prev && isYearOnly(prev.date) && isYearOnly(p.date) && Number(p.date) - Number(prev.date) > 1;
    if (!prev || gap) segs.push([p]);
    else segs[segs.length - 1]!.push(p);
  });
  return segs;
}

function addToRow(rows: ChartRow[], x: number | string, key: string, value: number, meta: PointMeta): ChartRow {
  // Two points of one series on the same date (two estimators) get separate rows.
  let row = rows.find((r) => r.x === x && !(key in r.values));
  if (!row) {
    row = { x, values: {}, meta: {} };
    rows.push(row);
  }
  row.values[key] = value;
  row.meta[key] = meta;
  return row;
}

function asOfLabel(asOf: string): string {
  return `As of ${formatDate(asOf)}`;
}

/** Lines (and bands, and dots) on a decimal-year axis, with targets and the "as of" marker. */
export function buildTimeChart(r: ResolvedIndicator, asOf: string | null): TimeChartModel {
  const rows: ChartRow[] = [];
  const plots: PlotSpec[] = [];
  for (const s of plottedSeries(r)) {
    const segs = s.mark === "line" ? lineSegments(s.points) : [[...s.points]];
    segs.forEach((seg, n) => {
      const key = segs.length > 1 ? `${s.key}#${n}` : s.key;
      plots.push({ key, legend: s.legend, color: s.color, mark: s.mark, inLegend: n === 0 });
      for (const p of seg) {
        const row = addToRow(rows, yearFraction(p.date), key, p.value, metaOf(s, p));
        if (s.mark === "band" && p.low !== undefined && p.high !== undefined) row.values[`${key}~band`] = [p.low, p.high];
      }
    });
  }
  rows.sort((a, b) => (a.x as number) - (b.x as number));
  const xs = rows.map((row) => row.x as number);
  const asOfX = asOf ? yearFraction(asOf) : null;
  if (asOfX !== null) xs.push(asOfX);
  const lo = Math.floor(Math.min(...xs));
  const hi = Math.max(lo + 1, Math.ceil(Math.max(...xs)));
  return {
    rows,
    plots,
    domain: [lo, hi],
    ticks: timeTicks(lo, hi, r.series.every((s) => s.data.points.every((p) => isYearOnly(p.date)))),
    targets: targetMarks(r),
    asOf: asOf && asOfX !== null ? { x: asOfX, label: asOfLabel(asOf), side: asOfX - lo > (hi - lo) / 2 ? "left" : "right" } : null,
  };
}

const QUARTERS = ["Jan", "Apr", "Jul", "Oct"];

/**
 * Axis ticks for [lo, hi). Yearly data: a label in the middle of each year, where its points sit.
 * Dated points: a tick at the start of each year, or of each quarter over two years or less.
 */
export function timeTicks(lo: number, hi: number, yearly: boolean): { value: number; label: string }[] {
  const ticks = [];
  if (yearly) for (let y = lo; y < hi; y++) ticks.push({ value: y + 0.5, label: String(y) });
  else if (hi - lo > 2) for (let y = lo; y <= hi; y++) ticks.push({ value: y, label: String(y) });
  else for (let y = lo; y < hi; y++) for (let q = 0; q < 4; q++) ticks.push({ value: y + q / 4, label: `${QUARTERS[q]} ${y}` });
  return ticks;
}


/** Horizontal goal lines from `target` facts; equal values share one line and one label. */
export function targetMarks(r: ResolvedIndicator): ReferenceMark[] {
  const byValue = new Map<number, string[]>();
  for (const { ref, data } of r.facts) {
    if (ref.role !== "target" || !data.figure) continue;
    // One line per value: "5%: US standard (Jun 2025); NATO allies by 2035".
    const list = byValue.get(data.figure.value) ?? [];
    list.push(ref.legend ?? data.label);
    byValue.set(data.figure.value, list);
  }
  return [...byValue.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([value, labels]) => ({ value, label: `${withUnit(value, r.def.unit)}: ${labels.join("; ")}` }));
}

/** The ceiling a `cap` fact allows after the latest point of the first series (e.g. SMA 2027–2030). */
export function capCeiling(r: ResolvedIndicator): { fact: string; legend: string; sourceIds: string[]; points: Point[] } | null {
  const cap = r.facts.find((f) => f.ref.role === "cap");
  const first = r.series[0];
  const base = first ? latestPoint(first.data.points) : undefined;
  if (!cap?.data.figure || !cap.ref.until || !base || !isYearOnly(base.date)) return null;
  const years = cap.ref.until - Number(base.date);
  if (years <= 0) return null;
  const sourceIds = [...new Set([...base.sourceIds, ...cap.data.figure.sourceIds])];
  return {
    fact: cap.ref.id,
    legend: cap.ref.legend ?? cap.data.label,
    sourceIds,
    points: cappedCeiling(base.value, Number(base.date), cap.data.figure.value, years).map((c) => ({
      date: String(c.year),
      value: c.value,
      sourceIds,
      confidence: "secondary",
      note: `Computed: ${formatExact(base.value)} × ${formatNumber(1 + cap.data.figure!.value / 100, 4)}^${c.year - Number(base.date)}. An upper bound, not a forecast.`,
    })),
  };
}

/** Bars per calendar year, one bar per series (counting method), missing years left empty. */
export function buildYearBars(r: ResolvedIndicator, asOf: string | null): BarChartModel {
  const series = plottedSeries(r);
  const ceiling = capCeiling(r);
  if (ceiling)
    series.push({ key: `cap:${ceiling.fact}`, legend: ceiling.legend, color: series.length, mark: "line", unit: r.series[0]?.data.unit ?? r.def.unit, points: ceiling.points, yoy: null });
  const years = series.flatMap((s) => s.points.map((p) => Number(p.date.slice(0, 4))));
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  const rows: ChartRow[] = [];
  for (let y = lo; y <= hi; y++) rows.push({ x: String(y), values: {}, meta: {} });
  for (const s of series)
    for (const p of s.points) {
      const row = rows[Number(p.date.slice(0, 4)) - lo]!;
      row.values[s.key] = p.value;
      row.meta[s.key] = metaOf(s, p);
      if (p.low !== undefined || p.high !== undefined) row.values[`${s.key}~err`] = [p.value - (p.low ?? p.value), (p.high ?? p.value) - p.value];
    }
  const plots = series.map((s) => ({ key: s.key, legend: s.legend, color: s.color, mark: s.mark, inLegend: true }));
  const asOfYear = asOf ? Number(asOf.slice(0, 4)) : null;
  return {
    rows,
    plots,
    stacked: rows.every((row) => Object.keys(row.meta).length <= 1),
    asOf:
      asOf && asOfYear !== null && asOfYear >= lo && asOfYear <= hi
        ? { x: String(asOfYear), label: asOfLabel(asOf), side: asOfYear - lo > (hi - lo) / 2 ? "left" : "right" }
        : null,
  };
}

/** One bar per point label (e.g. per country) of the first plotted series, largest first. */
export function buildLabelBars(r: ResolvedIndicator): BarChartModel {
  const s = plottedSeries(r)[0];
  if (!s) return { rows: [], plots: [], asOf: null, stacked: true };
  const rows = [...s.points]
    .sort((a, b) => b.value - a.value)
    .map((p) => ({ x: p.label ?? formatDate(p.date), values: { [s.key]: p.value }, meta: { [s.key]: metaOf(s, p) } }));
  return { rows, plots: [{ key: s.key, legend: s.legend, color: 0, mark: s.mark, inLegend: true }], asOf: null, stacked: true };
}

/** How to read the direction of an indicator, for its source line. */
export const DIRECTION_NOTE: Record<ResolvedIndicator["def"]["direction"], string> = {
  up_bad: "A rise means a larger threat.",
  up_good: "A rise is good for the alliance.",
  neutral: "Neither a rise nor a fall is good or bad in itself.",
};

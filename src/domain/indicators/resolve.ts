/** Look up an indicator's series, facts and exercises in the indicators file. */
import type { IndicatorsFile, Point } from "../schemas";
import type { Result } from "../result";
import type { IndicatorDef, ResolvedIndicator } from "./types";

/**
 * The indicator with its data, or the list of ids the data file lacks (so the panel can say what
 * is missing instead of drawing a partial chart).
 */
export function resolveIndicator(def: IndicatorDef, file: IndicatorsFile): Result<ResolvedIndicator, string[]> {
  const missing: string[] = [];
  const series = def.series.flatMap((ref) => {
    const data = file.series.find((s) => s.id === ref.id);
    if (!data) missing.push(`series "${ref.id}"`);
    return data ? [{ ref, data }] : [];
  });
  const facts = def.facts.flatMap((ref) => {
    const data = file.facts.find((f) => f.id === ref.id);
    if (!data) missing.push(`fact "${ref.id}"`);
    else if (needsFigure(ref.role) && !data.figure) missing.push(`figure of fact "${ref.id}"`);
    return data ? [{ ref, data }] : [];
  });
  if (missing.length > 0) return { ok: false, error: missing };
  return { ok: true, value: { def, series, facts, exercises: def.exercises ? file.exercises : [] } };
}

function needsFigure(role: string): boolean {
  return role === "point" || role === "target" || role === "cap" || role === "total";
}

/** A fact's figure as a one-point series point, dated by the figure's asOf or the fact's date. */
export function factPoint(fact: ResolvedIndicator["facts"][number]["data"]): Point | null {
  const f = fact.figure;
  const date = f?.asOf ?? fact.date;
  if (!f || !date) return null;
  const p: Point = { date, value: f.value, sourceIds: f.sourceIds, confidence: f.confidence };
  if (f.low !== undefined) p.low = f.low;
  if (f.high !== undefined) p.high = f.high;
  if (f.note !== undefined) p.note = f.note;
  return p;
}

/** Every source id an indicator cites, first-seen order, no duplicates (for its source line). */
export function indicatorSourceIds(r: ResolvedIndicator): string[] {
  const seen = new Set<string>();
  const add = (ids: readonly string[]) => ids.forEach((id) => seen.add(id));
  add(r.def.sourceIds);
  for (const s of r.series) for (const p of s.data.points) add(p.sourceIds);
  for (const f of r.facts) {
    add(f.data.sourceIds);
    if (f.data.figure) add(f.data.figure.sourceIds);
  }
  for (const x of r.exercises) add(x.sourceIds);
  return [...seen];
}

/** The points of the indicator's n-th series (empty when absent). */
export function pointsOf(r: ResolvedIndicator, n: number): readonly Point[] {
  return r.series[n]?.data.points ?? [];
}

/** The unit of the indicator's n-th series, else the indicator's axis unit. */
export function unitOf(r: ResolvedIndicator, n: number): string {
  return r.series[n]?.data.unit ?? r.def.unit;
}

/** The resolved facts with a given role, in declaration order. */
export function factsWithRole(r: ResolvedIndicator, role: ResolvedIndicator["facts"][number]["ref"]["role"]) {
  return r.facts.filter((f) => f.ref.role === role);
}

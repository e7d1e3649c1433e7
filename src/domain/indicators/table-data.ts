/** A chart's table view: the same numbers as the chart, with every digit the data has. */
import type { Point } from "../schemas";
import type { Confidence } from "../types";
import { formatDate } from "../format";
import { capCeiling } from "./chart-data";
import { factPoint } from "./resolve";
import { formatPointValue, formatSignedPercent, yoyChanges } from "./series-math";
import type { ResolvedIndicator } from "./types";
import type { Lang } from "../locale";

export interface TableRowSpec {
  key: string;
  /** Row header: the date, and the point's label when it has one. */
  when: string;
  value: string;
  /** Extra computed column (year-on-year change). */
  extra?: string;
  confidence: Confidence;
  sourceIds: readonly string[];
  note?: string;
}

export interface TableSpec {
  key: string;
  caption: string;
  unit: string;
  method?: string;
  extraHeader?: string;
  rows: TableRowSpec[];
}

/** Formats a point's date in a row header; the English "20 Feb 2026" unless a view passes its own. */
export type DateFormat = (date: string) => string;

function pointRow(key: string, p: Point, extra?: string, fmt: DateFormat = formatDate, lang: Lang = "en"): TableRowSpec {
  const row: TableRowSpec = {
    key,
    when: `${fmt(p.date)}${p.label ? ` (${p.label})` : ""}`,
    value: formatPointValue(p, lang),
    confidence: p.confidence,
    sourceIds: p.sourceIds,
  };
  if (extra !== undefined) row.extra = extra;
  if (p.note) row.note = p.note;
  return row;
}

/**
 * The table view: one table per series in file order, then figures from facts, targets and ceilings.
 * `fmt` formats the dates and `lang` words the ranges ("up to 90" / "최대 90"): a view passes the
 * interface language's.
 */
export function buildTables(r: ResolvedIndicator, fmt: DateFormat = formatDate, lang: Lang = "en"): TableSpec[] {
  const tables: TableSpec[] = r.series.map(({ ref, data }) => {
    const yoy = r.def.yoy ? yoyChanges(data.points) : null;
    const t: TableSpec = {
      key: data.id,
      caption: `${data.label} — ${ref.legend}`,
      unit: data.unit,
      rows: data.points.map((p, i) => {
        const c = yoy?.get(p.date);
        return pointRow(`${data.id}-${i}`, p, yoy ? (c == null ? "—" : formatSignedPercent(c)) : undefined, fmt, lang);
      }),
    };
    if (data.method) t.method = data.method;
    if (yoy) t.extraHeader = "Change on previous year (computed)";
    return t;
  });
  for (const role of ["point", "target"] as const) {
    const facts = r.facts.filter((f) => f.ref.role === role && f.data.figure);
    if (facts.length === 0) continue;
    tables.push({
      key: `facts-${role}`,
      caption: role === "point" ? "Other definitions (single statements)" : "Targets on the table",
      unit: facts[0]!.data.figure!.unit,
      rows: facts.map(({ ref, data }) => {
        const p = factPoint(data)!;
        return { ...pointRow(ref.id, p, undefined, fmt, lang), when: `${fmt(p.date)} (${ref.legend ?? data.label})` };
      }),
    });
  }
  const ceiling = capCeiling(r);
  if (ceiling)
    tables.push({
      key: "ceiling",
      caption: `${ceiling.legend} (computed upper bound)`,
      unit: r.series[0]?.data.unit ?? r.def.unit,
      rows: ceiling.points.map((p, i) => pointRow(`ceiling-${i}`, p, undefined, fmt, lang)),
    });
  return tables;
}

/** Points that are not verified, named for the source line: "Japan MoD: launch occasions 2024, 2025". */
export function unverifiedPoints(r: ResolvedIndicator, fmt: DateFormat = formatDate): string[] {
  return r.series.flatMap(({ ref, data }) => {
    const dates = data.points.filter((p) => p.confidence === "unverified").map((p) => fmt(p.date));
    return dates.length > 0 ? [`${ref.legend} ${[...new Set(dates)].join(", ")}`] : [];
  });
}

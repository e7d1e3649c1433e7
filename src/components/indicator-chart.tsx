import { memo, useMemo, type ReactNode } from "react";
import type { Point, Source } from "../domain/schemas";
import type { ChartKind, ResolvedIndicator } from "../domain/indicators/types";
import { buildLabelBars, buildTimeChart, buildYearBars, type BarChartModel, type TimeChartModel } from "../domain/indicators/chart-data";
import { buildTables, unverifiedPoints, type TableSpec } from "../domain/indicators/table-data";
import { factPoint, indicatorSourceIds } from "../domain/indicators/resolve";
import { latestPoint } from "../domain/indicators/series-math";
import { ChartFrame } from "./chart-frame";
import { seriesCsvRows } from "./export-file";
import { ConfidenceKey } from "./chart-marks";
import { ChartTables } from "./chart-table";
import { CategoryBarChart } from "./category-bar-chart";
import { ConfidenceBadge } from "./confidence-badge";
import { MilestoneList } from "./milestone-list";
import { SourceNote } from "./source-note";
import { SeriesDates } from "./series-dates";
import { TimeSeriesChart } from "./time-series-chart";
import { directionNote, koreanAmount, unitText } from "./indicator-text";
import { formatDate, formatNumber } from "../i18n/format";
import { activeLang, t } from "../i18n/i18n";
import type { PanelMessageKey } from "../domain/i18n/panel-keys";

/** The "as of" marker's label in the interface language (the model's is English). */
function localAsOf<M extends TimeChartModel | BarChartModel>(model: M, asOf: string | null): M {
  return model.asOf && asOf ? { ...model, asOf: { ...model.asOf, label: t("indicators.chart.asOf", { date: formatDate(asOf) }) } } : model;
}

const QUARTER = /^(Jan|Apr|Jul|Oct) (\d{4})$/;
const QUARTER_MONTH: Record<string, number> = { Jan: 1, Apr: 4, Jul: 7, Oct: 10 };

/** The time axis' ticks in the interface language ("Apr 2026" reads "2026년 4월"). */
function localTicks(model: TimeChartModel): TimeChartModel {
  const ticks = model.ticks.map((tick) => {
    const m = QUARTER.exec(tick.label);
    return m ? { ...tick, label: t("indicators.axis.quarter", { month: QUARTER_MONTH[m[1]!]!, year: m[2]! }) } : tick;
  });
  return { ...model, ticks };
}

/** The table view's fixed captions and headers (the domain's are English), by table key. */
const TABLE_CAPTIONS: Readonly<Record<string, PanelMessageKey>> = {
  "facts-point": "indicators.table.otherDefinitions",
  "facts-target": "indicators.table.targets",
};
function localTables(tables: TableSpec[], r: ResolvedIndicator): TableSpec[] {
  return tables.map((spec) => {
    const out = { ...spec, unit: unitText(spec.unit) };
    const key = TABLE_CAPTIONS[spec.key];
    if (key) out.caption = t(key);
    if (spec.key === "ceiling") {
      const cap = r.facts.find((f) => f.ref.role === "cap");
      if (cap) out.caption = t("indicators.table.ceiling", { legend: cap.ref.legend ?? cap.data.label });
    }
    if (spec.extraHeader) out.extraHeader = t("indicators.table.change");
    if (spec.key === "ceiling" && activeLang() === "ko") out.rows = spec.rows.map((row, i) => ({ ...row, note: ceilingNote(r, i + 1) ?? row.note }));
    return out;
  });
}

/** A ceiling row's note in the interface language: how the upper bound `years` after the latest figure is computed. */
function ceilingNote(r: ResolvedIndicator, years: number): string | undefined {
  const base = latestPoint(r.series[0]?.data.points ?? []);
  const cap = r.facts.find((f) => f.ref.role === "cap")?.data.figure;
  if (!base || !cap) return undefined;
  return t("indicators.table.ceilingNote", { base: formatNumber(base.value, 6), factor: formatNumber(1 + cap.value / 100, 4), years });
}

/** The goal lines' labels for a Korean reader: "GDP 대비 3.5%: …" (the domain writes "3.5 % of GDP: …" in English). */
function localTargets<M extends TimeChartModel>(model: M, r: ResolvedIndicator): M {
  if (activeLang() !== "ko") return model;
  const unit = r.series[0]?.data.unit ?? r.def.unit;
  return { ...model, targets: model.targets.map((m) => ({ ...m, label: `${koreanAmount(m.value, unit)}${m.label.slice(m.label.indexOf(":"))}` })) };
}

export type PlotKind = Extract<ChartKind, "time" | "year-bars" | "label-bars">;

const PLOTS: Record<PlotKind, (r: ResolvedIndicator, asOf: string | null) => ReactNode> = {
  time: (r, asOf) => (
    <>
      <TimeSeriesChart model={localTargets(localTicks(localAsOf(buildTimeChart(r, asOf), asOf)), r)} unit={r.def.unit} />
      <ConfidenceKey kind="dot" />
    </>
  ),
  "year-bars": (r, asOf) => (
    <>
      <CategoryBarChart model={localAsOf(buildYearBars(r, asOf), asOf)} unit={r.def.unit} layout="years" />
      <ConfidenceKey kind="bar" />
    </>
  ),
  "label-bars": (r) => <CategoryBarChart model={buildLabelBars(r)} unit={r.def.unit} layout="labels" />,
};

/** The indicator's series (by legend name) and its plotted facts as one-point series, to date their latest values. */
function datedSeries(r: ResolvedIndicator): { label: string; points: Point[] }[] {
  const series = r.series.map((s) => ({ label: s.ref.legend, points: [...s.data.points] }));
  const facts = r.facts.flatMap((f) => {
    const p = f.ref.role === "point" ? factPoint(f.data) : null;
    return p ? [{ label: f.ref.legend ?? f.data.label, points: [p] }] : [];
  });
  return [...series, ...facts];
}

export function isPlotKind(kind: ChartKind): kind is PlotKind {
  return kind in PLOTS;
}

interface IndicatorChartProps {
  resolved: ResolvedIndicator;
  /** The app's "as of" date, marked on time charts; null = latest. */
  asOf: string | null;
  highlighted: boolean;
  sourcesFor: (ids: readonly string[]) => Source[];
}

/**
 * One indicator as a chart in ChartFrame: summary sentence, chart or table view, how it is counted,
 * which values are unverified, every source; then its dated milestones, if any. Memoised, and the
 * chart is kept across renders, so a map selection that only toggles `highlighted` redraws nothing.
 */
export const IndicatorChart = memo(function IndicatorChart({ resolved, asOf, highlighted, sourcesFor }: IndicatorChartProps) {
  const { def } = resolved;
  const kind: PlotKind = isPlotKind(def.chart) ? def.chart : "time";
  const chart = useMemo(() => PLOTS[kind](resolved, asOf), [kind, resolved, asOf]);
  const tables = useMemo(() => localTables(buildTables(resolved, formatDate, activeLang()), resolved), [resolved]);
  const table = useMemo(() => <ChartTables tables={tables} sourcesFor={sourcesFor} />, [tables, sourcesFor]);
  const csvRows = useMemo(
    () =>
      seriesCsvRows(
        tables.flatMap((t) =>
          t.rows.map((r) => ({
            series: t.caption,
            unit: t.unit,
            date: r.when,
            value: r.value,
            detail: r.extra,
            note: r.note,
            confidence: r.confidence,
            sourceIds: r.sourceIds,
          })),
        ),
      ),
    [tables],
  );
  const summary = useMemo(() => def.summarize(resolved), [def, resolved]);
  const dated = useMemo(() => datedSeries(resolved), [resolved]);
  const unverified = unverifiedPoints(resolved, formatDate);
  const milestones = resolved.facts.filter((f) => f.ref.role === "milestone").map((f) => f.data);
  return (
    <>
      <ChartFrame
        id={`indicator-${def.id}`}
        title={def.title}
        summary={summary}
        highlighted={highlighted}
        chart={chart}
        table={table}
        csvRows={csvRows}
        asOfText={asOf ? t("indicators.chart.asOf", { date: formatDate(asOf) }) : t("indicators.chart.latestData")}
        dates={<SeriesDates series={dated} />}
        source={
          <>
            <span className="chart-method">
              {def.method} {kind === "label-bars" ? "" : directionNote(def.direction)}
            </span>
            {unverified.length > 0 && (
              <span className="chart-unverified">
                <ConfidenceBadge level="unverified" /> {t("indicators.chart.unverifiedValues", { list: unverified.join("; ") })}
              </span>
            )}
            <SourceNote sources={sourcesFor(indicatorSourceIds(resolved))} />
          </>
        }
      />
      <MilestoneList facts={milestones} sourcesFor={sourcesFor} heading={def.milestoneHeading ?? t("indicators.chart.relatedMilestones")} />
    </>
  );
});

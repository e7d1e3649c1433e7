import { bnAxis } from "./trade-text";
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis, type BarShapeProps } from "recharts";
import { SizedChart } from "../../components/chart-size";
import { CHART_PALETTE, ChartFrame } from "../../components/chart-frame";
import { barStyle } from "../../components/chart-marks";
import { seriesCsvRows } from "../../components/export-file";
import { ConfidenceBadge } from "../../components/confidence-badge";
import { SeriesDates } from "../../components/series-dates";
import { SourceNote } from "../../components/source-note";
import { getSources } from "../../data/lookup";
import type { Point, Series } from "../../domain/schemas";
import { formatAmount, formatDate, formatNumber } from "../../i18n/format";
import { activeLang, t } from "../../i18n/i18n";

/** Korea's exports by month: full months as bars; partial months (labelled with their days) in the table only. */
const MONTHLY_SERIES = ["kor_total_exports_monthly_korea_reported", "kor_exports_to_us_monthly_korea_reported"] as const;

/** " (secondary source)" after a figure that is not verified. */
function confidenceNote(c: Point["confidence"]): string {
  if (c === "verified") return "";
  const note = t(c === "secondary" ? "trade.note.secondary" : "trade.note.unverified");
  return activeLang() === "en" ? ` ${note}` : note;
}

interface Row {
  month: string;
  value: number;
  confidence: Point["confidence"];
}

/** A bar styled by confidence, as in the indicator charts (pale: secondary; outlined: unverified). */
function ConfidenceBar({ x, y, width, height, payload }: BarShapeProps) {
  const confidence = (payload as Row | undefined)?.confidence ?? "verified";
  if (!Number.isFinite(width) || !Number.isFinite(height)) return <g />;
  return <rect data-confidence={confidence} x={x} y={y} width={width} height={height} strokeWidth={1.5} {...barStyle(confidence, CHART_PALETTE[0])} />;
}

/** "May 2026" for a full month, "1–20 June 2026 (partial month)" for a labelled one. */
function when(p: Point): string {
  return p.label ? t("trade.monthly.partialWhen", { label: p.label, year: p.date.slice(0, 4) }) : formatDate(p.date);
}

function summaryOf(total: Series): string {
  const full = total.points.filter((p) => !p.label);
  const lastFull = full.at(-1);
  const newest = total.points.at(-1);
  if (!lastFull || !newest) return t("trade.monthly.none");
  let text = t("trade.monthly.summaryLatest", {
    value: formatAmount(lastFull.value, "USD bn"),
    month: formatDate(lastFull.date),
    note: confidenceNote(lastFull.confidence),
  });
  if (newest !== lastFull) {
    text += t("trade.monthly.summaryNewest", { when: when(newest), value: formatAmount(newest.value, "USD bn"), note: confidenceNote(newest.confidence) });
  }
  return text + t("trade.monthly.summaryEnd");
}

/** Korea's monthly goods exports (Korean customs basis), with the early-month figures labelled as partial. */
export function MonthlyExportsChart({ allSeries }: { allSeries: readonly Series[] }) {
  const series = MONTHLY_SERIES.flatMap((id) => allSeries.filter((s) => s.id === id));
  const total = series[0];
  if (!total || total.id !== MONTHLY_SERIES[0]) return null;
  const rows: Row[] = total.points.filter((p) => !p.label).map((p) => ({ month: formatDate(p.date), value: p.value, confidence: p.confidence }));
  const chart = (
    <SizedChart height={260}>
      {(width) => (
        <BarChart width={width} height={260} accessibilityLayer={false} data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="month" />
          <YAxis {...bnAxis()} width={activeLang() === "en" ? 64 : 84} />
          <Tooltip />
          <Bar dataKey="value" name={t("trade.monthly.barName")} fill={CHART_PALETTE[0]} isAnimationActive={false} shape={ConfidenceBar} />
        </BarChart>
      )}
    </SizedChart>
  );
  const table = (
    <table className="data-table">
      <caption>{t("trade.monthly.caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("trade.col.series")}</th>
          <th scope="col">{t("trade.col.period")}</th>
          <th scope="col">{t("trade.col.valueUsdBn")}</th>
          <th scope="col">{t("trade.col.sources")}</th>
        </tr>
      </thead>
      <tbody>
        {series.flatMap((s) =>
          s.points.map((p) => (
            <tr key={`${s.id}-${p.date}-${p.label ?? ""}`}>
              <th scope="row">{s.label}</th>
              <td>{when(p)}</td>
              <td>
                {formatNumber(p.value)} <ConfidenceBadge level={p.confidence} />
                {p.note ? <span className="figure-note"> {p.note}</span> : null}
              </td>
              <td>
                <SourceNote sources={getSources(p.sourceIds)} />
              </td>
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
  const csvRows = seriesCsvRows(
    series.flatMap((s) =>
      s.points.map((p) => ({
        series: s.label,
        unit: s.unit,
        date: p.date,
        value: p.value,
        detail: p.label,
        note: p.label ? "partial month, not comparable with full months" : undefined,
        confidence: p.confidence,
        sourceIds: p.sourceIds,
      })),
    ),
  );
  const gaps = series.flatMap((s) => (s.note ? [s.note] : []));
  return (
    <ChartFrame
      title={t("trade.monthly.title")}
      summary={summaryOf(total)}
      dates={<SeriesDates series={series} />}
      chart={chart}
      table={table}
      csvRows={csvRows}
      source={
        <>
          {gaps.map((g) => (
            <span key={g} className="chart-method">
              {g}{" "}
            </span>
          ))}
          <SourceNote sources={getSources([...new Set(series.flatMap((s) => s.points.flatMap((p) => p.sourceIds)))])} />
        </>
      }
    />
  );
}

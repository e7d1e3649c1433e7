import { bnAxis } from "./trade-text";
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { SizedChart } from "../../components/chart-size";
import { CHART_DASHES, CHART_PALETTE, ChartFrame } from "../../components/chart-frame";
import { seriesCsvRows } from "../../components/export-file";
import { ConfidenceBadge } from "../../components/confidence-badge";
import { SourceNote } from "../../components/source-note";
import { getSources } from "../../data/lookup";
import type { Series } from "../../domain/schemas";
import { formatAmount, formatNumber } from "../../i18n/format";
import { activeLang, t } from "../../i18n/i18n";
import { ChartLegend } from "../../components/chart-legend";

/** The bilateral goods flows on each reporting basis; each basis stays its own series. */
const GOODS_SERIES = [
  "us_imports_from_kor_us_reported",
  "kor_exports_to_us_korea_reported",
  "us_exports_to_kor_us_reported",
  "kor_imports_from_us_korea_reported",
] as const;

/** A series' reporting basis in words: "US-reported". */
function basisText(basis: string | undefined): string {
  if (basis === "us_reported" || basis === "korea_reported") return t(`trade.basis.${basis}`);
  return basis === undefined || basis === "other" ? t("trade.basis.other") : basis;
}

function byYear(series: readonly Series[]) {
  const years = [...new Set(series.flatMap((s) => s.points.filter((p) => !p.label).map((p) => p.date.slice(0, 4))))].sort();
  return years.map((year) => {
    const row: Record<string, number | string> = { year };
    for (const s of series) {
      const p = s.points.find((x) => !x.label && x.date.slice(0, 4) === year);
      if (p) row[s.id] = p.value;
    }
    return row;
  });
}

/** US–Korea goods trade by year on both reporting bases; partial years are listed in the table, not plotted. */
export function GoodsTradeChart({ allSeries }: { allSeries: readonly Series[] }) {
  const series = GOODS_SERIES.flatMap((id) => allSeries.filter((s) => s.id === id));
  if (series.length === 0) return null;
  const rows = byYear(series);
  // The label without the basis it may end with (English or Korean), then the basis.
  const name = (s: Series) =>
    t("trade.goods.seriesName", { label: s.label.replace(/ \((US|Korea)-reported\)$/, "").replace(/\((미국|한국) 집계\)$/, ""), basis: basisText(s.basis) });
  const latest = series[0]?.points.filter((p) => !p.label).at(-1);
  const korean = series.find((s) => s.basis === "korea_reported")?.points.filter((p) => !p.label).at(-1);
  const usFullYears = series.filter((s) => s.basis === "us_reported").map((s) => s.points.filter((p) => !p.label).at(-1)?.date ?? "");
  const korYear = korean?.date ?? "";
  const usGap = korean && usFullYears.every((d) => d < korYear);
  const chart = (
    <SizedChart height={300}>
      {(width) => (
        <LineChart width={width} height={300} accessibilityLayer={false} data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="year" />
          <YAxis {...bnAxis()} width={activeLang() === "en" ? 64 : 84} />
          <Tooltip />
          <Legend content={<ChartLegend />} />
          {series.map((s, i) => (
            <Line
              key={s.id}
              dataKey={s.id}
              name={name(s)}
              stroke={CHART_PALETTE[i % CHART_PALETTE.length]}
              strokeDasharray={s.basis === "korea_reported" ? CHART_DASHES[1] : CHART_DASHES[0]}
              strokeWidth={2}
              isAnimationActive={false}
              connectNulls={false}
            />
          ))}
        </LineChart>
      )}
    </SizedChart>
  );
  const table = (
    <table className="data-table">
      <caption>{t("trade.goods.caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("trade.col.series")}</th>
          <th scope="col">{t("trade.col.year")}</th>
          <th scope="col">{t("trade.col.valueUsdBn")}</th>
        </tr>
      </thead>
      <tbody>
        {series.flatMap((s) =>
          s.points.map((p) => (
            <tr key={`${s.id}-${p.date}-${p.label ?? ""}`}>
              <th scope="row">{name(s)}</th>
              <td>
                {p.date}
                {p.label ? ` ${t("trade.goods.partial", { label: p.label })}` : ""}
              </td>
              <td>
                {formatNumber(p.value)} <ConfidenceBadge level={p.confidence} />
              </td>
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
  const sources = getSources([...new Set(series.flatMap((s) => s.points.flatMap((p) => p.sourceIds)))]);
  // Every point the table lists (partial years included, labelled), in the indicator charts' columns.
  const csvRows = seriesCsvRows(
    series.flatMap((s) =>
      s.points.map((p) => ({
        series: name(s),
        unit: "USD bn",
        date: p.date,
        value: p.value,
        detail: p.label,
        note: p.label ? "not comparable with full years" : undefined,
        confidence: p.confidence,
        sourceIds: p.sourceIds,
      })),
    ),
  );
  return (
    <ChartFrame
      title={t("trade.goods.title")}
      summary={
        [
          t("trade.goods.summaryBases"),
          latest ? t("trade.goods.summaryUs", { value: formatAmount(latest.value, "USD bn"), year: latest.date }) : "",
          korean ? t("trade.goods.summaryKorea", { value: formatAmount(korean.value, "USD bn"), year: korean.date }) : "",
          usGap ? t("trade.goods.summaryGap", { year: korYear }) : t("trade.goods.summaryPartial"),
        ]
          .filter(Boolean)
          .join(" ")
      }
      chart={chart}
      table={table}
      csvRows={csvRows}
      source={<SourceNote sources={sources} />}
    />
  );
}

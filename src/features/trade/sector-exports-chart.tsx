import { bnAxis } from "./trade-text";
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { SizedChart } from "../../components/chart-size";
import { CHART_PALETTE, ChartFrame } from "../../components/chart-frame";
import { seriesCsvRows } from "../../components/export-file";
import { ConfidenceBadge } from "../../components/confidence-badge";
import { SourceNote } from "../../components/source-note";
import { getSources } from "../../data/lookup";
import type { Point, Series } from "../../domain/schemas";
import { formatAmount, formatNumber } from "../../i18n/format";
import { describeChange, formatSignedPercent, percentChange } from "../../domain/indicators/series-math";
import { activeLang, t } from "../../i18n/i18n";
import { ChartLegend } from "../../components/chart-legend";

/** Korea-reported exports to the US by sector, one series each (one item scope per series). */
const SECTOR_SERIES = [
  { id: "kor_exports_to_us_passenger_cars_kita", name: "cars" },
  { id: "kor_exports_to_us_evs", name: "evs" },
  { id: "kor_exports_to_us_auto_parts", name: "autoParts" },
  { id: "kor_exports_to_us_semiconductors", name: "semiconductors" },
  { id: "kor_exports_to_us_machinery", name: "machinery" },
  { id: "kor_exports_to_us_steel", name: "steel" },
  { id: "kor_exports_to_us_batteries", name: "batteries" },
  { id: "kor_exports_to_us_petroleum", name: "petroleum" },
] as const;

const YEARS = ["2024", "2025"] as const;

/** The full-year point of a year (partial years, which carry a label, are not comparable). */
const fullYear = (s: Series, year: string): Point | undefined => s.points.find((p) => p.date === year && !p.label);

interface SectorRow {
  name: string;
  series: Series;
  before: Point | undefined;
  after: Point | undefined;
  change: number | null;
}

function sectorRows(allSeries: readonly Series[]): SectorRow[] {
  return SECTOR_SERIES.flatMap(({ id, name }) => {
    const series = allSeries.find((s) => s.id === id);
    if (!series) return [];
    const before = fullYear(series, YEARS[0]);
    const after = fullYear(series, YEARS[1]);
    return [{ name: t(`trade.sectorExports.name.${name}`), series, before, after, change: before && after ? percentChange(before.value, after.value) : null }];
  });
}

const inSentence = (name: string) => `${name.charAt(0).toLowerCase()}${name.slice(1)}`;

function summaryOf(rows: readonly SectorRow[]): string {
  if (activeLang() !== "en") return summaryKo(rows);
  const found = rows.filter((r) => r.after);
  const missing = rows.filter((r) => !r.after).map((r) => inSentence(r.name));
  if (found.length === 0) return "No 2025 figures in the data.";
  const parts = found.map((r) => `${inSentence(r.name)} ${formatNumber(r.after!.value)} USD bn${r.change === null ? "" : ` (${describeChange(r.change)})`}`);
  let text = `In ${YEARS[1]}, Korea reported exports to the US of ${parts.join(", ")}; changes are computed from the two years' values`;
  if (missing.length > 0) text += `. Not found for ${YEARS[1]}: ${missing.join(", ")}`;
  return `${text}.`;
}

/** The summary in the active language other than English (names as given, amounts the Korean way). */
function summaryKo(rows: readonly SectorRow[]): string {
  const found = rows.filter((r) => r.after);
  if (found.length === 0) return t("trade.sectorExports.none", { year: YEARS[1] });
  const parts = found.map((r) =>
    t("trade.sectorExports.part", {
      name: r.name,
      value: formatAmount(r.after?.value ?? 0, "USD bn"),
      change: r.change === null ? "" : t("trade.sectorExports.partChange", { change: formatSignedPercent(r.change) }),
    }),
  );
  const missing = rows.filter((r) => !r.after).map((r) => r.name);
  const text = t("trade.sectorExports.summary", { year: YEARS[1], parts: parts.join(t("trade.list.separator")) });
  return missing.length > 0 ? text + t("trade.sectorExports.missing", { year: YEARS[1], names: missing.join(t("trade.list.separator")) }) : `${text}.`;
}

function ValueCell({ p }: { p: Point | undefined }) {
  if (!p) return <span className="figure-missing">{t("trade.sectorExports.gap")}</span>;
  return (
    <>
      {formatNumber(p.value)} <ConfidenceBadge level={p.confidence} />
      {p.note ? <span className="figure-note"> {p.note}</span> : null}
    </>
  );
}

const rowSources = (r: SectorRow) => [...new Set([...(r.before?.sourceIds ?? []), ...(r.after?.sourceIds ?? [])])];

/** Korea's exports to the US by sector in 2024 and 2025 on the Korean basis, with the gaps named. */
export function SectorExportsChart({ allSeries }: { allSeries: readonly Series[] }) {
  const rows = sectorRows(allSeries);
  if (rows.length === 0) return null;
  const plotted = rows.filter((r) => r.before || r.after).map((r) => ({ sector: r.name, [YEARS[0]]: r.before?.value, [YEARS[1]]: r.after?.value }));
  const height = 60 + plotted.length * 40;
  const chart = (
    <SizedChart height={height}>
      {(width) => (
        <BarChart width={width} height={height} accessibilityLayer={false} data={plotted} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" {...bnAxis()} />
          <YAxis type="category" dataKey="sector" width={170} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend content={<ChartLegend />} />
          {YEARS.map((y, i) => (
            <Bar key={y} dataKey={y} name={t("trade.sectorExports.barName", { year: y })} fill={CHART_PALETTE[i]} isAnimationActive={false} />
          ))}
        </BarChart>
      )}
    </SizedChart>
  );
  const table = (
    <table className="data-table">
      <caption>{t("trade.sectorExports.caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("trade.col.sector")}</th>
          <th scope="col">{YEARS[0]}</th>
          <th scope="col">{YEARS[1]}</th>
          <th scope="col">{t("trade.sectorExports.colChange")}</th>
          <th scope="col">{t("trade.col.sources")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.series.id}>
            <th scope="row">{r.name}</th>
            <td>
              <ValueCell p={r.before} />
            </td>
            <td>
              <ValueCell p={r.after} />
            </td>
            <td>{r.change === null ? "—" : formatSignedPercent(r.change)}</td>
            <td>
              <SourceNote sources={getSources(rowSources(r))} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  const csvRows = seriesCsvRows(
    rows.flatMap((r) =>
      [r.before, r.after].flatMap((p) =>
        p ? [{ series: r.series.label, unit: r.series.unit, date: p.date, value: p.value, note: p.note, confidence: p.confidence, sourceIds: p.sourceIds }] : [],
      ),
    ),
  );
  return (
    <ChartFrame
      title={t("trade.sectorExports.title")}
      summary={summaryOf(rows)}
      chart={chart}
      table={table}
      csvRows={csvRows}
      source={
        <>
          <span className="chart-method">
            {t("trade.sectorExports.method")}{" "}
          </span>
          <SourceNote sources={getSources([...new Set(rows.flatMap(rowSources))])} />
        </>
      }
    />
  );
}

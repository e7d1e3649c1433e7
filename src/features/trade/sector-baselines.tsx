import { bnAxis } from "./trade-text";
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { SizedChart } from "../../components/chart-size";
import { CHART_PALETTE, ChartFrame } from "../../components/chart-frame";
import { seriesCsvRows } from "../../components/export-file";
import { ConfidenceBadge } from "../../components/confidence-badge";
import { SourceNote } from "../../components/source-note";
import { getSources } from "../../data/lookup";
import type { Figure, Sector } from "../../domain/schemas";
import { formatAmount, formatNumber } from "../../i18n/format";
import { sectorShort } from "./trade-labels";
import { activeLang, t } from "../../i18n/i18n";

function FigureCell({ f }: { f: Figure }) {
  return (
    <>
      {formatNumber(f.value)}
      {f.low !== undefined && f.high !== undefined ? ` (${formatNumber(f.low)}–${formatNumber(f.high)})` : ""}{" "}
      <ConfidenceBadge level={f.confidence} />
    </>
  );
}

/** The model's 2024 baselines: a chart of Korea's exports to the US by sector and the sourced table. */
export function SectorBaselines({ sectors }: { sectors: readonly Sector[] }) {
  const rows = sectors.map((s) => ({ sector: sectorShort(s.id), value: s.importsKorea.value }));
  const total = sectors.reduce((a, s) => a + s.importsKorea.value, 0);
  const top = [...sectors].sort((a, b) => b.importsKorea.value - a.importsKorea.value)[0];
  const noRow = sectors.filter((s) => s.importsRow === null).map((s) => sectorShort(s.id).toLowerCase());
  const chart = (
    <SizedChart height={300}>
      {(width) => (
        <BarChart width={width} height={300} accessibilityLayer={false} data={rows} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" {...bnAxis()} />
          <YAxis type="category" dataKey="sector" width={130} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Bar dataKey="value" name="USD bn, 2024" fill={CHART_PALETTE[0]} isAnimationActive={false} />
        </BarChart>
      )}
    </SizedChart>
  );
  const table = (
    <table className="data-table">
      <caption>{t("trade.baselines.caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("trade.col.sector")}</th>
          <th scope="col">{t("trade.baselines.colKorea")}</th>
          <th scope="col">{t("trade.baselines.colRow")}</th>
          <th scope="col">{t("trade.baselines.colBasis")}</th>
        </tr>
      </thead>
      <tbody>
        {sectors.map((s) => (
          <tr key={s.id}>
            <th scope="row">{s.label}</th>
            <td>
              <FigureCell f={s.importsKorea} />
            </td>
            <td>{s.importsRow ? <FigureCell f={s.importsRow} /> : <span className="figure-missing">{t("trade.baselines.rowMissing")}</span>}</td>
            <td>
              <details>
                <summary>{t(s.basis === "us_reported" ? "trade.baselines.usReported" : "trade.baselines.koreaReported")}</summary>
                <p>{s.scope}</p>
                {s.importsKorea.note && <p>{s.importsKorea.note}</p>}
                {s.note && <p>{s.note}</p>}
              </details>
              <SourceNote sources={getSources([...new Set([...s.importsKorea.sourceIds, ...(s.importsRow?.sourceIds ?? [])])])} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <>
      <ChartFrame
        title={t("trade.baselines.title")}
        summary={
          activeLang() === "en"
            ? `${formatNumber(total, 1)} USD bn in total; ${top ? `${top.label} is the largest at ${formatNumber(top.importsKorea.value)} USD bn` : ""}. Proxies and estimates are marked unverified in the table.`
            : top
              ? t("trade.baselines.summary", { total: formatAmount(total, "USD bn"), top: top.label, value: formatAmount(top.importsKorea.value, "USD bn") })
              : t("trade.baselines.summaryTotal", { total: formatAmount(total, "USD bn") })
        }
        chart={chart}
        csvRows={seriesCsvRows(
          sectors.map((s) => ({
            series: `US imports from Korea: ${s.label}`,
            unit: "USD bn",
            date: "2024",
            value: s.importsKorea.value,
            detail: s.basis === "us_reported" ? "US-reported" : "Korea-reported",
            note: s.importsKorea.note,
            confidence: s.importsKorea.confidence,
            sourceIds: s.importsKorea.sourceIds,
          })),
        )}
        table={
          <table className="data-table">
            <caption>{t("trade.baselines.chartCaption")}</caption>
            <tbody>
              {sectors.map((s) => (
                <tr key={s.id}>
                  <th scope="row">{s.label}</th>
                  <td>
                    <FigureCell f={s.importsKorea} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        }
        source={<SourceNote sources={getSources([...new Set(sectors.flatMap((s) => s.importsKorea.sourceIds))])} />}
      />
      {table}
      {noRow.length > 0 && (
        <p className="field-hint">
          {t("trade.baselines.noRow", { sectors: noRow.join(t("trade.list.separator")) })}
        </p>
      )}
    </>
  );
}

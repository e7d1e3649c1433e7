import { useId, useState, type ReactNode } from "react";
import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { SizedChart } from "../../components/chart-size";
import { CHART_PALETTE, ChartFrame } from "../../components/chart-frame";
import type { ScenarioOutcome } from "../../domain/tariff/comparison";
import { formatMeasure, MEASURE_IDS, MEASURES, type MeasureId, type MeasureUnit } from "../../domain/tariff/measures";
import { sectorShort } from "./trade-labels";
import { t } from "../../i18n/i18n";
import { measureTitleText } from "./trade-text";
import { ChartLegend } from "../../components/chart-legend";

interface SectorChartProps {
  outcomes: readonly ScenarioOutcome[];
  gdpUsd: number;
  presetLabel: string;
  source: ReactNode;
}

type Row = { sector: string } & Record<string, number | string>;

/** The sector values of one measure for every scenario (the chosen elasticity preset). */
export function sectorRows(outcomes: readonly ScenarioOutcome[], measure: MeasureId, gdpUsd: number): Row[] {
  const first = outcomes[0];
  if (!first) return [];
  return first.point.sectors.map((s, i) => {
    const row: Row = { sector: sectorShort(s.id) };
    for (const o of outcomes) {
      const r = o.point.sectors[i];
      if (r) row[o.key] = MEASURES[measure].sector(r, gdpUsd);
    }
    return row;
  });
}

/** A measure's unit in the active language. */
function unitText(unit: MeasureUnit): string {
  if (unit === "USD bn") return t("trade.explain.unitUsdBn");
  return unit === "% of GDP" ? t("trade.unit.pctGdp") : unit;
}

function largest(rows: readonly Row[], outcomes: readonly ScenarioOutcome[], measure: MeasureId): string {
  let best: { v: number; text: string } | null = null;
  for (const row of rows) {
    for (const o of outcomes) {
      const v = row[o.key];
      if (typeof v === "number" && (best === null || Math.abs(v) > Math.abs(best.v)))
        best = { v, text: t("trade.sectorChart.value", { sector: row.sector, scenario: o.label, value: formatMeasure(measure, v), unit: unitText(MEASURES[measure].unit) }) };
    }
  }
  return best && best.v !== 0 ? t("trade.sectorChart.largest", { value: best.text }) : t("trade.sectorChart.allZero");
}

/** Grouped bars by sector, one bar per scenario, for a measure the user picks. */
export function SectorChart({ outcomes, gdpUsd, presetLabel, source }: SectorChartProps) {
  const [measure, setMeasure] = useState<MeasureId>("exportLoss");
  const selectId = useId();
  const rows = sectorRows(outcomes, measure, gdpUsd);
  const title = t("trade.sectorChart.title", { measure: measureTitleText(measure) });
  const picker = (
    <span className="chart-measure">
      <label htmlFor={selectId}>{t("trade.sectorChart.measure")}</label>
      <select id={selectId} value={measure} onChange={(e) => setMeasure(e.target.value as MeasureId)}>
        {MEASURE_IDS.map((id) => (
          <option key={id} value={id}>
            {measureTitleText(id)}
          </option>
        ))}
      </select>
    </span>
  );
  const chart = (
    <SizedChart height={340}>
      {(width) => (
        <BarChart width={width} height={340} accessibilityLayer={false} data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="sector" interval={0} tick={{ fontSize: 11 }} />
          <YAxis tick={{ fontSize: 11 }} width={56} />
          <ReferenceLine y={0} stroke="#1b2430" />
          <Tooltip formatter={(v) => (typeof v === "number" ? formatMeasure(measure, v) : String(v))} />
          <Legend content={<ChartLegend />} />
          {outcomes.map((o, i) => (
            <Bar key={o.key} dataKey={o.key} name={o.label} fill={CHART_PALETTE[i % CHART_PALETTE.length]} isAnimationActive={false} />
          ))}
        </BarChart>
      )}
    </SizedChart>
  );
  const table = (
    <table className="data-table">
      <caption>{t("trade.sectorChart.caption", { title, preset: presetLabel })}</caption>
      <thead>
        <tr>
          <th scope="col">{t("trade.col.sector")}</th>
          {outcomes.map((o) => (
            <th scope="col" key={o.key}>
              {o.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.sector}>
            <th scope="row">{row.sector}</th>
            {outcomes.map((o) => {
              const v = row[o.key];
              return <td key={o.key}>{typeof v === "number" ? formatMeasure(measure, v) : "–"}</td>;
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <ChartFrame
      title={title}
      summary={`${t("trade.sectorChart.summary", { title, count: outcomes.length, preset: presetLabel })} ${largest(rows, outcomes, measure)}`}
      chart={chart}
      table={table}
      csvRows={[
        ["sector", ...outcomes.map((o) => `${o.label} (${MEASURES[measure].unit}, ${presetLabel} elasticities)`)],
        ...rows.map((row) => [row.sector, ...outcomes.map((o) => row[o.key] ?? "")]),
      ]}
      source={source}
      actions={picker}
    />
  );
}

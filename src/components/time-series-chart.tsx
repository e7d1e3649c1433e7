/**
 * Lines, dots and ranges on a time axis (decimal years), built on recharts for ChartFrame: goal
 * lines, the app's "as of" date, dots styled by confidence. Presentational: pass a TimeChartModel.
 */
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type DotItemDotProps,
} from "recharts";
import type { ChartRow, TimeChartModel } from "../domain/indicators/chart-data";
import { formatNumber } from "../i18n/format";
import { CHART_DASHES, CHART_PALETTE } from "./chart-frame";
import { SizedChart } from "./chart-size";
import { AS_OF_COLOUR, ChartTooltipBody, ConfidenceDot } from "./chart-marks";
import { ChartLegend } from "./chart-legend";

const color = (i: number) => CHART_PALETTE[i % CHART_PALETTE.length]!;
const dash = (i: number) => CHART_DASHES[i % CHART_DASHES.length] || undefined;

interface TimeSeriesChartProps {
  model: TimeChartModel;
  /** Axis unit, e.g. "KRW tn". */
  unit: string;
  height?: number;
}

export function TimeSeriesChart({ model, unit, height = 280 }: TimeSeriesChartProps) {
  const tickLabel = new Map(model.ticks.map((t) => [t.value, t.label]));
  return (
    <SizedChart height={height}>
      {(width) => (
        <ComposedChart width={width} height={height} data={model.rows} margin={{ top: 22, right: 24, bottom: 4, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke="#e3e6ea" />
          <XAxis
            dataKey="x"
            type="number"
            domain={model.domain}
            ticks={model.ticks.map((t) => t.value)}
            tickFormatter={(v: number) => tickLabel.get(v) ?? ""}
            allowDataOverflow
          />
          <YAxis
            width={70}
            domain={[0, "auto"]}
            tickFormatter={(v: number) => formatNumber(v)}
            label={{ value: unit, angle: -90, position: "insideLeft", offset: 4, style: { textAnchor: "middle" } }}
          />
          <Tooltip isAnimationActive={false} content={({ active, label }) => <ChartTooltipBody active={active} label={label} rows={model.rows} />} />
          <Legend verticalAlign="bottom" itemSorter={null} content={<ChartLegend />} />
          {model.plots
            .filter((p) => p.mark === "band")
            .map((p) => (
              <Area
                key={`${p.key}~band`}
                dataKey={(r: ChartRow) => r.values[`${p.key}~band`]}
                stroke="none"
                fill={color(p.color)}
                fillOpacity={0.18}
                connectNulls
                legendType="none"
                isAnimationActive={false}
                activeDot={false}
              />
            ))}
          {model.plots.map((p) => (
            <Line
              key={p.key}
              name={p.legend}
              dataKey={(r: ChartRow) => r.values[p.key]}
              stroke={color(p.color)}
              strokeWidth={p.mark === "dots" ? 0 : 2}
              strokeDasharray={dash(p.color)}
              connectNulls
              isAnimationActive={false}
              legendType={!p.inLegend ? "none" : p.mark === "dots" ? "circle" : "plainline"}
              activeDot={false}
              dot={(d: DotItemDotProps) => (
                <ConfidenceDot
                  key={`${p.key}-${d.index}`}
                  cx={d.cx}
                  cy={d.cy}
                  color={color(p.color)}
                  confidence={(d.payload as ChartRow).meta[p.key]?.confidence ?? "verified"}
                />
              )}
            />
          ))}
          {model.targets.map((t) => (
            <ReferenceLine
              key={t.value}
              y={t.value}
              stroke="#444"
              strokeDasharray="5 4"
              ifOverflow="extendDomain"
              label={{ value: t.label, position: "insideTopLeft", fontSize: 11, fill: "#333" }}
            />
          ))}
          {model.asOf && (
            <ReferenceLine
              x={model.asOf.x}
              stroke={AS_OF_COLOUR}
              strokeWidth={2}
              ifOverflow="extendDomain"
              label={{ value: model.asOf.label, position: model.asOf.side === "left" ? "insideTopRight" : "insideTopLeft", fontSize: 11, fill: AS_OF_COLOUR }}
            />
          )}
        </ComposedChart>
      )}
    </SizedChart>
  );
}

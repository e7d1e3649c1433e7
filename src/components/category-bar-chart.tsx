/**
 * Bars per category, built on recharts for ChartFrame: grouped bars per year (one per counting
 * method) or one bar per label (country). Bars are styled by confidence, ranges get error bars, a
 * zero is written out so it is not read as missing, and the "as of" year is marked.
 */
import {
  Bar,
  BarChart,
  CartesianGrid,
  ErrorBar,
  LabelList,
  Legend,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
} from "recharts";
import type { BarChartModel, ChartRow } from "../domain/indicators/chart-data";
import { formatNumber } from "../i18n/format";
import { CHART_PALETTE } from "./chart-frame";
import { SizedChart } from "./chart-size";
import { AS_OF_COLOUR, barStyle, ChartTooltipBody } from "./chart-marks";
import { ChartLegend } from "./chart-legend";

const color = (i: number) => CHART_PALETTE[i % CHART_PALETTE.length]!;

interface CategoryBarChartProps {
  model: BarChartModel;
  unit: string;
  /** `years`: vertical bars grouped by year; `labels`: horizontal bars, one per label, value at the end. */
  layout: "years" | "labels";
  height?: number;
}

function shapeFor(key: string, colour: string) {
  function ConfidenceBar(props: BarShapeProps) {
    const { x, y, width, height, payload } = props;
    const confidence = (payload as ChartRow | undefined)?.meta[key]?.confidence ?? "verified";
    if (!Number.isFinite(width) || !Number.isFinite(height)) return <g />;
    return (
      <rect
        data-confidence={confidence}
        x={width < 0 ? x + width : x}
        y={height < 0 ? y + height : y}
        width={Math.abs(width)}
        height={Math.abs(height)}
        strokeWidth={1.5}
        {...barStyle(confidence, colour)}
      />
    );
  }
  return ConfidenceBar;
}

export function CategoryBarChart({ model, unit, layout, height }: CategoryBarChartProps) {
  const byLabel = layout === "labels";
  const h = height ?? (byLabel ? 44 + model.rows.length * 30 : 300);
  return (
    <SizedChart height={h}>
      {(width) => (
        <BarChart
          width={width}
          height={h}
          data={model.rows}
          layout={byLabel ? "vertical" : "horizontal"}
          margin={{ top: 22, right: byLabel ? 56 : 16, bottom: 4, left: 8 }}
          barCategoryGap={byLabel ? "20%" : "12%"}
          accessibilityLayer={false}
        >
          <CartesianGrid vertical={byLabel} horizontal={!byLabel} stroke="#e3e6ea" />
          {byLabel ? (
            <>
              <XAxis type="number" tickFormatter={(v: number) => formatNumber(v)} label={{ value: unit, position: "insideBottomRight", offset: -2 }} height={40} />
              <YAxis type="category" dataKey="x" width={110} interval={0} />
            </>
          ) : (
            <>
              <XAxis type="category" dataKey="x" />
              <YAxis width={70} tickFormatter={(v: number) => formatNumber(v)} label={{ value: unit, angle: -90, position: "insideLeft", offset: 4, style: { textAnchor: "middle" } }} />
            </>
          )}
          <Tooltip isAnimationActive={false} content={({ active, label }) => <ChartTooltipBody active={active} label={label} rows={model.rows} />} />
          {!byLabel && <Legend verticalAlign="bottom" itemSorter={null} content={<ChartLegend />} />}
          {model.plots.map((p) => (
            <Bar
              key={p.key}
              name={p.legend}
              dataKey={(r: ChartRow) => r.values[p.key]}
              fill={color(p.color)}
              isAnimationActive={false}
              stackId={model.stacked ? "one" : undefined}
              shape={shapeFor(p.key, color(p.color))}
            >
              <ErrorBar dataKey={(r: ChartRow) => r.values[`${p.key}~err`]} width={5} strokeWidth={1.5} stroke="#222" direction={byLabel ? "x" : "y"} />
              <LabelList
                dataKey={(r: ChartRow) => r.values[p.key]}
                position={byLabel ? "right" : "top"}
                fontSize={11}
                fill="#222"
                formatter={(v: unknown) => (byLabel || v === 0 ? formatNumber(Number(v)) : "")}
              />
            </Bar>
          ))}
          {model.asOf && (
            <ReferenceLine
              x={model.asOf.x}
              stroke={AS_OF_COLOUR}
              strokeWidth={2}
              label={{ value: model.asOf.label, position: model.asOf.side === "left" ? "insideTopRight" : "insideTopLeft", fontSize: 11, fill: AS_OF_COLOUR }}
            />
          )}
        </BarChart>
      )}
    </SizedChart>
  );
}

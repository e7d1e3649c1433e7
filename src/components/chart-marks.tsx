/**
 * The marks every indicator chart shares: dots and bars styled by confidence (so an unverified value
 * is visibly different in the chart, not only in the table), the key that explains them, and the
 * tooltip. Presentational: data comes in through props.
 */
import type { ChartRow, PointMeta } from "../domain/indicators/chart-data";
import { formatDate } from "../i18n/format";
import { formatPointValue, formatSignedPercent } from "../domain/indicators/series-math";
import type { Confidence } from "../domain/types";
import type { PanelMessageKey } from "../domain/i18n/panel-keys";
import { activeLang, t } from "../i18n/i18n";

/** The colour of the app-wide "as of" marker (the focus colour of the page). */
export const AS_OF_COLOUR = "#b3006b";

const CONFIDENCE_KEYS: Record<Confidence, PanelMessageKey> = {
  verified: "indicators.key.verified",
  secondary: "indicators.key.secondary",
  unverified: "indicators.key.unverified",
};
const confidenceText = (c: Confidence): string => t(CONFIDENCE_KEYS[c]);

interface DotProps {
  cx?: number;
  cy?: number;
  color: string;
  confidence: Confidence;
}

/** Filled when verified, half-filled when secondary or derived, hollow and dashed when unverified. */
export function ConfidenceDot({ cx, cy, color, confidence }: DotProps) {
  if (cx === undefined || cy === undefined || !Number.isFinite(cx) || !Number.isFinite(cy)) return null;
  if (confidence === "verified") return <circle data-confidence={confidence} cx={cx} cy={cy} r={4.5} fill={color} stroke="#fff" strokeWidth={1} />;
  if (confidence === "secondary")
    return (
      <g data-confidence={confidence}>
        <circle cx={cx} cy={cy} r={4.5} fill="#fff" stroke={color} strokeWidth={1.5} />
        <path d={`M${cx},${cy - 4.5} A4.5,4.5 0 0,0 ${cx},${cy + 4.5} Z`} fill={color} />
      </g>
    );
  return <circle data-confidence={confidence} cx={cx} cy={cy} r={4.5} fill="#fff" stroke={color} strokeWidth={2} strokeDasharray="2.5 1.5" />;
}

/** Solid when verified, pale when secondary or derived, outlined and dashed when unverified. */
export function barStyle(confidence: Confidence, color: string) {
  if (confidence === "verified") return { fill: color, fillOpacity: 1, stroke: color, strokeDasharray: undefined };
  if (confidence === "secondary") return { fill: color, fillOpacity: 0.35, stroke: color, strokeDasharray: undefined };
  return { fill: "#fff", fillOpacity: 1, stroke: color, strokeDasharray: "3 2" };
}

/** Explains the marks under a chart, with the same shapes as in the chart. */
export function ConfidenceKey({ kind }: { kind: "dot" | "bar" }) {
  const levels: Confidence[] = ["verified", "secondary", "unverified"];
  return (
    <p className="confidence-key">
      {levels.map((c) => (
        <span key={c} className="confidence-key-item">
          <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
            {kind === "dot" ? (
              <ConfidenceDot cx={7} cy={7} color="#333" confidence={c} />
            ) : (
              <rect x={2} y={2} width={10} height={10} strokeWidth={1.5} {...barStyle(c, "#333")} />
            )}
          </svg>{" "}
          {confidenceText(c)}
        </span>
      ))}
    </p>
  );
}

function metaLine(m: PointMeta): string {
  const value = formatPointValue(m, activeLang());
  return m.yoy === undefined || m.yoy === null
    ? t("indicators.tooltip.value", { value, unit: m.unit })
    : t("indicators.tooltip.valueChange", { value, unit: m.unit, change: formatSignedPercent(m.yoy) });
}

interface TooltipBodyProps {
  active?: boolean;
  label?: string | number;
  rows: readonly ChartRow[];
}

/** Every value plotted at the hovered position, with date, estimator label and confidence. */
export function ChartTooltipBody({ active, label, rows }: TooltipBodyProps) {
  if (!active || label === undefined) return null;
  const metas = rows.filter((r) => r.x === label).flatMap((r) => Object.values(r.meta));
  if (metas.length === 0) return null;
  return (
    <div className="chart-tooltip">
      {metas.map((m, i) => (
        <p key={i}>
          <strong>
            {t("indicators.tooltip.head", { legend: m.legend, date: formatDate(m.date) })}
          </strong>
          {m.label ? ` — ${m.label}` : ""}: {metaLine(m)}
          {m.confidence !== "verified" ? ` [${confidenceText(m.confidence)}]` : ""}
        </p>
      ))}
    </div>
  );
}

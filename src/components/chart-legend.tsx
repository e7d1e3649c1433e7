import type { LegendPayload } from "recharts";

/**
 * A chart's legend: each series' colour (its line's dash pattern when it has one) and name. Drawn by
 * the atlas instead of Recharts' default, whose icons carry an English aria-label ("… legend icon");
 * here the swatch is decorative and the name is the text, in the reader's language.
 */
export function ChartLegend({ payload }: { payload?: readonly LegendPayload[] }) {
  if (!payload || payload.length === 0) return null;
  return (
    <ul className="chart-legend">
      {payload.map((entry, i) => {
        if (entry.type === "none") return null;
        const dash = (entry.payload as { strokeDasharray?: string | number } | undefined)?.strokeDasharray;
        return (
          <li key={`${String(entry.value)}-${i}`}>
            <svg width="18" height="10" viewBox="0 0 18 10" aria-hidden="true" focusable="false">
              {entry.type === "line" ? (
                <line x1="0" y1="5" x2="18" y2="5" stroke={entry.color} strokeWidth="3" strokeDasharray={dash === undefined ? undefined : String(dash)} />
              ) : (
                <rect x="2" y="0" width="14" height="10" fill={entry.color} />
              )}
            </svg>
            <span className="chart-legend-text">{entry.value}</span>
          </li>
        );
      })}
    </ul>
  );
}

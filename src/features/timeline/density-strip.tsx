import { memo } from "react";
import { monthIndex, monthStart } from "../../domain/timeline";
import { formatDate } from "../../i18n/format";
import type { IsoDate } from "../../domain/types";

interface DensityStripProps {
  counts: readonly number[];
  min: IsoDate;
  asOf: IsoDate | null;
}

/** Events per month as a strip of bars, with the "as of" month marked. Decorative; the list has the data. */
export const DensityStrip = memo(function DensityStrip({ counts, min, asOf }: DensityStripProps) {
  const peak = Math.max(1, ...counts);
  const w = 600;
  const h = 36;
  const bw = w / Math.max(1, counts.length);
  const first = monthIndex(min);
  const mark = asOf === null ? null : monthIndex(asOf) - first;
  const busiest = counts.indexOf(peak);
  return (
    <figure className="density">
      <svg viewBox={`0 0 ${w} ${h}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
        {counts.map((c, i) => (
          <rect key={i} x={i * bw + 0.5} y={h - (c / peak) * (h - 2)} width={Math.max(1, bw - 1)} height={(c / peak) * (h - 2)} className="density-bar" />
        ))}
        {mark !== null && mark >= 0 && mark < counts.length && (
          <line x1={mark * bw} x2={mark * bw} y1={0} y2={h} className="density-now" />
        )}
      </svg>
      <figcaption className="muted">
        Events per month, {formatDate(min.slice(0, 7))} – {formatDate(monthStart(first + counts.length - 1).slice(0, 7))}; busiest month{" "}
        {formatDate(monthStart(first + Math.max(0, busiest)).slice(0, 7))} ({peak}).
      </figcaption>
    </figure>
  );
});

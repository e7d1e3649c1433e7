import type { ReactNode } from "react";
import type { Source } from "../domain/schemas";
import type { ResolvedIndicator } from "../domain/indicators/types";
import { SeriesDates } from "./series-dates";

/** What every indicator card gets from its panel. */
export interface IndicatorCardProps {
  resolved: ResolvedIndicator;
  highlighted: boolean;
  sourcesFor: (ids: readonly string[]) => Source[];
}

/**
 * The frame of an indicator that is not a chart (a number, a calendar, a list of dated facts): its
 * title, an optional lead under it, the summary sentence, the body, and how it was compiled.
 */
export function IndicatorCard({
  resolved,
  highlighted,
  lead,
  children,
}: Omit<IndicatorCardProps, "sourcesFor"> & { lead?: ReactNode; children: ReactNode }) {
  const { def } = resolved;
  return (
    <section
      id={`indicator-${def.id}`}
      className={`indicator-card${highlighted ? " is-highlighted" : ""}`}
      data-highlighted={highlighted || undefined}
    >
      <h3 className="chart-title">{def.title}</h3>
      {lead}
      <p className="chart-summary">
        {def.summarize(resolved)}
      </p>
      <SeriesDates series={resolved.series.map((s) => ({ label: s.ref.legend, points: s.data.points }))} />
      {children}
      <p className="chart-method">{def.method}</p>
    </section>
  );
}

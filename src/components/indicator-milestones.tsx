import type { Source } from "../domain/schemas";
import type { ResolvedIndicator } from "../domain/indicators/types";
import { MilestoneList } from "./milestone-list";

interface IndicatorMilestonesProps {
  resolved: ResolvedIndicator;
  highlighted: boolean;
  sourcesFor: (ids: readonly string[]) => Source[];
}

/** An indicator that is a list of dated facts (treaties, declarations), with its sources. */
export function IndicatorMilestones({ resolved, highlighted, sourcesFor }: IndicatorMilestonesProps) {
  const { def } = resolved;
  return (
    <section
      id={`indicator-${def.id}`}
      className={`indicator-card${highlighted ? " is-highlighted" : ""}`}
      data-highlighted={highlighted || undefined}
    >
      <h3 className="chart-title">{def.title}</h3>
      <p className="chart-summary">{def.summarize(resolved)}</p>
      <MilestoneList facts={resolved.facts.map((f) => f.data)} sourcesFor={sourcesFor} />
      <p className="chart-method">{def.method}</p>
    </section>
  );
}

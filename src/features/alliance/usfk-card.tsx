import type { Source } from "../../domain/schemas";
import type { ResolvedIndicator } from "../../domain/indicators/types";
import { factsWithRole, pointsOf, unitOf } from "../../domain/indicators/resolve";
import { latestPoint } from "../../domain/indicators/series-math";
import { formatDate, formatNumber } from "../../domain/format";
import { ConfidenceBadge } from "../../components/confidence-badge";
import { MilestoneList } from "../../components/milestone-list";
import { SourceNote } from "../../components/source-note";

interface UsfkCardProps {
  resolved: ResolvedIndicator;
  highlighted: boolean;
  sourcesFor: (ids: readonly string[]) => Source[];
}

/** The US troop level as one sourced number, with the 2025 drawdown report, its denial and the commitments since. */
export function UsfkCard({ resolved, highlighted, sourcesFor }: UsfkCardProps) {
  const { def } = resolved;
  const last = latestPoint(pointsOf(resolved, 0));
  const facts = [...factsWithRole(resolved, "event"), ...factsWithRole(resolved, "milestone")].map((f) => f.data);
  return (
    <section
      id={`indicator-${def.id}`}
      className={`indicator-card${highlighted ? " is-highlighted" : ""}`}
      data-highlighted={highlighted || undefined}
    >
      <h3 className="chart-title">{def.title}</h3>
      {last && (
        <p className="stat">
          <span className="stat-value">{formatNumber(last.value)}</span> US {unitOf(resolved, 0)} in South Korea ({formatDate(last.date)})
          <ConfidenceBadge level={last.confidence} /> <SourceNote sources={sourcesFor(last.sourceIds)} />
        </p>
      )}
      <p className="chart-summary">{def.summarize(resolved)}</p>
      <MilestoneList facts={facts} sourcesFor={sourcesFor} heading="The 2025 drawdown report, its denial, and the commitments" />
      <p className="chart-method">{def.method}</p>
    </section>
  );
}

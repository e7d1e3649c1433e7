import { factsWithRole, pointsOf, unitOf } from "../../domain/indicators/resolve";
import { latestPoint } from "../../domain/indicators/series-math";
import { formatDate, formatNumber } from "../../i18n/format";
import { ConfidenceBadge } from "../../components/confidence-badge";
import { MilestoneList } from "../../components/milestone-list";
import { SourceNote } from "../../components/source-note";
import { IndicatorCard, type IndicatorCardProps } from "../../components/indicator-card";

/**
 * The US troop level as one sourced number, with the legal floor, the 2025 drawdown report and its
 * denial, the 2026 moves of US assets, and the commitments since.
 */
export function UsfkCard({ resolved, highlighted, sourcesFor }: IndicatorCardProps) {
  const last = latestPoint(pointsOf(resolved, 0));
  const facts = [...factsWithRole(resolved, "target"), ...factsWithRole(resolved, "event"), ...factsWithRole(resolved, "milestone")].map((f) => f.data);
  const lead = last && (
    <p className="stat">
      <span className="stat-value">{formatNumber(last.value)}</span> US {unitOf(resolved, 0)} in South Korea ({formatDate(last.date)})
      <ConfidenceBadge level={last.confidence} /> <SourceNote sources={sourcesFor(last.sourceIds)} />
    </p>
  );
  return (
    <IndicatorCard resolved={resolved} highlighted={highlighted} lead={lead}>
      <MilestoneList facts={facts} sourcesFor={sourcesFor} heading="The legal floor, the 2025 drawdown report, the 2026 Patriot move and the commitments" />
    </IndicatorCard>
  );
}

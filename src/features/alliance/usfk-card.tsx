import { factsWithRole, pointsOf, unitOf } from "../../domain/indicators/resolve";
import { latestPoint } from "../../domain/indicators/series-math";
import { formatDate, formatNumber } from "../../i18n/format";
import { ConfidenceBadge } from "../../components/confidence-badge";
import { MilestoneList } from "../../components/milestone-list";
import { SourceNote } from "../../components/source-note";
import { IndicatorCard, type IndicatorCardProps } from "../../components/indicator-card";
import { t } from "../../i18n/i18n";

/** Marks where the number goes in the lead sentence, so the sentence stays whole in each language. */
const VALUE = "\u0000";

/**
 * The US troop level as one sourced number, with the legal floor, the 2025 drawdown report and its
 * denial, the 2026 moves of US assets, and the commitments since.
 */
export function UsfkCard({ resolved, highlighted, sourcesFor }: IndicatorCardProps) {
  const last = latestPoint(pointsOf(resolved, 0));
  const facts = [...factsWithRole(resolved, "target"), ...factsWithRole(resolved, "event"), ...factsWithRole(resolved, "milestone")].map((f) => f.data);
  const [before = "", after = ""] = last
    ? t("indicators.usfk.lead", { value: VALUE, unit: unitOf(resolved, 0), date: formatDate(last.date) }).split(VALUE)
    : [];
  const lead = last && (
    <p className="stat">
      {before}
      <span className="stat-value">{formatNumber(last.value)}</span>
      {after}
      <ConfidenceBadge level={last.confidence} /> <SourceNote sources={sourcesFor(last.sourceIds)} />
    </p>
  );
  return (
    <IndicatorCard resolved={resolved} highlighted={highlighted} lead={lead}>
      <MilestoneList facts={facts} sourcesFor={sourcesFor} heading={t("indicators.usfk.milestones")} />
    </IndicatorCard>
  );
}

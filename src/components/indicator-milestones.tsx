import { IndicatorCard, type IndicatorCardProps } from "./indicator-card";
import { MilestoneList } from "./milestone-list";

/** An indicator that is a list of dated facts (treaties, declarations), with its sources. */
export function IndicatorMilestones({ resolved, highlighted, sourcesFor }: IndicatorCardProps) {
  return (
    <IndicatorCard resolved={resolved} highlighted={highlighted}>
      <MilestoneList facts={resolved.facts.map((f) => f.data)} sourcesFor={sourcesFor} />
    </IndicatorCard>
  );
}

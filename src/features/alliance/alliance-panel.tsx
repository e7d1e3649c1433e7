import { memo, useMemo, useRef } from "react";
import { requireDataFile } from "../../data/dataset";
import { getSources } from "../../data/lookup";
import { useAppStore } from "../../store/app-store";
import { panelIndicators } from "../../domain/indicators/registry";
import { resolveIndicator } from "../../domain/indicators/resolve";
import type { ResolvedIndicator } from "../../domain/indicators/types";
import { HighlightNote } from "../../components/highlight-note";
import { IndicatorChart, isPlotKind } from "../../components/indicator-chart";
import { IndicatorMilestones } from "../../components/indicator-milestones";
import { IndicatorMissing } from "../../components/indicator-missing";
import { ExerciseCalendar } from "./exercise-calendar";
import { UsfkCard } from "./usfk-card";
import { useIndicatorLinks } from "../../store/use-indicator-links";

/** Memoised: a selection that does not change its highlight leaves it alone. */
const AllianceIndicator = memo(function AllianceIndicator({
  resolved,
  asOf,
  highlighted,
}: {
  resolved: ResolvedIndicator;
  asOf: string | null;
  highlighted: boolean;
}) {
  const props = { resolved, highlighted, sourcesFor: getSources };
  const kind = resolved.def.chart;
  if (isPlotKind(kind)) return <IndicatorChart {...props} asOf={asOf} />;
  if (kind === "stat") return <UsfkCard {...props} />;
  if (kind === "calendar") return <ExerciseCalendar {...props} asOf={asOf} />;
  return <IndicatorMilestones {...props} />;
});

/**
 * How the alliance is being modernised: ROK defence budget and its share of GDP against the targets,
 * US troops, cost-sharing, exercises and extended deterrence, each sourced (INDICATORS registry).
 */
export function AlliancePanel() {
  const file = requireDataFile("indicators");
  const indicators = useMemo(() => panelIndicators("alliance").map((def) => ({ def, r: resolveIndicator(def, file) })), [file]);
  const asOf = useAppStore((s) => s.asOf);
  const body = useRef<HTMLDivElement>(null);
  const { ids, subject } = useIndicatorLinks("alliance", body);
  return (
    <div className="panel-body indicators" ref={body}>
      <HighlightNote subject={subject} count={ids.size} />
      {indicators.map(({ def, r }) =>
        r.ok ? (
          <AllianceIndicator key={def.id} resolved={r.value} asOf={asOf} highlighted={ids.has(def.id)} />
        ) : (
          <IndicatorMissing key={def.id} title={def.title} problems={r.error} />
        ),
      )}
    </div>
  );
}

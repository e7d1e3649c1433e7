import { memo, useMemo, useRef } from "react";
import { requireDataFile } from "../../data/dataset";
import { getSources } from "../../data/lookup";
import { useAppStore } from "../../store/app-store";
import { panelIndicators } from "../../domain/indicators/registry";
import { resolveIndicator } from "../../domain/indicators/resolve";
import { HighlightNote } from "../../components/highlight-note";
import { IndicatorChart, isPlotKind } from "../../components/indicator-chart";
import { IndicatorMilestones as Milestones } from "../../components/indicator-milestones";
import { IndicatorMissing } from "../../components/indicator-missing";
import { useIndicatorLinks } from "../../store/use-indicator-links";

/** Memoised: a selection that does not change its highlight leaves it alone. */
const IndicatorMilestones = memo(Milestones);

/**
 * How the threat picture is changing: North Korea's launches by counting method, warheads, troops
 * and casualties in Russia's war, the Russia–North Korea treaty, and China for context.
 */
export function ThreatsPanel() {
  const file = requireDataFile("indicators");
  const indicators = useMemo(() => panelIndicators("threats").map((def) => ({ def, r: resolveIndicator(def, file) })), [file]);
  const asOf = useAppStore((s) => s.asOf);
  const body = useRef<HTMLDivElement>(null);
  const { ids, subject } = useIndicatorLinks("threats", body);
  return (
    <div className="panel-body indicators" ref={body}>
      <HighlightNote subject={subject} count={ids.size} />
      {indicators.map(({ def, r }) => {
        if (!r.ok) return <IndicatorMissing key={def.id} title={def.title} problems={r.error} />;
        const props = { resolved: r.value, highlighted: ids.has(def.id), sourcesFor: getSources };
        return isPlotKind(def.chart) ? (
          <IndicatorChart key={def.id} {...props} asOf={asOf} />
        ) : (
          <IndicatorMilestones key={def.id} {...props} />
        );
      })}
    </div>
  );
}

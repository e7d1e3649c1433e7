import { memo, useMemo, useRef } from "react";
import { requireDataFile } from "../../data/dataset";
import { getSources } from "../../data/lookup";
import { useAppStore } from "../../store/app-store";
import { t, useActiveLang } from "../../i18n/i18n";
import type { PanelMessageKey } from "../../domain/i18n/panel-keys";
import { indicatorTitle, localizeIndicator } from "../../components/indicator-text";
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
import { SubTabs } from "../../components/sub-tabs";
import { INDICATOR_PARTS, indicatorPartFor } from "../../domain/panel-parts";
import { PANEL_PARTS, type PanelPart } from "../../domain/types";

const PART_LABELS: Record<PanelPart<"alliance">, PanelMessageKey> = {
  spending: "indicators.alliance.part.spending",
  forces: "indicators.alliance.part.forces",
  exercises: "indicators.alliance.part.exercises",
};

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
  // Titles, methods and legends in the interface language (re-made when it changes).
  const lang = useActiveLang();
  const indicators = useMemo(
    () =>
      panelIndicators("alliance").map((def) => {
        const r = resolveIndicator(def, file);
        return { def, r: r.ok ? { ...r, value: localizeIndicator(r.value, lang) } : r };
      }),
    [file, lang],
  );
  const asOf = useAppStore((s) => s.asOf);
  const chosen = useAppStore((s) => s.panelPart);
  const setPart = useAppStore((s) => s.setPanelPart);
  const body = useRef<HTMLDivElement>(null);
  const { ids, subject } = useIndicatorLinks("alliance", body);
  // The part chosen, else the one that concerns the selection first; only that part is rendered.
  const part = indicatorPartFor("alliance", chosen, [...ids]);
  const highlightedIn = (p: PanelPart) => [...ids].filter((id) => INDICATOR_PARTS[id] === p).length;
  const tabs = PANEL_PARTS.alliance.map((id) => {
    const n = id === part ? 0 : highlightedIn(id);
    return { id, label: t(PART_LABELS[id]), note: n > 0 ? t("indicators.tab.highlighted", { count: n }) : undefined };
  });
  return (
    <SubTabs label={t("indicators.alliance.parts")} tabs={tabs} current={part} onSelect={setPart}>
      <div className="panel-body indicators" ref={body}>
        <HighlightNote subject={subject} count={highlightedIn(part)} />
        {indicators.filter(({ def }) => INDICATOR_PARTS[def.id] === part).map(({ def, r }) =>
          r.ok ? (
            <AllianceIndicator key={def.id} resolved={r.value} asOf={asOf} highlighted={ids.has(def.id)} />
          ) : (
            <IndicatorMissing key={def.id} title={indicatorTitle(def.id)} problems={r.error} />
          ),
        )}
      </div>
    </SubTabs>
  );
}

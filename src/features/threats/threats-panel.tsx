import { memo, useMemo, useRef } from "react";
import { requireDataFile } from "../../data/dataset";
import { getSources } from "../../data/lookup";
import { useAppStore } from "../../store/app-store";
import { t, useActiveLang } from "../../i18n/i18n";
import type { PanelMessageKey } from "../../domain/i18n/panel-keys";
import { indicatorTitle, localizeIndicator } from "../../components/indicator-text";
import { panelIndicators } from "../../domain/indicators/registry";
import { resolveIndicator } from "../../domain/indicators/resolve";
import { HighlightNote } from "../../components/highlight-note";
import { IndicatorChart, isPlotKind } from "../../components/indicator-chart";
import { IndicatorMilestones as Milestones } from "../../components/indicator-milestones";
import { IndicatorMissing } from "../../components/indicator-missing";
import { useIndicatorLinks } from "../../store/use-indicator-links";
import { SubTabs } from "../../components/sub-tabs";
import { INDICATOR_PARTS, indicatorPartFor } from "../../domain/panel-parts";
import { PANEL_PARTS, type PanelPart } from "../../domain/types";

const PART_LABELS: Record<PanelPart<"threats">, PanelMessageKey> = {
  arsenal: "indicators.threats.part.arsenal",
  russia: "indicators.threats.part.russia",
  region: "indicators.threats.part.region",
};

/** Memoised: a selection that does not change its highlight leaves it alone. */
const IndicatorMilestones = memo(Milestones);

/**
 * How the threat picture is changing: North Korea's launches by counting method, warheads, troops
 * and casualties in Russia's war, the Russia–North Korea treaty, and China for context.
 */
export function ThreatsPanel() {
  const file = requireDataFile("indicators");
  // Titles, methods and legends in the interface language (re-made when it changes).
  const lang = useActiveLang();
  const indicators = useMemo(
    () =>
      panelIndicators("threats").map((def) => {
        const r = resolveIndicator(def, file);
        return { def, r: r.ok ? { ...r, value: localizeIndicator(r.value, lang) } : r };
      }),
    [file, lang],
  );
  const asOf = useAppStore((s) => s.asOf);
  const chosen = useAppStore((s) => s.panelPart);
  const setPart = useAppStore((s) => s.setPanelPart);
  const body = useRef<HTMLDivElement>(null);
  const { ids, subject } = useIndicatorLinks("threats", body);
  // The part chosen, else the one that concerns the selection first; only that part is rendered.
  const part = indicatorPartFor("threats", chosen, [...ids]);
  const highlightedIn = (p: PanelPart) => [...ids].filter((id) => INDICATOR_PARTS[id] === p).length;
  const tabs = PANEL_PARTS.threats.map((id) => {
    const n = id === part ? 0 : highlightedIn(id);
    return { id, label: t(PART_LABELS[id]), note: n > 0 ? t("indicators.tab.highlighted", { count: n }) : undefined };
  });
  return (
    <SubTabs label={t("indicators.threats.parts")} tabs={tabs} current={part} onSelect={setPart}>
      <div className="panel-body indicators" ref={body}>
        <HighlightNote subject={subject} count={highlightedIn(part)} />
        {indicators.filter(({ def }) => INDICATOR_PARTS[def.id] === part).map(({ def, r }) => {
          if (!r.ok) return <IndicatorMissing key={def.id} title={indicatorTitle(def.id)} problems={r.error} />;
          const props = { resolved: r.value, highlighted: ids.has(def.id), sourcesFor: getSources };
          return isPlotKind(def.chart) ? (
            <IndicatorChart key={def.id} {...props} asOf={asOf} />
          ) : (
            <IndicatorMilestones key={def.id} {...props} />
          );
        })}
      </div>
    </SubTabs>
  );
}

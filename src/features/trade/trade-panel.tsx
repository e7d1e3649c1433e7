import { useEffect, useState } from "react";
import { requireDataFile, readDataFile } from "../../data/dataset";
import { useAppStore } from "../../store/app-store";
import { loadSavedScenarios } from "../../store/saved-scenarios";
import { browserStorage } from "../../store/saved-scenarios-storage";
import { TradeOverview } from "./trade-overview";
import { ScenarioComparison } from "./scenario-comparison";
import { useLinkedScenario } from "./use-linked-scenario";
import { RatesOnDate } from "./rates-on-date";
import { TradePending } from "./trade-pending";
import { TariffTimeline } from "./tariff-timeline";
import { BacktestSection } from "./backtest-section";
import { SubTabs } from "../../components/sub-tabs";
import { isPartOf, tradePartFor } from "../../domain/panel-parts";
import { DEFAULT_COMPARE, sameCompare } from "../../domain/tariff/scenario-ref";
import { PANEL_PARTS } from "../../domain/types";
import { t } from "../../i18n/i18n";

const NO_EVENTS: never[] = [];


/** The Trade region: the US–Korea trade overview, the rates in force on a date, what is pending, and the tariff scenario comparison. */
export function TradePanel() {
  const trade = requireDataFile("trade");
  const events = readDataFile("events")?.records ?? NO_EVENTS;
  const receiveSaved = useAppStore((s) => s.receiveSavedScenarios);
  useEffect(() => {
    // Read the browser's storage once per page, not on every mount.
    if (useAppStore.getState().savedScenariosStatus === "unloaded") receiveSaved(loadSavedScenarios(browserStorage()));
  }, [receiveSaved]);
  useLinkedScenario(events, trade.tariffs);
  const chosen = useAppStore((s) => s.panelPart);
  const setPart = useAppStore((s) => s.setPanelPart);
  // Without a chosen part, the one the link opened at (read once: editing a comparison must not move it).
  const [opened] = useState(() => {
    const s = useAppStore.getState();
    return tradePartFor(null, { ratesOnSet: s.ratesOn !== null, compareIsDefault: sameCompare(s.compare, DEFAULT_COMPARE) });
  });
  const part = isPartOf("trade", chosen) ? chosen : opened;
  const tabs = PANEL_PARTS.trade.map((id) => ({ id, label: t(`trade.part.${id}`) }));
  return (
    <SubTabs label={t("trade.parts")} tabs={tabs} current={part} onSelect={setPart}>
      <div className="panel-body trade-panel">
        {(part === "flows" || part === "sectors") && <TradeOverview trade={trade} part={part} />}
        {part === "tariffs" && (
          <>
            <section className="trade-timeline">
              <h3>{t("trade.timeline.heading")}</h3>
              <TariffTimeline tariffs={trade.tariffs} sectors={trade.sectors} />
            </section>
            <RatesOnDate tariffs={trade.tariffs} sectors={trade.sectors} />
            <TradePending />
          </>
        )}
        {part === "scenarios" && <ScenarioComparison />}
        {part === "backtest" && <BacktestSection />}
      </div>
    </SubTabs>
  );
}

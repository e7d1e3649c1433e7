import { useEffect } from "react";
import { requireDataFile, readDataFile } from "../../data/dataset";
import { useAppStore } from "../../store/app-store";
import { loadSavedScenarios } from "../../store/saved-scenarios";
import { browserStorage } from "../../store/saved-scenarios-storage";
import { TradeOverview } from "./trade-overview";
import { ScenarioComparison } from "./scenario-comparison";
import { useLinkedScenario } from "./use-linked-scenario";

const NO_EVENTS: never[] = [];

/** The Trade region: the US–Korea trade overview and the tariff scenario comparison. */
export function TradePanel() {
  const trade = requireDataFile("trade");
  const events = readDataFile("events")?.records ?? NO_EVENTS;
  const receiveSaved = useAppStore((s) => s.receiveSavedScenarios);
  useEffect(() => {
    // Read the browser's storage once per page, not on every mount.
    if (useAppStore.getState().savedScenariosStatus === "unloaded") receiveSaved(loadSavedScenarios(browserStorage()));
  }, [receiveSaved]);
  useLinkedScenario(events, trade.tariffs);
  return (
    <div className="panel-body trade-panel">
      <TradeOverview trade={trade} />
      <ScenarioComparison />
    </div>
  );
}

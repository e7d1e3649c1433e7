import { useEffect } from "react";
import { requireDataFile, readDataFile } from "../../data/dataset";
import { useAppStore } from "../../store/app-store";
import { TradeOverview } from "./trade-overview";
import { ScenarioComparison } from "./scenario-comparison";
import { useLinkedScenario } from "./use-linked-scenario";

const NO_EVENTS: never[] = [];

/** The Trade region: the US–Korea trade overview and the tariff scenario comparison. */
export function TradePanel() {
  const trade = requireDataFile("trade");
  const events = readDataFile("events")?.records ?? NO_EVENTS;
  const loadSaved = useAppStore((s) => s.loadSavedScenarios);
  useEffect(() => loadSaved(), [loadSaved]);
  useLinkedScenario(events, trade.tariffs);
  return (
    <div className="panel-body trade-panel">
      <TradeOverview trade={trade} />
      <ScenarioComparison />
    </div>
  );
}

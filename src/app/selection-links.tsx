import { useMemo } from "react";
import { readDataFile } from "../data/dataset";
import { getRelation } from "../data/lookup";
import { INDICATORS } from "../domain/indicators/registry";
import { linkedIndicatorIds } from "../domain/indicators/linking";
import { scenarioForEvent, scenarioForRelation } from "../domain/tariff/scenario-for-event";
import type { ScenarioRef } from "../domain/tariff/scenario-ref";
import type { AppState } from "../store/app-store";
import { useAppStore } from "../store/app-store";
import { useStoreValueAfterPaint } from "../store/after-paint";

const actorOf = (s: AppState) => s.selectedActor;
const relationOf = (s: AppState) => s.selectedRelation;
const eventOf = (s: AppState) => s.selectedEvent;

interface Links {
  trade: ScenarioRef[] | null;
  alliance: number;
  threats: number;
}

/**
 * The other views that bear on the map's selection, one click each: the Trade comparison linked to
 * the US–South Korea trade edge or a tariff event, and the Alliance and Threats items linked to it.
 * A selection on the map never leaves the Map view by itself; this is how it reaches the others.
 * Follows the selection after the click has painted Details.
 */
export function SelectionLinks() {
  const actor = useStoreValueAfterPaint(actorOf);
  const relationId = useStoreValueAfterPaint(relationOf);
  const eventId = useStoreValueAfterPaint(eventOf);
  const setPanel = useAppStore((s) => s.setPanel);
  const setCompare = useAppStore((s) => s.setCompare);
  const links = useMemo((): Links => {
    const relation = relationId ? (getRelation(relationId) ?? null) : null;
    const sel = { actor, relation };
    const events = readDataFile("events")?.records ?? [];
    const tariffs = readDataFile("trade")?.tariffs ?? [];
    const trade = relationId ? scenarioForRelation(relationId) : eventId ? scenarioForEvent(eventId, events, tariffs) : null;
    return {
      trade,
      alliance: linkedIndicatorIds(INDICATORS, sel, "alliance").length,
      threats: linkedIndicatorIds(INDICATORS, sel, "threats").length,
    };
  }, [actor, relationId, eventId]);
  const { trade, alliance, threats } = links;
  if (!trade && alliance === 0 && threats === 0) return null;
  const items = (n: number) => `${n} ${n === 1 ? "item" : "items"}`;
  return (
    <nav className="selection-links" aria-label="The selection in other views">
      <span className="selection-links-label">Also in:</span>
      {trade && (
        <button
          type="button"
          onClick={() => {
            setCompare(trade);
            setPanel("trade", "scenarios");
          }}
        >
          Trade: its tariff scenarios
        </button>
      )}
      {alliance > 0 && (
        <button type="button" onClick={() => setPanel("alliance")}>
          Alliance: {items(alliance)}
        </button>
      )}
      {threats > 0 && (
        <button type="button" onClick={() => setPanel("threats")}>
          Threats: {items(threats)}
        </button>
      )}
    </nav>
  );
}

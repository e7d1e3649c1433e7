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
import { t } from "../i18n/i18n";

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
  return (
    <nav className="selection-links" aria-label={t("links.label")}>
      <span className="selection-links-label">{t("links.also")}</span>
      {trade && (
        <button
          type="button"
          onClick={() => {
            setCompare(trade);
            setPanel("trade", "scenarios");
          }}
        >
          {t("links.tradeScenarios")}
        </button>
      )}
      {alliance > 0 && (
        <button type="button" onClick={() => setPanel("alliance")}>
          {t("links.alliance", { count: alliance })}
        </button>
      )}
      {threats > 0 && (
        <button type="button" onClick={() => setPanel("threats")}>
          {t("links.threats", { count: threats })}
        </button>
      )}
    </nav>
  );
}

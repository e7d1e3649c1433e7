import { useEffect, useRef } from "react";
import { useAppStore } from "../../store/app-store";
import { scenarioForEvent, scenarioForRelation } from "../../domain/tariff/scenario-for-event";
import type { AtlasEvent, TariffMeasure } from "../../domain/schemas";

/**
 * When the user selects the US–South Korea edge or a tariff event (after the panel has mounted),
 * open the Trade panel at the matching comparison. A selection that arrives with the page's URL is
 * left alone, so a shared link keeps its own comparison.
 */
export function useLinkedScenario(events: readonly AtlasEvent[], tariffs: readonly TariffMeasure[]): void {
  const relation = useAppStore((s) => s.selectedRelation);
  const event = useAppStore((s) => s.selectedEvent);
  const last = useRef({ relation, event });
  useEffect(() => {
    const prev = last.current;
    if (prev.relation === relation && prev.event === event) return;
    last.current = { relation, event };
    const refs = relation ? scenarioForRelation(relation) : event ? scenarioForEvent(event, events, tariffs) : null;
    if (!refs) return;
    const store = useAppStore.getState();
    store.setCompare(refs);
    store.setPanel("trade");
  }, [relation, event, events, tariffs]);
}

import { useMemo } from "react";
import { useAppStore } from "../../store/app-store";
import { requireDataFile } from "../../data/dataset";
import { findEvent, getRelation } from "../../data/lookup";
import { useDataRevision } from "../../store/use-data-revision";
import { relationsAsOf, relationsOfEvent } from "../../domain/graph";
import type { Relation } from "../../domain/schemas";
import type { Iso3 } from "../../domain/types";

export interface MapFocus {
  /** Actors to emphasise; empty with `active` false means nothing is selected. */
  actors: ReadonlySet<Iso3>;
  relations: ReadonlySet<string>;
  active: boolean;
}

/**
 * What the current selection emphasises on the map (derived, never stored). The map draws before
 * events.json has arrived (it loads with the panels): a link that selects an event emphasises its
 * relations at once and its actors once the file is in.
 */
export function useMapFocus(visible: readonly Relation[]): MapFocus {
  const actor = useAppStore((s) => s.selectedActor);
  const relationId = useAppStore((s) => s.selectedRelation);
  const eventId = useAppStore((s) => s.selectedEvent);
  useDataRevision(); // re-render when events.json arrives, so `event` is found
  const event = eventId ? findEvent(eventId) : undefined;
  return useMemo(() => {
    if (actor) {
      const rels = visible.filter((r) => r.a === actor || r.b === actor);
      return {
        active: true,
        actors: new Set<Iso3>([actor, ...rels.flatMap((r) => [r.a, r.b])]),
        relations: new Set(rels.map((r) => r.id)),
      };
    }
    if (relationId) {
      const r = getRelation(relationId);
      return { active: true, actors: new Set<Iso3>(r ? [r.a, r.b] : []), relations: new Set([relationId]) };
    }
    if (eventId) {
      const rels = relationsOfEvent(requireDataFile("relations").records, eventId);
      return {
        active: true,
        actors: new Set<Iso3>(event?.actors ?? []),
        relations: new Set(rels.map((r) => r.id)),
      };
    }
    return { active: false, actors: new Set<Iso3>(), relations: new Set<string>() };
  }, [actor, relationId, eventId, event, visible]);
}

/** Relations in force at the app's "as of" date, minus the types switched off in the legend. */
export function useVisibleRelations(): Relation[] {
  const asOf = useAppStore((s) => s.asOf);
  const hidden = useAppStore((s) => s.hiddenRelationTypes);
  const relations = requireDataFile("relations").records;
  return useMemo(
    () => relationsAsOf(relations, asOf).filter((r) => !hidden.includes(r.type)),
    [relations, asOf, hidden],
  );
}

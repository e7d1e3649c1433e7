import type { StateCreator } from "zustand";
import type { EventType, Iso3, IsoDate, RelationType } from "../domain/types";
import { NO_FILTERS, type EventFilters } from "../domain/timeline";
import type { AppState } from "./app-store";

/** Time and filters: the app-wide "as of" date, the legend's hidden relation types, timeline filters. */
export interface TimelineSlice {
  /** null = latest (everything in the data). */
  asOf: IsoDate | null;
  hiddenRelationTypes: RelationType[];
  eventFilters: EventFilters;
  setAsOf: (date: IsoDate | null) => void;
  toggleRelationType: (t: RelationType) => void;
  toggleFilterActor: (a: Iso3) => void;
  toggleFilterType: (t: EventType) => void;
  setFilterRange: (from: IsoDate | null, to: IsoDate | null) => void;
  resetFilters: () => void;
}

function toggle<T>(list: readonly T[], x: T): T[] {
  return list.includes(x) ? list.filter((y) => y !== x) : [...list, x];
}

export const createTimelineSlice: StateCreator<AppState, [], [], TimelineSlice> = (set) => ({
  asOf: null,
  hiddenRelationTypes: [],
  eventFilters: NO_FILTERS,
  setAsOf: (date) => set({ asOf: date }),
  toggleRelationType: (t) => set((s) => ({ hiddenRelationTypes: toggle(s.hiddenRelationTypes, t) })),
  toggleFilterActor: (a) => set((s) => ({ eventFilters: { ...s.eventFilters, actors: toggle(s.eventFilters.actors, a) } })),
  toggleFilterType: (t) => set((s) => ({ eventFilters: { ...s.eventFilters, types: toggle(s.eventFilters.types, t) } })),
  setFilterRange: (from, to) => set((s) => ({ eventFilters: { ...s.eventFilters, from, to } })),
  resetFilters: () => set({ eventFilters: NO_FILTERS }),
});

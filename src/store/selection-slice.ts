import type { StateCreator } from "zustand";
import type { Iso3 } from "../domain/types";
import type { AppState } from "./app-store";

/** What the user has selected. At most one of actor / relation / event drives Details. */
export interface SelectionSlice {
  selectedActor: Iso3 | null;
  selectedRelation: string | null;
  selectedEvent: string | null;
  selectActor: (code: Iso3 | null) => void;
  selectRelation: (id: string | null) => void;
  selectEvent: (id: string | null) => void;
  clearSelection: () => void;
}

const none = { selectedActor: null, selectedRelation: null, selectedEvent: null } as const;

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  ...none,
  selectActor: (code) => set({ ...none, selectedActor: code }),
  selectRelation: (id) => set({ ...none, selectedRelation: id }),
  selectEvent: (id) => set({ ...none, selectedEvent: id }),
  clearSelection: () => set(none),
});

/** Stable selectors, for hooks that need the same function on every render (useStoreValueAfterPaint). */
export const selectedActorOf = (s: AppState): Iso3 | null => s.selectedActor;
export const selectedRelationOf = (s: AppState): string | null => s.selectedRelation;

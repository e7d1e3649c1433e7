import type { StateCreator } from "zustand";
import type { IsoDate, RelationType } from "../domain/types";
import type { AppState } from "./app-store";

/** Time and filters: the app-wide "as of" date and the relation types hidden in the legend. */
export interface TimelineSlice {
  /** null = latest (everything in the data). */
  asOf: IsoDate | null;
  hiddenRelationTypes: RelationType[];
  setAsOf: (date: IsoDate | null) => void;
  toggleRelationType: (t: RelationType) => void;
  setHiddenRelationTypes: (ts: RelationType[]) => void;
}

export const createTimelineSlice: StateCreator<AppState, [], [], TimelineSlice> = (set) => ({
  asOf: null,
  hiddenRelationTypes: [],
  setAsOf: (date) => set({ asOf: date }),
  toggleRelationType: (t) =>
    set((s) => ({
      hiddenRelationTypes: s.hiddenRelationTypes.includes(t)
        ? s.hiddenRelationTypes.filter((x) => x !== t)
        : [...s.hiddenRelationTypes, t],
    })),
  setHiddenRelationTypes: (ts) => set({ hiddenRelationTypes: ts }),
});

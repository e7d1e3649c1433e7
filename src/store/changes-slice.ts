import type { StateCreator } from "zustand";
import type { IsoDate } from "../domain/types";
import type { AppState } from "./app-store";

/** The "What changed since …" view: its date (null = the default, the summit; see domain/changes.ts). */
export interface ChangesSlice {
  since: IsoDate | null;
  setSince: (date: IsoDate | null) => void;
}

export const createChangesSlice: StateCreator<AppState, [], [], ChangesSlice> = (set) => ({
  since: null,
  setSince: (date) => set({ since: date }),
});

import type { StateCreator } from "zustand";
import type { PanelId } from "../domain/types";
import type { AppState } from "./app-store";

import type { Notice } from "../components/notices";
export type { Notice };

/** Which panel is in front, and the dismissible notices (bad link, recovered saved data…). */
export interface UiSlice {
  panel: PanelId;
  notices: Notice[];
  /** Set when a new build is waiting: calling it activates the new version and reloads. */
  applyUpdate: (() => void) | null;
  setUpdateReady: (apply: (() => void) | null) => void;
  setPanel: (p: PanelId) => void;
  pushNotice: (text: string, details?: string[]) => void;
  dismissNotice: (id: number) => void;
}

let nextNoticeId = 1;

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  panel: "map",
  notices: [],
  applyUpdate: null,
  setUpdateReady: (apply) => set({ applyUpdate: apply }),
  setPanel: (p) => set({ panel: p }),
  pushNotice: (text, details) =>
    set((s) => ({
      notices: [...s.notices, details ? { id: nextNoticeId++, text, details } : { id: nextNoticeId++, text }],
    })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});

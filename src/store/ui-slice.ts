import type { StateCreator } from "zustand";
import type { PanelId, PanelPart } from "../domain/types";
import type { AppState } from "./app-store";

import type { Notice, NoticeText } from "../components/notices";
export type { Notice, NoticeText };

/** Which panel is in front, and the dismissible notices (bad link, recovered saved data…). */
export interface UiSlice {
  panel: PanelId;
  /** The part (sub-tab) of the panel the user or a link chose; null: the panel picks (from the selection). */
  panelPart: PanelPart | null;
  notices: Notice[];
  /** Set when a new build is waiting: calling it activates the new version and reloads. */
  applyUpdate: (() => void) | null;
  setUpdateReady: (apply: (() => void) | null) => void;
  /** Opens a view, at one of its parts or (none given) at the part the panel picks. */
  setPanel: (p: PanelId, part?: PanelPart | null) => void;
  setPanelPart: (part: PanelPart | null) => void;
  pushNotice: (text: NoticeText, details?: NoticeText[]) => void;
  dismissNotice: (id: number) => void;
}

let nextNoticeId = 1;

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  panel: "map",
  panelPart: null,
  notices: [],
  applyUpdate: null,
  setUpdateReady: (apply) => set({ applyUpdate: apply }),
  setPanel: (p, part = null) => set({ panel: p, panelPart: part }),
  setPanelPart: (part) => set({ panelPart: part }),
  pushNotice: (text, details) =>
    set((s) => ({
      notices: [...s.notices, details ? { id: nextNoticeId++, text, details } : { id: nextNoticeId++, text }],
    })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});

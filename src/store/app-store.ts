/**
 * The one client-side store, built from slices (zustand slices pattern). Every view reads it
 * through selectors that pick single values; derived values are computed, never stored.
 */
import { create } from "zustand";
import { createSelectionSlice, type SelectionSlice } from "./selection-slice";
import { createTimelineSlice, type TimelineSlice } from "./timeline-slice";
import { createUiSlice, type UiSlice } from "./ui-slice";
import { createScenariosSlice, type ScenariosSlice } from "./scenarios-slice";
import { createStorySlice, type StorySlice } from "./story-slice";
import { createChangesSlice, type ChangesSlice } from "./changes-slice";
import { createLangSlice, type LangSlice } from "./lang-slice";

export type AppState = SelectionSlice & TimelineSlice & UiSlice & ScenariosSlice & StorySlice & ChangesSlice & LangSlice;

export const useAppStore = create<AppState>()((...a) => ({
  ...createSelectionSlice(...a),
  ...createTimelineSlice(...a),
  ...createUiSlice(...a),
  ...createScenariosSlice(...a),
  ...createStorySlice(...a),
  ...createChangesSlice(...a),
  ...createLangSlice(...a),
}));

type DataKeys = { [K in keyof AppState]: AppState[K] extends (...args: never[]) => unknown ? never : K }[keyof AppState];

/**
 * Where each state key lives (STYLE habit 7): in the shareable URL, in localStorage, or nowhere.
 * A new state key without an entry here fails type-checking.
 */
export const STATE_PERSISTENCE: Record<DataKeys, "url" | "local" | "none"> = {
  selectedActor: "url",
  selectedRelation: "url",
  selectedEvent: "url",
  asOf: "url",
  hiddenRelationTypes: "url",
  eventFilters: "url",
  panel: "url",
  panelPart: "url",
  notices: "none",
  applyUpdate: "none",
  compare: "url",
  tradeMethod: "url",
  elasticityPresetId: "url",
  borderPassThrough: "url",
  retailPassThrough: "url",
  ratesOn: "url",
  savedScenarios: "local",
  savedScenariosStatus: "none",
  storyStep: "url",
  since: "url",
  // The choice is in the URL; the last one is also remembered in localStorage (lang-slice.ts).
  lang: "url",
  defaultLang: "local",
};

/** The initial state, for tests to reset between cases. */
export const initialAppState = useAppStore.getState();

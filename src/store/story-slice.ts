import type { StateCreator } from "zustand";
import { STORY_VIEWS, clampStoryStep } from "../domain/story-views";
import type { AppState } from "./app-store";

/** The guided story: which step (1-based) is open, or null. Moving to a step sets the whole view. */
export interface StorySlice {
  storyStep: number | null;
  goToStoryStep: (n: number) => void;
  exitStory: () => void;
}

/** The store changes that put step `n` on screen. */
export function storyView(n: number): Partial<AppState> {
  const step = STORY_VIEWS[n - 1];
  if (!step) return {};
  const v = step.view;
  const view: Partial<AppState> = {
    storyStep: n,
    selectedActor: v.actor ?? null,
    selectedRelation: v.relation ?? null,
    selectedEvent: v.event ?? null,
    asOf: v.date,
    panel: v.panel,
    panelPart: null,
  };
  if (v.compare) view.compare = [...v.compare];
  return view;
}

export const createStorySlice: StateCreator<AppState, [], [], StorySlice> = (set) => ({
  storyStep: null,
  goToStoryStep: (n) => {
    const step = clampStoryStep(n);
    if (step !== null) set(storyView(step));
  },
  exitStory: () => set({ storyStep: null }),
});

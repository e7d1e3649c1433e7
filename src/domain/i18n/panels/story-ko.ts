/** Korean messages of the story views (issue #21), by the keys of story-en.ts; a missing key shows the English. */
import type { STORY_EN } from "./story-en";

export const STORY_KO: Partial<Record<keyof typeof STORY_EN, string>> = {
};

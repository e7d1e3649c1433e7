/**
 * English messages of the story views (issue #21), ICU MessageFormat, keys prefixed "story.". Loaded
 * with the panels (not in the first chunk); see ../panel-keys.ts and src/i18n/i18n.ts.
 */
export const STORY_EN = {
} as const;

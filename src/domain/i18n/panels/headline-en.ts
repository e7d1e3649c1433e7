/**
 * English messages of the headline views (issue #21), ICU MessageFormat, keys prefixed "headline.". Loaded
 * with the panels (not in the first chunk); see ../panel-keys.ts and src/i18n/i18n.ts.
 */
export const HEADLINE_EN = {
} as const;

/**
 * English messages of the indicators views (issue #21), ICU MessageFormat, keys prefixed "indicators.". Loaded
 * with the panels (not in the first chunk); see ../panel-keys.ts and src/i18n/i18n.ts.
 */
export const INDICATORS_EN = {
} as const;

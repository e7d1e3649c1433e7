/**
 * English messages of the changes views (issue #21), ICU MessageFormat, keys prefixed "changes.". Loaded
 * with the panels (not in the first chunk); see ../panel-keys.ts and src/i18n/i18n.ts.
 */
export const CHANGES_EN = {
} as const;

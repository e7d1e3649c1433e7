/**
 * English messages of the trade views (issue #21), ICU MessageFormat, keys prefixed "trade.". Loaded
 * with the panels (not in the first chunk); see ../panel-keys.ts and src/i18n/i18n.ts.
 */
export const TRADE_EN = {
} as const;

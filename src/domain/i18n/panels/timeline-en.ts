/**
 * English messages of the timeline views (issue #21), ICU MessageFormat, keys prefixed "timeline.". Loaded
 * with the panels (not in the first chunk; the timeline panel is a lazy chunk that waits for them); see
 * ../panel-keys.ts and src/i18n/i18n.ts.
 */
export const TIMELINE_EN = {
  "timeline.asOf": "As of:",
  "timeline.latestAll": "Latest (all data)",
  "timeline.play": "Play",
  "timeline.pause": "Pause",
  "timeline.latest": "Latest",
  "timeline.filterActor": "Filter by actor",
  "timeline.filterType": "Filter by type",
  "timeline.from": "From",
  "timeline.to": "To",
  "timeline.dateRange": "Date range…",
  "timeline.reset": "Reset filters",
  "timeline.count": "{shown} of {total} events",
  "timeline.highlighted": " · {count} highlighted {what}",
  "timeline.involving": "involving {name}",
  "timeline.evidencing": "evidencing {label} ({a} – {b})",
  "timeline.noMatch": "No events match these filters.",
} as const satisfies Record<`timeline.${string}`, string>;

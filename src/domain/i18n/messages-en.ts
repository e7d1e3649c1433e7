/**
 * The interface's English messages (issue #21), ICU MessageFormat, keyed by a dotted id. This object
 * is the list of keys: `MessageKey` is its keys, so `t("no.such.key")` fails `tsc`, and the Korean
 * catalog (`messages-ko.ts`) may only use these keys. The build compiles both catalogs for the Lingui
 * runtime (scripts/i18n-catalog-plugin.ts), so no ICU parser ships to the browser.
 * Group keys by where the text is shown; keep each message a whole sentence or label (no glued parts).
 */
export const EN_MESSAGES = {
  // Header and the language switch
  "app.title": "Alliance Atlas",
  "app.subtitle":
    "US–South Korea relations in their regional setting: who stands with whom, what happened when, and what a tariff change costs whom.",
  "app.documentTitle": "Alliance Atlas — US–South Korea relations",
  "app.skip": "Skip to the content",
  "app.dataAsOf": "Data as of {date}",
  "app.dataAsOfUnknown": "Data as of unknown",
  "app.compiled": " · compiled {date}",
  "app.dataVersion": " · data version {version}",
  "app.sourcesThin":
    "The sources found for 2026 thin out after that date: an empty stretch is a gap in the sources, not a quiet period.",
  "app.update": "An updated version of Alliance Atlas is available.",
  // Navigation
  "nav.label": "Panels",
  "nav.map": "Map",
  "nav.trade": "Trade",
  "nav.alliance": "Alliance",
  "nav.threats": "Threats",
  "nav.changes": "What changed",
  "nav.story": "Guided story",
  "nav.copyLink": "Copy link",
  "nav.print": "Print brief",
  "nav.copied": "Link to this view copied to the clipboard.",
  "nav.copyThis": "Copy this link: {url}",
  // Regions and loading
  "region.map": "Map",
  "region.details": "Details",
  "region.timeline": "Timeline",
  "region.headline": "Headline figures",
  "region.failed": "The {name} panel could not be shown.",
  "region.failedRest": "The rest of the app still works.",
  "region.problems": "{count, plural, one {# problem} other {# problems}} in the data",
  "region.retry": "Try again",
  "loading.generic": "Loading…",
  "loading.headline": "Loading the headline figures…",
  "loading.story": "Loading the story…",
  "notice.dismiss": "Dismiss",
  "notice.dismissLabel": "Dismiss notice",
  "notice.badLink": "Some parts of this link could not be used, so the default view is shown for them.",
  "notice.badData": "Some data failed validation; the affected panels show an error.",
  "notice.savedRecovered": "Your saved scenarios were recovered; anything unreadable was set aside, not deleted.",
  // Shared parts
  "common.source": "{count, plural, one {Source} other {Sources}}:",
  "common.newTab": " (opens in a new tab)",
  "common.noLink": " (no link)",
  "common.englishOriginal": "English original",
  "common.englishOriginalTitle": "No Korean text yet: the English original is shown",
  "confidence.verified": "verified",
  "confidence.secondary": "secondary source",
  "confidence.unverified": "unverified",
  "date.asOf": "as of",
  "date.notUpdatedSince": "not updated since {date}",
  "date.staleTitle": "More than six months older than the data (as of {date})",
  "figure.missing": "no sourced figure",
  // Headline strip
  // Map
  "map.insetTitle": "Korean peninsula (enlarged)",
  "map.mapLabel": "Map of the actors and their relations",
  "map.legendLabel": "Relation types (toggle to show or hide)",
  "map.hideLines": "Hide {type} lines",
  "map.showLines": "Show {type} lines",
  "map.help":
    "Click a country or a line, or use Tab and the arrow keys; Enter selects, Escape clears. The Koreas are in the enlarged inset. {actors} actors, {relations} relations shown.",
  "map.dmz": "DMZ",
  "relation.alliance": "Alliance",
  "relation.military_cooperation": "Military cooperation",
  "relation.partnership": "Partnership",
  "relation.trade": "Trade",
  "relation.rivalry": "Rivalry",
  "relation.hostility": "Hostility",
  "map.exportPng": "Download map (PNG)",
  "map.exportCsv": "Download relations (CSV)",
  "map.exportTitle": "Alliance Atlas — who stands with whom",
  "map.exportSource": "Relations and events: Alliance Atlas data compiled from the project's sourced fact sheet (see each relation's sources in the app); country shapes: world-atlas (Natural Earth 1:110m)",
  "map.exportAsOf": "As of {date}",
  "map.exportLatest": "Latest data (relations in force now)",
  // Details
  "details.leaders": "Leaders",
  "details.leaderFromTo": " ({from} – {to})",
  "details.leaderSince": " (since {from})",
  "details.leaderUntil": " (until {to})",
  "details.translation": "Translation",
  "links.label": "The selection in other views",
  "links.also": "Also in:",
  "links.tradeScenarios": "Trade: its tariff scenarios",
  "links.alliance": "Alliance: {count, plural, one {# item} other {# items}}",
  "links.threats": "Threats: {count, plural, one {# item} other {# items}}",
  // Event types
  "eventType.trade": "Trade",
  "eventType.diplomacy": "Diplomacy",
  "eventType.military": "Military",
  "eventType.threat": "Threat",
  "eventType.domestic": "Domestic",
  // Timeline
  "timeline.density": "Events per month",
  // Search
  "search.label": "Search the atlas",
  "search.placeholder": "Search actors, events, sources… ( / )",
  "search.loading": "Loading the search index…",
  "search.none": "No results for “{query}”.",
  "search.count": "{count, plural, one {# result.} other {# results.}}",
  "search.results": "Search results",
  "search.opened": "Opened {title}.",
  // What's new in the data
  "whatsNew.toggle": "What's new in the data",
  "whatsNew.notLoaded": "The changelog has not loaded yet.",
  "whatsNew.version": "Version {version}, {date}",
  "whatsNew.current": " (current)",
  "whatsNew.added": "Added",
  "whatsNew.changed": "Changed",
  "whatsNew.corrected": "Corrected",
  "whatsNew.records": "{count, plural, one {# record} other {# records}}",
  // Story
  "story.stepIn": "This step's figures are in the {view} view.",
  "story.openAt": "Open {view} at this step",
  "app.updateNow": "Update now",
  "app.later": "Later",
} as const satisfies Record<string, string>;

/** Every message id. A key not in the English catalog is a type error wherever it is used. */
export type MessageKey = keyof typeof EN_MESSAGES;

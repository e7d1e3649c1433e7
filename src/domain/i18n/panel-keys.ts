/**
 * The panels' message catalogs (issue #21): one pair per group of views, in panels/*-en.ts and
 * panels/*-ko.ts. They load with the panels, after the map is interactive, so the first chunk does
 * not grow as views are translated. The build merges each language's files into one catalog
 * (scripts/i18n-plugin.ts, PANEL_CATALOGS); `PanelMessageKey` is the union of their keys.
 */
import type { TRADE_EN } from "./panels/trade-en";
import type { CHANGES_EN } from "./panels/changes-en";
import type { STORY_EN } from "./panels/story-en";
import type { INDICATORS_EN } from "./panels/indicators-en";
import type { HEADLINE_EN } from "./panels/headline-en";
import type { DETAILS_EN } from "./panels/details-en";
import type { TIMELINE_EN } from "./panels/timeline-en";
import type { URL_EN } from "./panels/url-en";

export type PanelMessageKey =
  | keyof typeof TRADE_EN
  | keyof typeof CHANGES_EN
  | keyof typeof STORY_EN
  | keyof typeof INDICATORS_EN
  | keyof typeof HEADLINE_EN
  | keyof typeof DETAILS_EN
  | keyof typeof TIMELINE_EN
  | keyof typeof URL_EN;

/** The groups, in the order their files are merged. */
export const PANEL_GROUPS = ["trade", "changes", "story", "indicators", "headline", "details", "timeline", "url"] as const;

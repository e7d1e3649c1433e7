/**
 * Core entity types shared by every layer. Pure TypeScript: no React, store or DOM.
 * Units are carried in names (UsdBn, Percent) and in the `unit` field of figures.
 */

/** ISO 3166-1 alpha-3 codes of the actors the app knows. */
export const ACTOR_CODES = ["USA", "KOR", "PRK", "CHN", "RUS", "JPN", "UKR"] as const;
export type Iso3 = (typeof ACTOR_CODES)[number];

/** A calendar date written YYYY-MM-DD. */
export type IsoDate = string & { readonly __brand?: "IsoDate" };

export const CONFIDENCE_LEVELS = ["verified", "secondary", "unverified"] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

export const RELATION_TYPES = [
  "alliance",
  "trade",
  "rivalry",
  "military_cooperation",
  "hostility",
  "partnership",
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const EVENT_TYPES = ["trade", "diplomacy", "military", "threat", "domestic"] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const SECTOR_IDS = [
  "autos",
  "auto_parts",
  "semiconductors",
  "machinery",
  "steel",
  "batteries",
  "petroleum_products",
  "other",
] as const;
export type SectorId = (typeof SECTOR_IDS)[number];

export const PANELS = ["map", "trade", "alliance", "threats", "changes"] as const;
export type PanelId = (typeof PANELS)[number];

/**
 * The parts (sub-tabs) of the views too long for one screen, in display order (`?part=`). A part is
 * named only with its panel; the others have none.
 */
export const PANEL_PARTS = {
  trade: ["flows", "sectors", "tariffs", "scenarios", "backtest"],
  alliance: ["spending", "forces", "exercises"],
  threats: ["arsenal", "russia", "region"],
  changes: ["tariffs", "indicators", "relations", "open"],
} as const;
export type PartedPanel = keyof typeof PANEL_PARTS;
export type PanelPart<P extends PartedPanel = PartedPanel> = (typeof PANEL_PARTS)[P][number];

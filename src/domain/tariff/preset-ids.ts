/**
 * The preset scenarios' ids and the sector-rate shape: what the first screen needs of the presets
 * (the URL's "compare" check, the store's defaults), without the presets themselves (presets.ts,
 * which loads with the Trade panel). Pure.
 */
import { SECTOR_IDS, type SectorId } from "../types";

/** All-in US tariff on Korean goods by sector, percent in [0, 100]. */
export type SectorRates = Record<SectorId, number>;

/** The preset scenarios, in the order the picker lists them (STYLE habit 9: a registry keyed by a union). */
export const PRESET_IDS = [
  "korus",
  "threat",
  "deal",
  "implemented",
  "in_force",
  "threat_2026",
  "memory_threat",
  "surcharge",
  "surcharge_lapse",
] as const;
export type PresetId = (typeof PRESET_IDS)[number];

/** Every sector at the same rate. */
export function uniformRates(pct: number): SectorRates {
  return Object.fromEntries(SECTOR_IDS.map((id) => [id, pct])) as SectorRates;
}

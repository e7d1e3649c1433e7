import type { SectorId } from "../../domain/types";
import type { SectorRates } from "../../domain/tariff/presets";
import { SECTOR_IDS } from "../../domain/types";

/** Short sector names for chart axes and compact lists. */
export const SECTOR_SHORT: Record<SectorId, string> = {
  autos: "Autos",
  auto_parts: "Auto parts",
  semiconductors: "Semiconductors",
  machinery: "Machinery",
  steel: "Steel",
  batteries: "Batteries",
  petroleum_products: "Petroleum products",
  other: "Other goods",
};

export function sectorShort(id: string): string {
  return (SECTOR_SHORT as Record<string, string>)[id] ?? id.replaceAll("_", " ");
}

/** "15% on every sector" or "autos 25%, steel 50%, …". */
export function describeRates(r: SectorRates): string {
  const values = new Set(SECTOR_IDS.map((s) => r[s]));
  if (values.size === 1) return `${r.autos}% on every sector`;
  return SECTOR_IDS.map((s) => `${SECTOR_SHORT[s].toLowerCase()} ${r[s]}%`).join(", ");
}

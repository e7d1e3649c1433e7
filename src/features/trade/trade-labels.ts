import type { SectorId } from "../../domain/types";
import type { SectorRates } from "../../domain/tariff/presets";
import { SECTOR_IDS } from "../../domain/types";
import { t } from "../../i18n/i18n";
import { sectorShortText } from "./trade-text";

/** Short sector names for chart axes and compact lists (English; views show sectorShort, by language). */
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
  return sectorShortText(id);
}

/** "15% on every sector" or "autos 25%, steel 50%, …". */
export function describeRates(r: SectorRates): string {
  const values = new Set(SECTOR_IDS.map((s) => r[s]));
  if (values.size === 1) return t("trade.rates.uniform", { rate: r.autos });
  return SECTOR_IDS.map((s) => t("trade.rates.item", { sector: sectorShortText(s).toLowerCase(), rate: r[s] })).join(t("trade.list.separator"));
}

/**
 * Interface text of the trade views in the active language (issue #21): the domain's English labels
 * (measures, sectors) keyed by id in src/domain/i18n/panels/trade-*.ts, and money in USD bn read the
 * Korean way ("1,229억 달러") for Korean readers.
 */
import { formatAmount } from "../../i18n/format";
import { activeLang, t } from "../../i18n/i18n";
import type { MeasureId } from "../../domain/tariff/measures";
import { SECTOR_IDS, type SectorId } from "../../domain/types";

/** The row header of a measure with its unit: "Korea's export loss (USD bn)". */
export function measureTitleText(id: MeasureId): string {
  return t(`trade.measure.${id}`);
}

/** A sector's short name ("Autos"), or its id in words for an unknown sector. */
export function sectorShortText(id: string): string {
  return (SECTOR_IDS as readonly string[]).includes(id) ? t(`trade.sector.${id as SectorId}`) : id.replaceAll("_", " ");
}

/** An amount already rounded for display, in USD bn: "12.3 USD bn" or "123억 달러". */
export function usdBn(shown: string): string {
  return activeLang() === "ko" ? formatAmount(Number(shown), "USD bn") : `${shown} USD bn`;
}

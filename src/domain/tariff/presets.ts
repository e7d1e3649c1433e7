/**
 * Tariff scenarios built from the dated tariff timeline of data/trade.json (`tariffs`), never typed
 * by hand: the rate for each sector is read from the measures in force on a date, optionally with a
 * threatened or agreed measure laid on top. Pure: the "as of" date comes in as an argument.
 *
 * Rates here are percent (25 = 25 %), as in the data; the model takes decimals (see toScenarioInput).
 */
import type { TariffMeasure } from "../schemas";
import { SECTOR_IDS, type IsoDate, type SectorId } from "../types";
import { formatDate } from "../format";
import type { ScenarioInput } from "./model";

/** All-in US tariff on Korean goods by sector, percent in [0, 100]. */
export type SectorRates = Record<SectorId, number>;

/** The preset scenarios, in the order the picker lists them (STYLE habit 9: a registry keyed by a union). */
export const PRESET_IDS = ["korus", "threat", "deal", "implemented", "in_force"] as const;
export type PresetId = (typeof PRESET_IDS)[number];

/** What a scenario is made of, for labels, explanations and source lines. */
export interface ScenarioBasis {
  label: string;
  description: string;
  ratesPct: SectorRates;
  /** Ids of the tariff records the rates were read from (for sources). */
  measureIds: string[];
}

/** Every sector at the same rate. */
export function uniformRates(pct: number): SectorRates {
  return Object.fromEntries(SECTOR_IDS.map((id) => [id, pct])) as SectorRates;
}

function byEffective(a: TariffMeasure, b: TariffMeasure): number {
  return a.effective < b.effective ? -1 : a.effective > b.effective ? 1 : 0;
}

/** Measures in force on `date` (effective on or before it), oldest first; equal dates keep data order. */
function inForceOn(tariffs: readonly TariffMeasure[], date: IsoDate): TariffMeasure[] {
  return tariffs.filter((t) => t.status === "in_force" && t.effective <= date).sort(byEffective);
}

/**
 * The all-in rate per sector on `date`: the latest in-force measure covering the sector wins
 * (measures are all-in rates, not increments; the data applies the stacking rule). A sector that
 * no measure covers is at 0 %, the KORUS rate. Threatened and agreed measures never count here.
 */
export function ratesInForce(tariffs: readonly TariffMeasure[], date: IsoDate): SectorRates {
  const rates = uniformRates(0);
  for (const t of inForceOn(tariffs, date)) for (const s of t.sectors) rates[s] = t.ratePct;
  return rates;
}

/** Ids of the measures that set some sector's rate on `date` (the last writer per sector). */
function measuresBehind(tariffs: readonly TariffMeasure[], date: IsoDate): string[] {
  const owner = new Map<SectorId, string>();
  for (const t of inForceOn(tariffs, date)) for (const s of t.sectors) owner.set(s, t.id);
  return [...new Set(owner.values())];
}

/** The rates in force on the measure's effective date with the measure itself applied to its sectors. */
export function ratesWithMeasure(tariffs: readonly TariffMeasure[], m: TariffMeasure): SectorRates {
  const rates = ratesInForce(tariffs, m.effective);
  for (const s of m.sectors) rates[s] = m.ratePct;
  return rates;
}

/** The date of the newest in-force measure, or null when there is none. */
export function latestInForceDate(tariffs: readonly TariffMeasure[]): IsoDate | null {
  const dates = tariffs.filter((t) => t.status === "in_force").map((t) => t.effective).sort();
  return dates.at(-1) ?? null;
}

function latestWithStatus(tariffs: readonly TariffMeasure[], status: TariffMeasure["status"]): TariffMeasure | null {
  return tariffs.filter((t) => t.status === status).sort(byEffective).at(-1) ?? null;
}

/** The threat the "threatened" preset is built from: the newest threatened measure (the 1 Aug 2025 letter). */
export function findThreatMeasure(tariffs: readonly TariffMeasure[]): TariffMeasure | null {
  return latestWithStatus(tariffs, "threatened");
}

/** The deal the "agreed" preset is built from: the newest agreed measure (the 30 Jul 2025 deal). */
export function findDealMeasure(tariffs: readonly TariffMeasure[]): TariffMeasure | null {
  return latestWithStatus(tariffs, "agreed");
}

/** The day before `date` (YYYY-MM-DD), in UTC. */
export function dayBefore(date: IsoDate): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** "25%" when every sector has the same rate, else null. */
function commonRate(rates: SectorRates): number | null {
  const values = [...new Set(Object.values(rates))];
  return values.length === 1 ? (values[0] ?? null) : null;
}

function sectorList(ids: readonly SectorId[]): string {
  return ids.map((s) => s.replaceAll("_", " ")).join(", ");
}

/** Sectors whose rate differs from `pct`, described as "steel stays at 50%". */
function exceptions(rates: SectorRates, pct: number): string {
  const odd = SECTOR_IDS.filter((s) => rates[s] !== pct);
  if (odd.length === 0) return "";
  const text = odd.map((s) => `${s.replaceAll("_", " ")} ${odd.length > 1 ? "is" : "stays"} at ${rates[s]}%`).join("; ");
  return ` ${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** The KORUS baseline date: the day before the first in-force increase (or the latest date if none). */
export function baselineDate(tariffs: readonly TariffMeasure[]): IsoDate | null {
  const first = tariffs
    .filter((t) => t.status === "in_force" && t.ratePct > 0)
    .sort(byEffective)[0];
  return first ? dayBefore(first.effective) : latestInForceDate(tariffs);
}

function dated(tariffs: readonly TariffMeasure[], date: IsoDate, label: string, lead: string): ScenarioBasis {
  const ratesPct = ratesInForce(tariffs, date);
  return { label, description: `${lead}Rates in force on ${formatDate(date)}.`, ratesPct, measureIds: measuresBehind(tariffs, date) };
}

function withMeasure(tariffs: readonly TariffMeasure[], m: TariffMeasure, label: string): ScenarioBasis {
  const ratesPct = ratesWithMeasure(tariffs, m);
  const others = SECTOR_IDS.filter((s) => !m.sectors.includes(s));
  const rest = others.length > 0 ? ` Other sectors (${sectorList(others)}) keep the rates in force on ${formatDate(m.effective)}.` : "";
  return {
    label,
    description: `${m.instrument}: ${m.ratePct}% on ${sectorList(m.sectors)} (${m.status.replace("_", " ")}).${rest}${exceptions(ratesPct, m.ratePct)}`,
    ratesPct,
    measureIds: [...measuresBehind(tariffs, m.effective), m.id],
  };
}

/** A scenario pinned to a date: "Tariffs in force on 4 Jun 2025". */
export function datedScenario(tariffs: readonly TariffMeasure[], date: IsoDate): ScenarioBasis {
  return dated(tariffs, date, `Tariffs in force on ${formatDate(date)}`, "");
}

/** A threatened or agreed measure on top of the rates in force on its date, named after it. */
export function measureScenario(tariffs: readonly TariffMeasure[], m: TariffMeasure): ScenarioBasis {
  const verb = m.status === "threatened" ? "Threatened" : m.status === "agreed" ? "Agreed" : "In force";
  return withMeasure(tariffs, m, `${verb} ${m.ratePct}% (${formatDate(m.effective)})`);
}

type PresetBuilder = (tariffs: readonly TariffMeasure[], asOf: IsoDate | null) => ScenarioBasis | null;

/** How each preset is read from the timeline. A preset whose measure is missing from the data is null. */
const PRESETS: Record<PresetId, PresetBuilder> = {
  korus: (tariffs) => {
    const date = baselineDate(tariffs);
    if (date === null) return null;
    const basis = dated(tariffs, date, "", "Before the first 2025 measure: the KORUS free-trade agreement. ");
    const r = commonRate(basis.ratesPct);
    return { ...basis, label: r === null ? "KORUS baseline" : `KORUS baseline (${r}%)` };
  },
  threat: (tariffs) => {
    const m = findThreatMeasure(tariffs);
    if (!m) return null;
    const kind = /letter/i.test(m.instrument) ? "letter" : "threat";
    return withMeasure(tariffs, m, `Threatened ${m.ratePct}% (${formatDate(m.effective)} ${kind})`);
  },
  deal: (tariffs) => {
    const m = findDealMeasure(tariffs);
    if (!m) return null;
    return withMeasure(tariffs, m, `Agreed ${m.ratePct}% (deal of ${formatDate(m.announced ?? m.effective)})`);
  },
  implemented: (tariffs) => {
    const date = latestInForceDate(tariffs);
    const deal = findDealMeasure(tariffs);
    if (date === null || !deal || date < deal.effective) return null;
    const basis = dated(tariffs, date, `Deal as implemented (${formatDate(date.slice(0, 7))})`, "The deal as put into force. ");
    return { ...basis, description: basis.description + exceptions(basis.ratesPct, deal.ratePct) };
  },
  in_force: (tariffs, asOf) => {
    const latest = latestInForceDate(tariffs);
    const date = asOf ?? latest;
    if (date === null) return null;
    const label = asOf === null ? `Tariffs in force on ${formatDate(date)} (latest)` : `Tariffs in force on ${formatDate(date)}`;
    return dated(tariffs, date, label, "Follows the time scrubber. ");
  },
};

/** Builds one preset from the timeline; null when the data has no measure to build it from. */
export function buildPreset(id: PresetId, tariffs: readonly TariffMeasure[], asOf: IsoDate | null): ScenarioBasis | null {
  return PRESETS[id](tariffs, asOf);
}

/** Percent rates → the model's scenario input (decimals). */
export function toScenarioInput(id: string, ratesPct: SectorRates): ScenarioInput {
  const tariffKorea: Record<string, number> = {};
  for (const s of SECTOR_IDS) tariffKorea[s] = ratesPct[s] / 100;
  return { id, tariffKorea };
}

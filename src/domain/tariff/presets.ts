/**
 * Tariff scenarios built from the dated tariff timeline of data/trade.json (`tariffs`), never typed
 * by hand: the rate for each sector is read from the measures in force on a date (rates-on.ts),
 * optionally with a threatened or agreed measure laid on top. Each scenario also carries the
 * competitors' (rest of world) rate per sector, read from the same measures where the research
 * gives one, and says in words what it assumes where the sources stop. Pure: dates come in as
 * arguments.
 *
 * Rates here are percent (25 = 25 %), as in the data; the model takes decimals (see toScenarioInput).
 */
import type { TariffMeasure } from "../schemas";
import { SECTOR_IDS, type IsoDate, type SectorId } from "../types";
import { formatDate } from "../format";
import type { ScenarioInput } from "./model";
import { dayBefore, latestSourcedDate, legalBasisOf, resolveRatesOn, type SectorResolution } from "./rates-on";

export { dayBefore } from "./rates-on";

export { PRESET_IDS, uniformRates, type PresetId, type SectorRates } from "./preset-ids";
import type { PresetId, SectorRates } from "./preset-ids";

/** What a scenario is made of, for labels, explanations and source lines. */
export interface ScenarioBasis {
  label: string;
  description: string;
  ratesPct: SectorRates;
  /** Competitors' extra tariff per sector, percent over their 2024 tariffs (0 where the sources give none). */
  competitorRatesPct: SectorRates;
  /** Ids of the tariff records the rates were read from (for sources). */
  measureIds: string[];
  /** One sentence per thing the scenario assumes where the sources stop (unknown rates, competitors' rates). */
  assumptions: string[];
  /** What the label is built from, so a view can name the scenario in another language (issue #21). */
  name?: ScenarioName;
  /** What `description` says, sentence by sentence, so a view can word it in another language (issue #21). */
  descriptionParts: DescriptionPart[];
  /** What each of `assumptions` says, in the same order, in parts. */
  assumptionParts: AssumptionPart[];
}

/** A sector and its rate, percent. */
export interface SectorRate {
  sector: SectorId;
  rate: number;
}

/** One sentence of a scenario's description, in parts. */
export type DescriptionPart =
  | { kind: "lead"; lead: "korus" | "implemented" | "in_force" | "custom" }
  | { kind: "instrument"; instrument: string }
  | { kind: "assumed_lapse"; basis: string; date: IsoDate }
  | { kind: "rates_on"; date: IsoDate }
  | { kind: "measure"; instrument: string; rate: number; sectors: SectorId[]; status: TariffMeasure["status"] }
  | { kind: "others_keep"; sectors: SectorId[]; date: IsoDate }
  /** Sectors whose rate differs from the scenario's headline rate. */
  | { kind: "exceptions"; items: SectorRate[] };

/** One of a scenario's assumptions, in parts. */
export type AssumptionPart =
  | {
      kind: "unknown";
      since: IsoDate;
      sectors: SectorId[];
      /** The measure whose end left the rate unknown (null: not in the data). */
      ended: { basis: string; rate: number } | null;
      /** The rates used instead: one rate for all, or per sector. */
      rates: number | SectorRate[];
    }
  | { kind: "competitors_pay"; items: { rate: number; sectors: SectorId[]; from: string }[] }
  | { kind: "competitors_unsourced_all" }
  | { kind: "competitors_unsourced"; sectors: SectorId[] }
  | { kind: "custom_competitors_set" }
  | { kind: "custom_competitors_default" };

/** The parts of a preset's or dated scenario's label: its kind, and the rate, date and legal basis in it. */
export type ScenarioName =
  | { kind: "korus"; rate: number | null }
  | { kind: "threat" | "threat_2026"; rate: number; date: IsoDate; via: "letter" | "post" | "threat" }
  | { kind: "deal" | "memory_threat"; rate: number; date: IsoDate }
  | { kind: "implemented"; month: string }
  | { kind: "in_force"; date: IsoDate; latest: boolean }
  | { kind: "surcharge"; rate: number; who: "everyone" | "Korea"; basis: string; date: IsoDate }
  | { kind: "surcharge_lapse"; basis: string; date: IsoDate };


function byEffective(a: TariffMeasure, b: TariffMeasure): number {
  return a.effective < b.effective ? -1 : a.effective > b.effective ? 1 : 0;
}

function sectorList(ids: readonly SectorId[]): string {
  return ids.map((s) => s.replaceAll("_", " ")).join(", ");
}

/** One sector of a scenario while it is being built. */
interface SectorCell {
  korea: number;
  competitor: number;
  /** Where competitors' rate comes from: a measure's label, or null (not in the sources). */
  competitorFrom: string | null;
  /** Set while the Korean rate is unknown (the cell holds the layer below): since when, and what ended. */
  unknown: { since: IsoDate; ended: string; measure: { basis: string; rate: number } | null } | null;
}

type Cells = Record<SectorId, SectorCell>;

function cellsOn(tariffs: readonly TariffMeasure[], date: IsoDate): { cells: Cells; ids: string[] } {
  const r: Record<SectorId, SectorResolution> = resolveRatesOn(tariffs, date);
  const byId = new Map(tariffs.map((t) => [t.id, t]));
  const cells = {} as Cells;
  const ids: string[] = [];
  for (const s of SECTOR_IDS) {
    const { on, scenarioPct, competitor } = r[s];
    const from = competitor.measureId ? byId.get(competitor.measureId) : undefined;
    cells[s] = {
      korea: scenarioPct,
      competitor: competitor.ratePct,
      competitorFrom: competitor.sourced && from ? legalBasisOf(from) : null,
      unknown: on.status === "unknown" ? unknownCell(on.since, byId.get(on.measureIds[0] ?? "")) : null,
    };
    ids.push(...on.measureIds);
  }
  return { cells, ids: [...new Set(ids)] };
}

function unknownCell(since: IsoDate, m: TariffMeasure | undefined): NonNullable<SectorCell["unknown"]> {
  return { since, ended: endedText(m), measure: m ? { basis: legalBasisOf(m), rate: m.ratePct } : null };
}

/** "Section 122 surcharge (10%) ended": the measure whose end left a rate unknown. */
function endedText(m: TariffMeasure | undefined): string {
  return m ? `${legalBasisOf(m)} (${m.ratePct}%) ended` : "the measure that set it ended";
}

function ratesOf(cells: Cells, pick: (c: SectorCell) => number): SectorRates {
  return Object.fromEntries(SECTOR_IDS.map((s) => [s, pick(cells[s])])) as SectorRates;
}

/** "0%" when every rate is the same, else "autos 15%, steel 50%". */
function ratesText(cells: Cells, sectors: readonly SectorId[]): string {
  const values = [...new Set(sectors.map((s) => cells[s].korea))];
  return values.length === 1 ? `${values[0]}%` : sectors.map((s) => `${s.replaceAll("_", " ")} ${cells[s].korea}%`).join(", ");
}

function assumptionsOf(cells: Cells): { text: string[]; parts: AssumptionPart[] } {
  const out: string[] = [];
  const parts: AssumptionPart[] = [];
  const groups = new Map<string, SectorId[]>();
  for (const s of SECTOR_IDS) {
    const u = cells[s].unknown;
    if (u) groups.set(`${u.since}\u0000${u.ended}`, [...(groups.get(`${u.since}\u0000${u.ended}`) ?? []), s]);
  }
  for (const [key, sectors] of groups) {
    const [since = "", ended = ""] = key.split("\u0000");
    out.push(
      `Not known from ${formatDate(since)} for ${sectorList(sectors)} (${ended}; what followed is not in the sources): this scenario ` +
        `uses the layer below for them (${ratesText(cells, sectors)}), as if it lapsed with nothing in its place: an assumption, not a sourced rate.`,
    );
    const values = [...new Set(sectors.map((s) => cells[s].korea))];
    parts.push({
      kind: "unknown",
      since,
      sectors,
      ended: cells[sectors[0] ?? "other"].unknown?.measure ?? null,
      rates: values.length === 1 ? (values[0] ?? 0) : sectors.map((s) => ({ sector: s, rate: cells[s].korea })),
    });
  }
  const sourced = new Map<string, SectorId[]>();
  const unsourced: SectorId[] = [];
  for (const s of SECTOR_IDS) {
    const c = cells[s];
    if (c.competitorFrom === null) unsourced.push(s);
    else sourced.set(`${c.competitor}\u0000${c.competitorFrom}`, [...(sourced.get(`${c.competitor}\u0000${c.competitorFrom}`) ?? []), s]);
  }
  const items = [...sourced].map(([key, sectors]) => {
    const [pct = "", from = ""] = key.split("\u0000");
    return { rate: Number(pct), sectors, from, text: `${pct}% on ${sectorList(sectors)} (${from})` };
  });
  if (items.length > 0) {
    out.push(`Competitors pay ${items.map((i) => i.text).join("; ")}.`);
    parts.push({ kind: "competitors_pay", items: items.map(({ rate, sectors, from }) => ({ rate, sectors, from })) });
  }
  if (unsourced.length === SECTOR_IDS.length) {
    out.push("Competitors' tariffs are not in the sources for this scenario: they stay at their 2024 level in every sector (only Korea's tariff changes).");
    parts.push({ kind: "competitors_unsourced_all" });
  } else if (unsourced.length > 0) {
    out.push(`Competitors' tariffs are not in the sources for ${sectorList(unsourced)}: they stay at their 2024 level there (0% extra).`);
    parts.push({ kind: "competitors_unsourced", sectors: unsourced });
  }
  return { text: out, parts };
}

function basisOf(label: string, description: string, descriptionParts: DescriptionPart[], cells: Cells, measureIds: readonly string[]): ScenarioBasis {
  const assumptions = assumptionsOf(cells);
  return {
    label,
    description,
    ratesPct: ratesOf(cells, (c) => c.korea),
    competitorRatesPct: ratesOf(cells, (c) => c.competitor),
    measureIds: [...new Set(measureIds)],
    assumptions: assumptions.text,
    descriptionParts,
    assumptionParts: assumptions.parts,
  };
}

/**
 * The all-in rate per sector on `date` (rates-on.ts): the latest in-force measure covering the
 * sector wins, ended measures no longer count, and a sector no measure covers is at 0 % (KORUS).
 * A sector whose rate is unknown on the date gets the layer below (a lapse with nothing in its
 * place); the scenario's `assumptions` say so. Threatened, agreed and announced measures never count.
 */
export function ratesInForce(tariffs: readonly TariffMeasure[], date: IsoDate): SectorRates {
  return ratesOf(cellsOn(tariffs, date).cells, (c) => c.korea);
}

/** Competitors' rates on `date`, read from the same measures (0 where the research gives none). */
export function competitorRatesInForce(tariffs: readonly TariffMeasure[], date: IsoDate): SectorRates {
  return ratesOf(cellsOn(tariffs, date).cells, (c) => c.competitor);
}

function cellsWithMeasure(tariffs: readonly TariffMeasure[], m: TariffMeasure): { cells: Cells; ids: string[] } {
  const { cells, ids } = cellsOn(tariffs, m.effective);
  for (const s of m.sectors) {
    const sourced = m.competitorRatePct !== undefined;
    cells[s] = {
      korea: m.ratePct,
      // A measure on Korea alone leaves competitors at the rates in force on its date.
      competitor: sourced ? (m.competitorRatePct ?? 0) : cells[s].competitor,
      competitorFrom: sourced ? legalBasisOf(m) : cells[s].competitorFrom,
      unknown: null,
    };
  }
  return { cells, ids: [...ids, m.id] };
}

/** The rates in force on the measure's effective date with the measure itself applied to its sectors. */
export function ratesWithMeasure(tariffs: readonly TariffMeasure[], m: TariffMeasure): SectorRates {
  return ratesOf(cellsWithMeasure(tariffs, m).cells, (c) => c.korea);
}

/** The newest effective date of an in-force measure that sets sector rates, or null when there is none. */
export function latestInForceDate(tariffs: readonly TariffMeasure[]): IsoDate | null {
  return latestSourcedDate(tariffs);
}

function newest(tariffs: readonly TariffMeasure[], keep: (t: TariffMeasure) => boolean): TariffMeasure | null {
  return tariffs.filter(keep).sort(byEffective).at(-1) ?? null;
}

/** The deal the "agreed" preset is built from: the newest agreed measure (the 30 Jul 2025 deal). */
export function findDealMeasure(tariffs: readonly TariffMeasure[]): TariffMeasure | null {
  return newest(tariffs, (t) => t.status === "agreed");
}

/**
 * The date of the deal as implemented: the newest effective date of the in-force measures that
 * implement it (`implements`); when no record says so, the newest in-force date, if after the deal.
 */
export function implementedDate(tariffs: readonly TariffMeasure[]): IsoDate | null {
  const deal = findDealMeasure(tariffs);
  if (!deal) return null;
  const linked = newest(tariffs, (t) => t.status === "in_force" && t.implements === deal.id);
  if (linked) return linked.effective;
  const latest = latestInForceDate(tariffs);
  return latest !== null && latest >= deal.effective ? latest : null;
}

/** The threat the deal answered: the newest threatened measure effective on or before the deal was implemented (the 1 Aug 2025 letter). */
export function findThreatMeasure(tariffs: readonly TariffMeasure[]): TariffMeasure | null {
  const until = implementedDate(tariffs);
  return newest(tariffs, (t) => t.status === "threatened" && (until === null || t.effective <= until));
}

/** Threats made after the deal was implemented. */
function laterThreats(tariffs: readonly TariffMeasure[]): TariffMeasure[] {
  const after = implementedDate(tariffs);
  return after === null ? [] : tariffs.filter((t) => t.status === "threatened" && t.effective > after);
}

/** The newest general threat after the deal (more than one sector: the 26 Jan 2026 post). */
export function findLaterThreat(tariffs: readonly TariffMeasure[]): TariffMeasure | null {
  return newest(laterThreats(tariffs), (t) => t.sectors.length > 1);
}

/** The newest threat after the deal on semiconductors alone (the 100% memory-chip warning of 16 Jan 2026). */
export function findChipThreat(tariffs: readonly TariffMeasure[]): TariffMeasure | null {
  return newest(laterThreats(tariffs), (t) => t.sectors.length === 1 && t.sectors[0] === "semiconductors");
}

/** The newest in-force measure whose end leaves what follows unknown (the Section 122 surcharge). */
export function findOpenEndedMeasure(tariffs: readonly TariffMeasure[]): TariffMeasure | null {
  return newest(tariffs, (t) => t.status === "in_force" && t.coverage !== "part" && t.afterEnd === "unknown" && t.end !== undefined);
}

/** "25%" when every sector has the same rate, else null. */
function commonRate(rates: SectorRates): number | null {
  const values = [...new Set(Object.values(rates))];
  return values.length === 1 ? (values[0] ?? null) : null;
}

/** Sectors whose rate differs from `pct`, described as "steel stays at 50%". */
function exceptions(rates: SectorRates, pct: number): string {
  const odd = exceptionItems(rates, pct);
  if (odd.length === 0) return "";
  const text = odd.map(({ sector, rate }) => `${sector.replaceAll("_", " ")} ${odd.length > 1 ? "is" : "stays"} at ${rate}%`).join("; ");
  return ` ${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** The sectors `exceptions` names, with their rates (none past three sectors). */
function exceptionItems(rates: SectorRates, pct: number): SectorRate[] {
  const odd = SECTOR_IDS.filter((s) => rates[s] !== pct);
  // Past a few sectors a list reads worse than the rates themselves (shown beside every scenario).
  if (odd.length === 0 || odd.length > 3) return [];
  return odd.map((s) => ({ sector: s, rate: rates[s] }));
}

/** The exceptions as a description part, when there are any. */
function exceptionParts(rates: SectorRates, pct: number): DescriptionPart[] {
  const items = exceptionItems(rates, pct);
  return items.length > 0 ? [{ kind: "exceptions", items }] : [];
}

/** The KORUS baseline date: the day before the first in-force increase (or the latest date if none). */
export function baselineDate(tariffs: readonly TariffMeasure[]): IsoDate | null {
  const first = tariffs
    .filter((t) => t.status === "in_force" && t.coverage !== "part" && t.ratePct > 0)
    .sort(byEffective)[0];
  return first ? dayBefore(first.effective) : latestInForceDate(tariffs);
}

function dated(tariffs: readonly TariffMeasure[], date: IsoDate, label: string, lead: string, leadParts: DescriptionPart[]): ScenarioBasis {
  const { cells, ids } = cellsOn(tariffs, date);
  return basisOf(label, `${lead}Rates in force on ${formatDate(date)}.`, [...leadParts, { kind: "rates_on", date }], cells, ids);
}

function withMeasure(tariffs: readonly TariffMeasure[], m: TariffMeasure, label: string): ScenarioBasis {
  const { cells, ids } = cellsWithMeasure(tariffs, m);
  const ratesPct = ratesOf(cells, (c) => c.korea);
  const others = SECTOR_IDS.filter((s) => !m.sectors.includes(s));
  const rest = others.length > 0 ? ` Other sectors (${sectorList(others)}) keep the rates in force on ${formatDate(m.effective)}.` : "";
  const description = `${m.instrument}: ${m.ratePct}% on ${sectorList(m.sectors)} (${m.status.replace("_", " ")}).${rest}${exceptions(ratesPct, m.ratePct)}`;
  const parts: DescriptionPart[] = [
    { kind: "measure", instrument: m.instrument, rate: m.ratePct, sectors: [...m.sectors], status: m.status },
    ...(others.length > 0 ? [{ kind: "others_keep" as const, sectors: others, date: m.effective }] : []),
    ...exceptionParts(ratesPct, m.ratePct),
  ];
  return basisOf(label, description, parts, cells, ids);
}

/** A scenario pinned to a date: "Tariffs in force on 4 Jun 2025". */
export function datedScenario(tariffs: readonly TariffMeasure[], date: IsoDate): ScenarioBasis {
  return { ...dated(tariffs, date, `Tariffs in force on ${formatDate(date)}`, "", []), name: { kind: "in_force", date, latest: false } };
}

const VERB: Record<TariffMeasure["status"], string> = {
  threatened: "Threatened",
  agreed: "Agreed",
  announced: "Announced",
  in_force: "In force",
};

/** A threatened, agreed or announced measure on top of the rates in force on its date, named after it. */
export function measureScenario(tariffs: readonly TariffMeasure[], m: TariffMeasure): ScenarioBasis {
  return withMeasure(tariffs, m, `${VERB[m.status]} ${m.ratePct}% (${formatDate(m.effective)})`);
}

/** "letter", "post" or "threat", from the instrument's wording. */
function threatKind(m: TariffMeasure): "letter" | "post" | "threat" {
  return /letter/i.test(m.instrument) ? "letter" : /post/i.test(m.instrument) ? "post" : "threat";
}

/** What the ruling comparison's name is made of: the deal's rate and the surcharge's, and whom it is on; null when either side is missing. */
export function rulingComparisonParts(tariffs: readonly TariffMeasure[]): { deal: number; surcharge: number; who: "everyone" | "Korea" } | null {
  const deal = findDealMeasure(tariffs);
  const s = findOpenEndedMeasure(tariffs);
  if (!deal || !s || implementedDate(tariffs) === null) return null;
  return { deal: deal.ratePct, surcharge: s.ratePct, who: s.competitorRatePct === s.ratePct ? "everyone" : "Korea" };
}

/** The one-line name of the ruling comparison, from the data: "15% all-in vs MFN + 10% for everyone"; null when either side is missing. */
export function rulingComparisonLabel(tariffs: readonly TariffMeasure[]): string | null {
  const p = rulingComparisonParts(tariffs);
  return p && `${p.deal}% all-in vs MFN + ${p.surcharge}% for ${p.who}`;
}

type PresetBuilder = (tariffs: readonly TariffMeasure[], date: IsoDate | null) => ScenarioBasis | null;

/** How each preset is read from the timeline. A preset whose measure is missing from the data is null. */
const PRESETS: Record<PresetId, PresetBuilder> = {
  korus: (tariffs) => {
    const date = baselineDate(tariffs);
    if (date === null) return null;
    const basis = dated(tariffs, date, "", "Before the first 2025 measure: the KORUS free-trade agreement. ", [{ kind: "lead", lead: "korus" }]);
    const r = commonRate(basis.ratesPct);
    return { ...basis, label: r === null ? "KORUS baseline" : `KORUS baseline (${r}%)`, name: { kind: "korus", rate: r } };
  },
  threat: (tariffs) => {
    const m = findThreatMeasure(tariffs);
    if (!m) return null;
    const name: ScenarioName = { kind: "threat", rate: m.ratePct, date: m.effective, via: threatKind(m) };
    return { ...withMeasure(tariffs, m, `Threatened ${m.ratePct}% (${formatDate(m.effective)} ${threatKind(m)})`), name };
  },
  deal: (tariffs) => {
    const m = findDealMeasure(tariffs);
    if (!m) return null;
    const name: ScenarioName = { kind: "deal", rate: m.ratePct, date: m.announced ?? m.effective };
    return { ...withMeasure(tariffs, m, `Agreed ${m.ratePct}% (deal of ${formatDate(m.announced ?? m.effective)})`), name };
  },
  implemented: (tariffs) => {
    const date = implementedDate(tariffs);
    const deal = findDealMeasure(tariffs);
    if (date === null || !deal) return null;
    const basis = dated(tariffs, date, `Deal as implemented (${formatDate(date.slice(0, 7))})`, "The deal as put into force. ", [
      { kind: "lead", lead: "implemented" },
    ]);
    const name: ScenarioName = { kind: "implemented", month: date.slice(0, 7) };
    return {
      ...basis,
      description: basis.description + exceptions(basis.ratesPct, deal.ratePct),
      descriptionParts: [...basis.descriptionParts, ...exceptionParts(basis.ratesPct, deal.ratePct)],
      name,
    };
  },
  in_force: (tariffs, chosen) => {
    const latest = latestInForceDate(tariffs);
    const date = chosen ?? latest;
    if (date === null) return null;
    const label = chosen === null ? `Tariffs in force on ${formatDate(date)} (latest)` : `Tariffs in force on ${formatDate(date)}`;
    const name: ScenarioName = { kind: "in_force", date, latest: chosen === null };
    return {
      ...dated(tariffs, date, label, "Follows the date chosen for the rates in force (or the time scrubber). ", [{ kind: "lead", lead: "in_force" }]),
      name,
    };
  },
  threat_2026: (tariffs) => {
    const m = findLaterThreat(tariffs);
    if (!m) return null;
    const name: ScenarioName = { kind: "threat_2026", rate: m.ratePct, date: m.announced ?? m.effective, via: threatKind(m) };
    return { ...withMeasure(tariffs, m, `Threatened ${m.ratePct}% (${formatDate(m.announced ?? m.effective)} ${threatKind(m)})`), name };
  },
  memory_threat: (tariffs) => {
    const m = findChipThreat(tariffs);
    if (!m) return null;
    const name: ScenarioName = { kind: "memory_threat", rate: m.ratePct, date: m.announced ?? m.effective };
    return { ...withMeasure(tariffs, m, `Threatened ${m.ratePct}% on chips (${formatDate(m.announced ?? m.effective)})`), name };
  },
  surcharge: (tariffs) => {
    const m = findOpenEndedMeasure(tariffs);
    if (!m) return null;
    const who = m.competitorRatePct === m.ratePct ? ("everyone" as const) : ("Korea" as const);
    const name: ScenarioName = { kind: "surcharge", rate: m.ratePct, who, basis: legalBasisOf(m), date: m.effective };
    const label = `MFN + ${m.ratePct}% for ${who} (${legalBasisOf(m)}, ${formatDate(m.effective)})`;
    return { ...dated(tariffs, m.effective, label, `${m.instrument}. `, [{ kind: "instrument", instrument: m.instrument }]), name };
  },
  surcharge_lapse: (tariffs) => {
    const m = findOpenEndedMeasure(tariffs);
    if (!m?.end) return null;
    const basis = dated(
      tariffs,
      m.end,
      `${legalBasisOf(m)} lapses (${formatDate(m.end)}), nothing in its place`,
      `Assumed: ${legalBasisOf(m)} ends on ${formatDate(m.end)} and nothing replaces it; what did follow is not in the sources. `,
      [{ kind: "assumed_lapse", basis: legalBasisOf(m), date: m.end }],
    );
    return { ...basis, measureIds: [...new Set([...basis.measureIds, m.id])], name: { kind: "surcharge_lapse", basis: legalBasisOf(m), date: m.end } };
  },
};

/**
 * Builds one preset from the timeline; null when the data has no measure to build it from.
 * `date` is the date chosen for "Tariffs in force on" (null: the latest sourced change).
 */
export function buildPreset(id: PresetId, tariffs: readonly TariffMeasure[], date: IsoDate | null): ScenarioBasis | null {
  return PRESETS[id](tariffs, date);
}

/** Percent rates → the model's scenario input (decimals); competitors' rates become `tariffRow`. */
export function toScenarioInput(id: string, ratesPct: SectorRates, competitorRatesPct?: SectorRates): ScenarioInput {
  const tariffKorea: Record<string, number> = {};
  for (const s of SECTOR_IDS) tariffKorea[s] = ratesPct[s] / 100;
  if (!competitorRatesPct) return { id, tariffKorea };
  const tariffRow: Record<string, number> = {};
  for (const s of SECTOR_IDS) tariffRow[s] = competitorRatesPct[s] / 100;
  return { id, tariffKorea, tariffRow };
}

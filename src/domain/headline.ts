/**
 * The headline figures of the first screen: the US tariff on Korean goods in force on the data's
 * "as of" date (with its legal basis, per group of sectors), Korea's exports to the US (the latest
 * full year, and a newer partial period labelled as such), North Korea's ballistic-missile launches
 * this year, US troops in Korea, and North Korean troops in Russia (the latest estimates that
 * disagree, side by side, never merged). Pure: the data and the dates come in as arguments.
 */
import type { IndicatorsFile, Point, Sector, Series, TariffMeasure, TradeFile } from "./schemas";
import type { Confidence, IsoDate, PanelId, PanelPart, SectorId } from "./types";
import { formatDate, formatList, formatNumber } from "./format";
import { endOfPeriod } from "./freshness";
import { legalBasisOf, sectorRatesOn, type SectorRateOn } from "./tariff/rates-on";

export const HEADLINE_IDS = ["tariff", "exports", "launches", "usfk", "dprk-troops"] as const;
export type HeadlineId = (typeof HEADLINE_IDS)[number];

/**
 * The keys of the cards' messages: src/domain/i18n/panels/headline-en.ts has a message for each
 * (it checks that with `satisfies`), src/domain being kept free of the i18n layer.
 */
export type HeadlineMessageKey =
  | "headline.tariff.label"
  | "headline.exports.label"
  | "headline.launches.label"
  | "headline.usfk.label"
  | "headline.dprkTroops.label"
  | "headline.tariff.missing"
  | "headline.exports.missing"
  | "headline.launches.missing"
  | "headline.usfk.missing"
  | "headline.dprkTroops.missing"
  | "headline.value.percent"
  | "headline.value.amount"
  | "headline.value.number"
  | "headline.value.notKnown"
  | "headline.prefix.inForceOn"
  | "headline.prefix.on"
  | "headline.prefix.asOf"
  | "headline.prefix.year"
  | "headline.prefix.month"
  | "headline.prefix.to"
  | "headline.tariff.mostGoods"
  | "headline.tariff.mostGoodsNoMeasure"
  | "headline.tariff.mostGoodsUnknown"
  | "headline.tariff.mostGoodsEnded"
  | "headline.tariff.afterUnknown"
  | "headline.tariff.sectorRate"
  | "headline.tariff.ratesUnder"
  | "headline.tariff.ratesNoMeasure"
  | "headline.tariff.sectorsUnknown"
  | "headline.tariff.ending"
  | "headline.tariff.endingNoMeasure"
  | "headline.exports.captionYear"
  | "headline.exports.caption"
  | "headline.exports.captionPartial"
  | "headline.launches.caption"
  | "headline.usfk.caption"
  | "headline.dprkTroops.caption"
  | "headline.dprkTroops.estimate"
  | "headline.dprkTroops.disagree";

/**
 * A value for a message's placeholder, raw, for the view to format in the reader's language: text
 * as is (data, already in the reader's language), a number, a date (YYYY, YYYY-MM or YYYY-MM-DD), an
 * amount with its unit ("USD bn"), a list of names, or messages joined by ", ".
 */
export type HeadlineArg =
  | string
  | number
  | { date: string }
  | { amount: number; unit: string }
  | { list: string[] }
  | { join: HeadlineMessage[] };

/** A piece of a card's text as a message of the headline catalog and its raw values. */
export interface HeadlineMessage {
  key: HeadlineMessageKey;
  values?: Record<string, HeadlineArg>;
}

/** The English texts of a value as messages, for a view in another language. */
export interface HeadlineValueText {
  value: HeadlineMessage;
  caption: HeadlineMessage;
  /** None when the value has no words before its date. */
  datePrefix: HeadlineMessage | null;
}

/** The English texts of a figure as messages (`detail`: its parts, joined by " · "). */
export interface HeadlineFigureText {
  label: HeadlineMessage;
  detail?: HeadlineMessage[];
  note?: HeadlineMessage;
  missing?: HeadlineMessage;
}

const msg = (key: HeadlineMessageKey, values?: Record<string, HeadlineArg>): HeadlineMessage => (values ? { key, values } : { key });

/** One value of a headline figure, with its own date, confidence and sources. */
export interface HeadlineValue {
  /** The figure as shown: "10%", "122.87 USD bn", "7", "28,500". */
  value: string;
  /** What exactly is counted, or who says so. */
  caption: string;
  /** The value's date: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  /** Words before the date ("in force on", "full year", "to"). */
  datePrefix: string;
  confidence: Confidence;
  sourceIds: string[];
  /** The same texts as messages, for the reader's language. */
  text: HeadlineValueText;
}

export interface HeadlineFigure {
  id: HeadlineId;
  label: string;
  /** One value, or several side by side (estimates that disagree, a newer partial period). */
  values: HeadlineValue[];
  /** A further line: the other sector groups' rates. */
  detail?: string;
  /** A caveat: a rate that runs out, estimates that disagree. */
  note?: string;
  /** Where the figure is shown in full. */
  open: { panel: PanelId; part: PanelPart };
  /** Why there is no value (the data has none); `values` is then empty. */
  missing?: string;
  /** The same texts as messages, for the reader's language. */
  text: HeadlineFigureText;
}

/** The series (trade or indicators) the figures read, by id. */
export const HEADLINE_SERIES = {
  exportsYear: "kor_exports_to_us_korea_reported",
  exportsPartial: "kor_exports_to_us_monthly_korea_reported",
  launches: "dprk_launches_reuters",
  usfk: "usfk_troops",
  dprkTroops: "dprk_troops_in_russia",
} as const;

/** Estimates dated within this many days of the latest one are the latest round, side by side. */
export const SAME_ROUND_DAYS = 31;

export interface HeadlineInputs {
  trade: Pick<TradeFile, "series" | "sectors" | "tariffs">;
  indicators: Pick<IndicatorsFile, "series">;
  /** The data's "as of" date (domain/freshness.ts dataAsOf): the day the figures describe. */
  asOf: IsoDate;
  /** The day the data was compiled: a rate whose measure has ended by then says so. */
  today: IsoDate;
}

function latestPoint(points: readonly Point[]): Point | undefined {
  let best: Point | undefined;
  for (const p of points) if (!best || endOfPeriod(p.date) > endOfPeriod(best.date)) best = p;
  return best;
}

function seriesById(list: readonly Series[], id: string): Series | undefined {
  return list.find((s) => s.id === id);
}

/** "Autos (passenger vehicles)" → "autos", "철강(…)" → "철강"; keeps acronyms ("SSD"). */
function shortSectorName(label: string): string {
  const head = label.split(/\s*\(/)[0] || label;
  return /^[A-Z][a-z]/.test(head) ? head[0]!.toLowerCase() + head.slice(1) : head;
}

/**
 * "Section 232 autos and parts, all-in" → "Section 232"; "KORUS FTA" stays. The Korean data's
 * names likewise: "무역확장법 232조 금속, …" → "무역확장법 232조", "한미 FTA".
 */
function shortBasis(basis: string): string {
  return /^(Section \d+|IEEPA|KORUS FTA|무역확장법 \d+조|무역법 \d+조|국제긴급경제권한법(?:\(IEEPA\))?|한미 FTA)/.exec(basis)?.[1] ?? basis;
}

interface RateGroup {
  rate: SectorRateOn;
  sectors: SectorId[];
  measure: TariffMeasure | undefined;
}

/** Sectors grouped by what applies to them: the same status, rate and rate-setting measure. */
function rateGroups(rates: Record<SectorId, SectorRateOn>, tariffs: readonly TariffMeasure[], order: readonly SectorId[]): RateGroup[] {
  const groups = new Map<string, RateGroup>();
  for (const s of order) {
    const r = rates[s];
    const key = r.status === "known" ? `k:${r.ratePct}:${r.measureIds[0] ?? ""}` : `u:${r.measureIds[0] ?? ""}`;
    const g = groups.get(key);
    if (g) g.sectors.push(s);
    else groups.set(key, { rate: r, sectors: [s], measure: tariffs.find((m) => m.id === r.measureIds[0]) });
  }
  return [...groups.values()];
}

/**
 * The US tariff on Korean goods in force on `asOf`: the rate of most goods (the group that holds
 * "all other goods") with its legal basis as the value, the other groups' rates and bases as the
 * detail. When that rate's measure has ended by `today` with what follows unknown, the detail says so.
 */
export function headlineTariff(
  tariffs: readonly TariffMeasure[],
  sectors: readonly Pick<Sector, "id" | "label">[],
  asOf: IsoDate,
  today: IsoDate,
): HeadlineFigure {
  const open = { panel: "trade", part: "tariffs" } as const;
  const label = "US tariff on Korean goods";
  const labelText = msg("headline.tariff.label");
  const order = sectors.map((s) => s.id);
  if (tariffs.length === 0 || !order.includes("other"))
    return { id: "tariff", label, values: [], open, missing: "No tariff timeline in the data.", text: { label: labelText, missing: msg("headline.tariff.missing") } };
  const name = (id: SectorId) => shortSectorName(sectors.find((s) => s.id === id)?.label ?? id);
  const groups = rateGroups(sectorRatesOn(tariffs, asOf), tariffs, order);
  const main = groups.find((g) => g.sectors.includes("other"))!;
  // The other groups, those under the same kind of measure together: "autos 15%, steel 50% (Section 232)".
  const others: string[] = [];
  const otherParts: { rates: HeadlineMessage[]; basis: string | null; unknown?: string[] }[] = [];
  let lastBasis: string | null = null;
  for (const g of groups.filter((x) => x !== main)) {
    const names = g.sectors.map(name);
    const who = formatList(names);
    if (g.rate.status === "unknown") {
      others.push(`${who}: not known from the sources`);
      otherParts.push({ rates: [], basis: null, unknown: names });
      lastBasis = null;
      continue;
    }
    const basis = g.measure ? shortBasis(legalBasisOf(g.measure)) : "no US measure";
    const text = `${who} ${formatNumber(g.rate.ratePct)}%`;
    const rate = msg("headline.tariff.sectorRate", { sectors: { list: names }, rate: g.rate.ratePct });
    if (basis === lastBasis) {
      others[others.length - 1] = others.at(-1)!.replace(/ \(([^)]*)\)$/, `, ${text} ($1)`);
      otherParts.at(-1)!.rates.push(rate);
    } else {
      others.push(`${text} (${basis})`);
      otherParts.push({ rates: [rate], basis: g.measure ? basis : null });
    }
    lastBasis = basis;
  }
  const detailText = otherParts.map((p) =>
    p.unknown
      ? msg("headline.tariff.sectorsUnknown", { sectors: { list: p.unknown } })
      : p.basis === null
        ? msg("headline.tariff.ratesNoMeasure", { rates: { join: p.rates } })
        : msg("headline.tariff.ratesUnder", { rates: { join: p.rates }, basis: p.basis }),
  );
  const m = main.measure;
  const value: HeadlineValue =
    main.rate.status === "known"
      ? {
          value: `${formatNumber(main.rate.ratePct)}%`,
          caption: `${m ? legalBasisOf(m) : "No US measure"} (most goods)`,
          date: asOf,
          datePrefix: "in force on",
          confidence: m?.confidence ?? "verified",
          sourceIds: m?.sourceIds ?? [],
          text: {
            value: msg("headline.value.percent", { rate: main.rate.ratePct }),
            caption: m ? msg("headline.tariff.mostGoods", { basis: legalBasisOf(m) }) : msg("headline.tariff.mostGoodsNoMeasure"),
            datePrefix: msg("headline.prefix.inForceOn"),
          },
        }
      : {
          value: "not known",
          caption: `most goods: ${main.rate.reason}`,
          date: asOf,
          datePrefix: "on",
          confidence: m?.confidence ?? "unverified",
          sourceIds: m?.sourceIds ?? [],
          text: {
            value: msg("headline.value.notKnown"),
            // The reason rates-on.ts words (its measure ended, what follows unknown), from its parts.
            caption:
              m?.end !== undefined
                ? msg("headline.tariff.mostGoodsEnded", {
                    basis: legalBasisOf(m),
                    rate: m.ratePct,
                    end: { date: m.end },
                    after: m.endNote ?? { join: [msg("headline.tariff.afterUnknown")] },
                  })
                : msg("headline.tariff.mostGoodsUnknown", { reason: main.rate.reason }),
            datePrefix: msg("headline.prefix.on"),
          },
        };
  const later = sectorRatesOn(tariffs, today).other;
  const ends = main.rate.status === "known" && later.status === "unknown";
  const ending = ends ? `${m ? legalBasisOf(m) : "This rate"}: until ${formatDate(later.since)}; what applies after is not in the sources.` : null;
  const endingText = ends
    ? m
      ? msg("headline.tariff.ending", { basis: legalBasisOf(m), until: { date: later.since } })
      : msg("headline.tariff.endingNoMeasure", { until: { date: later.since } })
    : null;
  return {
    id: "tariff",
    label,
    values: [value],
    ...(others.length > 0 ? { detail: others.join(" · ") } : {}),
    ...(ending ? { note: ending } : {}),
    open,
    text: { label: labelText, ...(detailText.length > 0 ? { detail: detailText } : {}), ...(endingText ? { note: endingText } : {}) },
  };
}

/** Korea's exports to the US: the latest full year; a newer partial period beside it, labelled. */
export function headlineExports(series: readonly Series[]): HeadlineFigure {
  const open = { panel: "trade", part: "flows" } as const;
  const label = "Korea's exports to the US";
  const labelText = msg("headline.exports.label");
  const year = seriesById(series, HEADLINE_SERIES.exportsYear);
  const last = year && latestPoint(year.points);
  if (!year || !last)
    return { id: "exports", label, values: [], open, missing: "No export series in the data.", text: { label: labelText, missing: msg("headline.exports.missing") } };
  const fullYear = /^\d{4}$/.test(last.date);
  const values: HeadlineValue[] = [
    {
      value: `${formatNumber(last.value)} ${year.unit}`,
      caption: fullYear ? "goods, full year, Korea-reported" : "goods, Korea-reported",
      date: last.date,
      datePrefix: fullYear ? "year" : "as of",
      confidence: last.confidence,
      sourceIds: [...last.sourceIds],
      text: {
        value: msg("headline.value.amount", { amount: { amount: last.value, unit: year.unit } }),
        caption: msg(fullYear ? "headline.exports.captionYear" : "headline.exports.caption"),
        datePrefix: msg(fullYear ? "headline.prefix.year" : "headline.prefix.asOf"),
      },
    },
  ];
  const partialSeries = seriesById(series, HEADLINE_SERIES.exportsPartial);
  const partial = partialSeries && latestPoint(partialSeries.points);
  if (partialSeries && partial && endOfPeriod(partial.date) > endOfPeriod(last.date)) {
    values.push({
      value: `${formatNumber(partial.value)} ${partialSeries.unit}`,
      caption: `${partial.label ?? formatDate(partial.date)} only: early-month data, not a full month`,
      date: partial.date,
      datePrefix: "month",
      confidence: partial.confidence,
      sourceIds: [...partial.sourceIds],
      text: {
        value: msg("headline.value.amount", { amount: { amount: partial.value, unit: partialSeries.unit } }),
        caption: msg("headline.exports.captionPartial", { period: partial.label ?? { date: partial.date } }),
        datePrefix: msg("headline.prefix.month"),
      },
    });
  }
  return { id: "exports", label, values, open, text: { label: labelText } };
}

/** North Korea's ballistic-missile launches in the year of `asOf`, by the year-to-date count. */
export function headlineLaunches(series: readonly Series[], asOf: IsoDate): HeadlineFigure {
  const open = { panel: "threats", part: "arsenal" } as const;
  const year = asOf.slice(0, 4);
  const label = `DPRK ballistic-missile launches, ${year}`;
  const labelText = msg("headline.launches.label", { year });
  const s = seriesById(series, HEADLINE_SERIES.launches);
  const p = s && latestPoint(s.points.filter((x) => x.date.startsWith(year)));
  if (!s || !p)
    return {
      id: "launches",
      label,
      values: [],
      open,
      missing: `No launch count for ${year} in the data.`,
      text: { label: labelText, missing: msg("headline.launches.missing", { year }) },
    };
  const counter = /\(([^)]+)\)$/.exec(s.label)?.[1] ?? s.label;
  return {
    id: "launches",
    label,
    values: [
      {
        value: formatNumber(p.value),
        caption: `${counter}, year to date`,
        date: p.date,
        datePrefix: "to",
        confidence: p.confidence,
        sourceIds: [...p.sourceIds],
        text: {
          value: msg("headline.value.number", { value: p.value }),
          caption: msg("headline.launches.caption", { counter }),
          datePrefix: msg("headline.prefix.to"),
        },
      },
    ],
    open,
    text: { label: labelText },
  };
}

/** US Forces Korea's troop level: the latest value. */
export function headlineUsfk(series: readonly Series[]): HeadlineFigure {
  const open = { panel: "alliance", part: "forces" } as const;
  const label = "US troops in Korea (USFK)";
  const labelText = msg("headline.usfk.label");
  const s = seriesById(series, HEADLINE_SERIES.usfk);
  const p = s && latestPoint(s.points);
  if (!s || !p) return { id: "usfk", label, values: [], open, missing: "No USFK series in the data.", text: { label: labelText, missing: msg("headline.usfk.missing") } };
  return {
    id: "usfk",
    label,
    values: [
      {
        value: formatNumber(p.value),
        caption: "strength as reported, not a head count",
        date: p.date,
        datePrefix: "year",
        confidence: p.confidence,
        sourceIds: [...p.sourceIds],
        text: {
          value: msg("headline.value.number", { value: p.value }),
          caption: msg("headline.usfk.caption"),
          datePrefix: msg("headline.prefix.year"),
        },
      },
    ],
    open,
    text: { label: labelText },
  };
}

function dayNumber(d: string): number {
  return Date.parse(`${endOfPeriod(d)}T00:00:00Z`) / 86_400_000;
}

/**
 * North Korean troops in Russia: every estimate dated within SAME_ROUND_DAYS of the latest one,
 * oldest first, each with its estimator (the point's label) and sources; never averaged.
 */
export function headlineDprkTroops(series: readonly Series[]): HeadlineFigure {
  const open = { panel: "threats", part: "russia" } as const;
  const label = "DPRK troops in Russia";
  const s = seriesById(series, HEADLINE_SERIES.dprkTroops);
  const last = s && latestPoint(s.points);
  const labelText = msg("headline.dprkTroops.label");
  if (!s || !last)
    return { id: "dprk-troops", label, values: [], open, missing: "No estimate in the data.", text: { label: labelText, missing: msg("headline.dprkTroops.missing") } };
  const round = s.points
    .filter((p) => dayNumber(last.date) - dayNumber(p.date) <= SAME_ROUND_DAYS)
    .sort((a, b) => dayNumber(a.date) - dayNumber(b.date));
  const values = round.map((p) => ({
    value: formatNumber(p.value),
    caption: p.label ?? "estimate",
    date: p.date,
    datePrefix: "",
    confidence: p.confidence,
    sourceIds: [...p.sourceIds],
    text: {
      value: msg("headline.value.number", { value: p.value }),
      caption: p.label !== undefined ? msg("headline.dprkTroops.caption", { estimator: p.label }) : msg("headline.dprkTroops.estimate"),
      datePrefix: null,
    },
  }));
  const note = values.length > 1 ? "Estimates disagree: side by side, not averaged." : undefined;
  const noteText = note ? msg("headline.dprkTroops.disagree") : undefined;
  return { id: "dprk-troops", label, values, ...(note ? { note } : {}), open, text: { label: labelText, ...(noteText ? { note: noteText } : {}) } };
}

/** The five headline figures, in display order. */
export function selectHeadline({ trade, indicators, asOf, today }: HeadlineInputs): HeadlineFigure[] {
  return [
    headlineTariff(trade.tariffs, trade.sectors, asOf, today),
    headlineExports(trade.series),
    headlineLaunches(indicators.series, asOf),
    headlineUsfk(indicators.series),
    headlineDprkTroops(indicators.series),
  ];
}

/**
 * The indicators' own words in the interface language (issue #21). The registry
 * (src/domain/indicators) keeps its English, which unit tests pin; the views show an indicator
 * through `localizeIndicator`, which takes its title, method, unit, legends and milestone heading
 * from the "indicators.*" messages by indicator, series and fact id. The English messages repeat the
 * registry's text, so the English view is unchanged. The summary sentence is the registry's own
 * English for English readers; for Korean readers it is worded with `summaryWords` (the
 * "indicators.summary.*" messages, Korean dates, numbers and amounts).
 */
import type { Direction, IndicatorId, ResolvedIndicator, SummaryWords } from "../domain/indicators/types";
import type { PanelMessageKey } from "../domain/i18n/panel-keys";
import { t, textOr } from "../i18n/i18n";
import { formatDate, formatNumber } from "../i18n/format";
import { formatAmount, formatKoreanUnits, formatList } from "../domain/format";
import type { Lang } from "../domain/locale";

const UNIT_KEYS: Readonly<Record<string, PanelMessageKey>> = {
  "KRW tn": "indicators.unit.krwTn",
  "CNY bn": "indicators.unit.cnyBn",
  "USD bn": "indicators.unit.usdBn",
  "% of GDP": "indicators.unit.pctGdp",
  troops: "indicators.unit.troops",
  days: "indicators.unit.days",
  people: "indicators.unit.people",
  personnel: "indicators.unit.personnel",
  count: "indicators.unit.count",
  warheads: "indicators.unit.warheads",
};

/** An axis unit of the registry ("KRW tn") in the interface language; other units as given. */
export function unitText(unit: string): string {
  const key = UNIT_KEYS[unit];
  return key ? t(key) : unit;
}

export const indicatorTitle = (id: IndicatorId): string => t(`indicators.${id}.title`);
export const indicatorMethod = (id: IndicatorId): string => t(`indicators.${id}.method`);

/** A series' or fact's legend by its id, else the registry's English. */
export const legendText = (id: string, english: string): string => textOr(`indicators.legend.${id}`, english);

const DIRECTION_KEYS: Record<Direction, PanelMessageKey> = {
  up_bad: "indicators.direction.up_bad",
  up_good: "indicators.direction.up_good",
  neutral: "indicators.direction.neutral",
};

/** "A rise means a larger threat." and its kin, in the interface language. */
export const directionNote = (d: Direction): string => t(DIRECTION_KEYS[d]);

/** Money units of the Korean data ("10억 위안") as ones and the currency word. */
const KOREAN_DATA_MONEY: Readonly<Record<string, { scale: number; suffix: string }>> = {
  "10억 위안": { scale: 1e9, suffix: " 위안" },
  "10억 달러": { scale: 1e9, suffix: " 달러" },
};

/**
 * A value with its unit as a Korean sentence writes it: money in Korean units (65.86 "KRW tn" →
 * "65조 8,600억 원", 1,910 "10억 위안" → "1조 9,100억 위안"); "% (GDP 대비)" → "GDP 대비 2.4%";
 * a Korean counter straight after the number (28500 "명" → "28,500명", "회(발사 횟수)" → "6회(발사 횟수)");
 * other units after a space, in Korean where the catalog has the word.
 */
export function koreanAmount(value: number, unit: string): string {
  const u = unit.trim();
  const money = KOREAN_DATA_MONEY[u];
  if (money) return `${formatKoreanUnits(value * money.scale)}${money.suffix}`;
  if (["USD bn", "USD", "KRW tn", "KRW bn"].includes(u)) return formatAmount(value, u, "ko");
  const n = formatNumber(value);
  const pct = /^%\s*\((.+)\)$/.exec(u);
  if (pct) return `${pct[1]} ${n}%`;
  if (u === "% of GDP") return `GDP 대비 ${n}%`;
  if (u.startsWith("%")) return `${n}${u}`;
  if (/^[\uac00-\ud7a3]/.test(u)) return `${n}${u}`;
  const word = unitText(u);
  return COUNTERS.has(word) ? `${n}${word}` : `${n} ${word}`;
}

/** Korean counters written straight after the number ("28,500명"). */
const COUNTERS = new Set(["명", "기", "일"]);

/** The words a summary sentence is written with, in the active language (Korean readers; see types.ts). */
export function summaryWords(): SummaryWords {
  return {
    say: (key, values) => t(key as PanelMessageKey, values),
    date: formatDate,
    number: formatNumber,
    amount: koreanAmount,
    legend: legendText,
    list: (items) => formatList(items, "ko"),
  };
}

/**
 * The indicator with its title, method, unit, legends and milestone heading in the interface
 * language `lang` (the active one: a memo key for views). Its summary is computed from the data as
 * given (the Korean data for Korean readers), in the registry's English or, for Korean, with `summaryWords`.
 */
export function localizeIndicator(r: ResolvedIndicator, lang: Lang): ResolvedIndicator {
  const { def } = r;
  const summary = lang === "ko" ? def.summarize(r, summaryWords()) : def.summarize(r);
  const localized: ResolvedIndicator["def"] = {
    ...def,
    title: indicatorTitle(def.id),
    method: indicatorMethod(def.id),
    unit: unitText(def.unit),
    summarize: () => summary,
  };
  if (def.milestoneHeading) localized.milestoneHeading = textOr(`indicators.${def.id}.milestones`, def.milestoneHeading);
  return {
    ...r,
    def: localized,
    series: r.series.map((s) => ({ ...s, ref: { ...s.ref, legend: legendText(s.ref.id, s.ref.legend) } })),
    facts: r.facts.map((f) => (f.ref.legend ? { ...f, ref: { ...f.ref, legend: legendText(f.ref.id, f.ref.legend) } } : f)),
  };
}

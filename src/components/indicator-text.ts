/**
 * The indicators' own words in the interface language (issue #21). The registry
 * (src/domain/indicators) keeps its English, which unit tests pin; the views show an indicator
 * through `localizeIndicator`, which takes its title, method, unit, legends and milestone heading
 * from the "indicators.*" messages by indicator, series and fact id. The English messages repeat the
 * registry's text, so the English view is unchanged. The summary sentence is still the registry's
 * English (see the report on issue #21): it is computed from the original, untranslated indicator.
 */
import type { Direction, IndicatorId, ResolvedIndicator } from "../domain/indicators/types";
import type { PanelMessageKey } from "../domain/i18n/panel-keys";
import { t } from "../i18n/i18n";
import type { Lang } from "../domain/locale";

/** The message `key` if the catalog has it, else `fallback` (Lingui returns a missing id as is). */
function textOr(key: string, fallback: string): string {
  const text = t(key as PanelMessageKey);
  return text === key ? fallback : text;
}

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

/**
 * The indicator with its title, method, unit, legends and milestone heading in the interface
 * language `lang` (the active one: a memo key for views); its summary stays the one computed from the original (English) indicator.
 */
export function localizeIndicator(r: ResolvedIndicator, lang: Lang): ResolvedIndicator {
  void lang; // t() reads the active language itself; `lang` only keys the caller's memo
  const { def } = r;
  const summary = def.summarize(r);
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

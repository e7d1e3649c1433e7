/** Display text for the changes view's values, in the active language. */
import type { SectorRateOn } from "../../domain/tariff/rates-on";
import type { IndicatorChange, ValueSide } from "../../domain/changes";
import { formatAmount, formatDate, formatNumber } from "../../i18n/format";
import { activeLang, t } from "../../i18n/i18n";

/** "15%", or "not known" for a rate the sources leave open. */
export function rateText(r: SectorRateOn): string {
  return r.status === "known" ? `${formatNumber(r.ratePct)}%` : t("changes.notKnown");
}

/** A value with its unit: "61.2 KRW tn" (Korean: "61조 2,000억 원", units as Korean readers expect them). */
function amount(n: number, unit: string, digits = 2): string {
  if (unit === "%") return `${formatNumber(n, digits)}%`;
  if (!unit) return formatNumber(n, digits);
  return activeLang() === "ko" ? formatAmount(n, unit) : `${formatNumber(n, digits)} ${unit}`;
}

/** Signed, with a unit: "+6.4 KRW tn", "−5%". */
export function signed(n: number, unit: string, digits = 2): string {
  return `${n > 0 ? "+" : n < 0 ? "−" : "±"}${amount(Math.abs(n), unit, digits)}`;
}

/** Signed percentage points: "−5 percentage points" (Korean "−5%p"). */
export function signedPoints(n: number): string {
  return t("changes.points", { value: signed(n, "") });
}

/** One side's value(s): "61.2 KRW tn" or, for disputed values, "1,200 casualties (label) / 4,000 …". */
export function sideValues(side: ValueSide, unit: string): string {
  return side.points
    .map((p) => {
      const range = p.low !== undefined && p.high !== undefined ? ` (${formatNumber(p.low)}–${formatNumber(p.high)})` : "";
      return `${amount(p.value, unit)}${range}${p.label ? `, ${p.label}` : ""}`;
    })
    .join(" / ");
}

/** The change column's text. */
export function changeText(c: IndicatorChange, since: string): string {
  switch (c.status) {
    case "changed": {
      const delta = c.unit === "%" ? signedPoints(c.delta ?? 0) : signed(c.delta ?? 0, c.unit);
      return `${delta}${c.pct !== null ? ` (${signed(c.pct, "%", 1)})` : ""}`;
    }
    case "unchanged":
      return t("changes.noChange");
    case "no-newer-value":
      return t("changes.indicators.noNewer");
    case "no-value-then":
      return t("changes.indicators.noValueThen", { date: formatDate(since) });
    case "not-comparable":
      return t("changes.indicators.notComparable");
    case "not-known":
      return t("changes.indicators.notKnownWhy", { note: c.note ?? t("changes.indicators.sourcesOpen") });
    case "missing":
      return t("changes.indicators.missing");
  }
}

/** Display text for the changes view's values (pure). */
import type { SectorRateOn } from "../../domain/tariff/rates-on";
import type { IndicatorChange, ValueSide } from "../../domain/changes";
import { formatDate, formatNumber } from "../../i18n/format";

/** "15%", or "not known" for a rate the sources leave open. */
export function rateText(r: SectorRateOn): string {
  return r.status === "known" ? `${formatNumber(r.ratePct)}%` : "not known";
}

/** Signed, with a unit: "+6.4 KRW tn", "−5 percentage points". */
export function signed(n: number, unit: string, digits = 2): string {
  const text = formatNumber(Math.abs(n), digits);
  return `${n > 0 ? "+" : n < 0 ? "−" : "±"}${text}${unit === "%" ? "%" : unit ? ` ${unit}` : ""}`;
}

/** One side's value(s): "61.2 KRW tn" or, for disputed values, "1,200 casualties (label) / 4,000 …". */
export function sideValues(side: ValueSide, unit: string): string {
  return side.points
    .map((p) => {
      const range = p.low !== undefined && p.high !== undefined ? ` (${formatNumber(p.low)}–${formatNumber(p.high)})` : "";
      return `${formatNumber(p.value)}${unit === "%" ? "%" : ` ${unit}`}${range}${p.label ? `, ${p.label}` : ""}`;
    })
    .join(" / ");
}

/** The change column's text. */
export function changeText(c: IndicatorChange, since: string): string {
  switch (c.status) {
    case "changed":
      return `${signed(c.delta ?? 0, c.unit === "%" ? "percentage points" : c.unit)}${c.pct !== null ? ` (${signed(c.pct, "%", 1)})` : ""}`;
    case "unchanged":
      return "no change";
    case "no-newer-value":
      return "no newer value in the data";
    case "no-value-then":
      return `no value on or before ${formatDate(since)}`;
    case "not-comparable":
      return "not compared: disputed values or estimates by different estimators, shown side by side";
    case "not-known":
      return `not known: ${c.note ?? "the sources leave it open"}`;
    case "missing":
      return "not in the data";
  }
}

/** Text for the backtest: signed percentages, the monthly tariff path, bases and positions. Pure. */
import type { MonthRate } from "../../domain/tariff/backtest";
import type { Lang } from "../../domain/locale";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** −12.6% / +30.0% (one decimal, a true minus sign). */
export function signedPct(v: number, unit = "%"): string {
  const r = Math.round(v * 10) / 10;
  const text = Math.abs(r).toFixed(1);
  if (r === 0) return `0.0${unit}`;
  return `${r < 0 ? "−" : "+"}${text}${unit}`;
}

/** 17.03 → "17.0%". */
export function ratePct(v: number): string {
  return `${(Math.round(v * 10) / 10).toFixed(1).replace(/\.0$/, "")}%`;
}

function monthName(m: MonthRate, lang: Lang): string {
  const n = Number(m.month.slice(5, 7));
  return lang === "ko" ? `${n}월` : (MONTHS[n - 1] ?? m.month);
}

/** "Jan–Mar" / "1~3월". */
function monthSpan(first: MonthRate, last: MonthRate, lang: Lang): string {
  if (first === last) return monthName(first, lang);
  if (lang === "ko") return `${Number(first.month.slice(5, 7))}~${monthName(last, lang)}`;
  return `${monthName(first, lang)}–${monthName(last, lang)}`;
}

/**
 * Consecutive months at the same rate, merged: "Jan–Mar 0%", "Apr 23.3% (0% → 25%)", "May–Oct 25%".
 * A month in which the rate changed shows its day-weighted mean and the rates it mixes.
 */
export function monthRuns(months: readonly MonthRate[], lang: Lang = "en"): string[] {
  const out: { first: MonthRate; last: MonthRate }[] = [];
  for (const m of months) {
    const prev = out.at(-1);
    if (prev && prev.last.rates.length === 1 && m.rates.length === 1 && prev.last.ratePct === m.ratePct) prev.last = m;
    else out.push({ first: m, last: m });
  }
  return out.map(({ first, last }) => {
    const when = monthSpan(first, last, lang);
    const mix = first.rates.length > 1 ? ` (${first.rates.map(ratePct).join(" → ")})` : "";
    return `${when} ${ratePct(first.ratePct)}${mix}`;
  });
}

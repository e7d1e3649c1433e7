/** Display formatting for sourced figures and dates. Pure; locale fixed to en-GB style dates. */
import type { Figure } from "./schemas";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2025-07-30" → "30 Jul 2025"; "2025-07" → "Jul 2025"; "2025" → "2025". */
export function formatDate(d: string): string {
  const [y, m, day] = d.split("-");
  if (!m) return y ?? d;
  const mon = MONTHS[Number(m) - 1] ?? m;
  return day ? `${Number(day)} ${mon} ${y}` : `${mon} ${y}`;
}

const numberFormats = new Map<number, Intl.NumberFormat>();

/** Number with thousands separators and at most `digits` decimals (formatters are cached: hot path). */
export function formatNumber(n: number, digits = 2): string {
  let f = numberFormats.get(digits);
  if (!f) {
    f = new Intl.NumberFormat("en-US", { maximumFractionDigits: digits });
    numberFormats.set(digits, f);
  }
  return f.format(n);
}

/** "USD bn 1,868" style figures read better as "1,868 USD bn"; ranges as "4.3–11". */
export function formatFigure(f: Figure): string {
  const range =
    f.low !== undefined && f.high !== undefined
      ? ` (range ${formatNumber(f.low)}–${formatNumber(f.high)})`
      : "";
  return `${formatNumber(f.value)} ${f.unit}${range}`;
}

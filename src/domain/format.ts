/**
 * Display formatting for sourced figures, dates, numbers and money, by interface language. Pure.
 * English keeps the atlas's own style ("30 Jul 2025", "1,868 USD bn"); Korean goes through `Intl`
 * (ko-KR: "2026년 2월 20일", "2026년 2월") and writes money in Korean units (만, 억, 조: USD bn
 * 122.9 → "1,229억 달러", KRW tn 1.4028 → "1조 4,028억 원"), as Korean readers expect.
 */
import type { Figure } from "./schemas";
import type { Lang } from "./locale";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

let koDateFormats: { day: Intl.DateTimeFormat; month: Intl.DateTimeFormat } | null = null;

/** Made on first use: English readers never build them. */
function koreanDateFormats() {
  koDateFormats ??= {
    day: new Intl.DateTimeFormat("ko-KR", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }),
    month: new Intl.DateTimeFormat("ko-KR", { year: "numeric", month: "long", timeZone: "UTC" }),
  };
  return koDateFormats;
}

/**
 * "2025-07-30" → "30 Jul 2025" / "2025년 7월 30일"; "2025-07" → "Jul 2025" / "2025년 7월";
 * "2025" → "2025" / "2025년". Anything that is not such a date comes back as it is.
 */
export function formatDate(d: string, lang: Lang = "en"): string {
  const [y, m, day] = d.split("-");
  if (lang === "ko") {
    const yy = Number(y);
    const mm = Number(m ?? 1);
    const dd = Number(day ?? 1);
    if (!/^\d{4}$/.test(y ?? "") || !Number.isInteger(mm) || !Number.isInteger(dd)) return d;
    if (!m) return `${yy}년`;
    const at = new Date(Date.UTC(yy, mm - 1, dd));
    return (day ? koreanDateFormats().day : koreanDateFormats().month).format(at);
  }
  if (!m) return y ?? d;
  const mon = MONTHS[Number(m) - 1] ?? m;
  return day ? `${Number(day)} ${mon} ${y}` : `${mon} ${y}`;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** "1234567.8" → "1,234,567.8": commas between groups of three digits of the whole part. */
function groupThousands(digits: string): string {
  const [whole = "", frac] = digits.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac ? `${grouped}.${frac}` : grouped;
}

/**
 * A non-negative number's shortest decimal form rounded to at most `digits` decimals, half away
 * from zero on that decimal form (as ICU rounds), trailing zeros dropped: 1.005 → "1.01" at 2.
 * Null for a form this does not handle (exponent notation).
 */
function roundShortest(abs: number, digits: number): string | null {
  const s = String(abs);
  if (s.includes("e")) return null;
  const [whole = "0", frac = ""] = s.split(".");
  if (frac.length <= digits) return s;
  const kept = whole + frac.slice(0, digits);
  let out = kept;
  if ((frac[digits] ?? "0") >= "5") {
    // Add one in the last kept place, carrying to the left.
    const d = kept.split("");
    let i = d.length - 1;
    while (i >= 0 && d[i] === "9") d[i--] = "0";
    if (i < 0) d.unshift("1");
    else d[i] = String(Number(d[i]) + 1);
    out = d.join("");
  }
  const cut = out.length - digits;
  const w = out.slice(0, cut) || "0";
  const f = out.slice(cut).replace(/0+$/, "");
  return f ? `${w}.${f}` : w;
}

/**
 * English numbers without `Intl`: the first `Intl` number or list formatter a page builds costs
 * 50–70 ms of one-time set-up on the main thread (measured in Chromium), which the first screen
 * should not pay. Gives what `Intl.NumberFormat("en-US", { maximumFractionDigits })` gives (a
 * property test compares them); falls back to it for exponent-sized numbers.
 */
function formatEnglish(n: number, digits: number): string {
  if (Number.isNaN(n)) return "NaN";
  if (!Number.isFinite(n)) return n > 0 ? "∞" : "-∞";
  const rounded = roundShortest(Math.abs(n), digits);
  if (rounded === null) return intlFormat(n, digits, "en");
  const negative = n < 0 || Object.is(n, -0);
  return (negative ? "-" : "") + groupThousands(rounded);
}

function intlFormat(n: number, digits: number, lang: Lang): string {
  const key = `${lang}|${digits}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === "ko" ? "ko-KR" : "en-US", { maximumFractionDigits: digits });
    numberFormats.set(key, f);
  }
  return f.format(n);
}

/**
 * Number with thousands separators and at most `digits` decimals: Korean through `Intl` (ko-KR,
 * formatters cached: hot path), English through the equivalent `formatEnglish`.
 */
export function formatNumber(n: number, digits = 2, lang: Lang = "en"): string {
  return lang === "en" ? formatEnglish(n, digits) : intlFormat(n, digits, lang);
}

let koreanList: Intl.ListFormat | null = null;

/**
 * Names as a list: English "autos, steel and chips" (no serial comma; joined by hand, so English
 * readers never pay an `Intl` formatter's one-time set-up), Korean through `Intl` ("자동차, 철강 및 반도체").
 */
export function formatList(names: readonly string[], lang: Lang = "en"): string {
  if (lang === "ko") {
    koreanList ??= new Intl.ListFormat("ko", { type: "conjunction" });
    return koreanList.format(names);
  }
  return names.length < 2 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** What one unit of each money-like unit is worth in ones, and the word Korean puts after it. */
const KOREAN_UNITS: Record<string, { scale: number; suffix: string }> = {
  "USD bn": { scale: 1e9, suffix: " 달러" },
  USD: { scale: 1, suffix: " 달러" },
  "KRW tn": { scale: 1e12, suffix: " 원" },
  "KRW bn": { scale: 1e9, suffix: " 원" },
  million: { scale: 1e6, suffix: "" },
};

/**
 * A count of ones in Korean units: 조 (10^12), 억 (10^8), 만 (10^4). 1.229e11 → "1,229억";
 * 1.5e12 → "1조 5,000억"; 5.17e7 → "5,170만". At 억 or more it is rounded to the 억 (one decimal
 * below 10억: "3.5억"), below that to the 만; under 10,000 it is the number itself.
 */
export function formatKoreanUnits(ones: number): string {
  const sign = ones < 0 ? "-" : "";
  const n = Math.abs(ones);
  const nf = (v: number, digits = 0) => formatNumber(v, digits, "ko");
  if (n < 1e4) return sign + nf(n, 2);
  if (n < 1e8) return `${sign}${nf(Math.round(n / 1e4))}만`;
  if (n < 1e9) return `${sign}${nf(Math.round(n / 1e7) / 10, 1)}억`;
  const eokTotal = Math.round(n / 1e8);
  const jo = Math.floor(eokTotal / 1e4);
  const eok = eokTotal - jo * 1e4;
  if (jo === 0) return `${sign}${nf(eok)}억`;
  return `${sign}${nf(jo)}조${eok > 0 ? ` ${nf(eok)}억` : ""}`;
}

/**
 * A value in one of the data's units, written for the reader: English "122.9 USD bn"; Korean
 * "1,229억 달러" for money and millions (the unit word comes from the Korean data where it is a word:
 * `unitText`), "15%" for percentages, else the number and the unit.
 */
export function formatAmount(value: number, unit: string, lang: Lang = "en", unitText = unit): string {
  if (lang === "ko") {
    const k = KOREAN_UNITS[unit.trim()];
    if (k) return `${formatKoreanUnits(value * k.scale)}${k.suffix}`;
    if (unit === "%") return `${formatNumber(value, 2, "ko")}%`;
    return `${formatNumber(value, 2, "ko")} ${unitText}`;
  }
  return `${formatNumber(value)} ${unit}`;
}

/** "USD bn 1,868" style figures read better as "1,868 USD bn"; ranges as "4.3–11". Korean: "1조 8,680억 달러 (범위 …)". */
export function formatFigure(f: Figure, lang: Lang = "en"): string {
  if (lang === "ko") {
    const range =
      f.low !== undefined && f.high !== undefined
        ? ` (범위 ${formatAmount(f.low, f.unit, "ko")}–${formatAmount(f.high, f.unit, "ko")})`
        : "";
    return `${formatAmount(f.value, f.unit, "ko")}${range}`;
  }
  const range =
    f.low !== undefined && f.high !== undefined
      ? ` (range ${formatNumber(f.low)}–${formatNumber(f.high)})`
      : "";
  return `${formatNumber(f.value)} ${f.unit}${range}`;
}

/**
 * Display formatting for sourced figures, dates, numbers and money, by interface language. Pure.
 * English keeps the atlas's own style ("30 Jul 2025", "1,868 USD bn"); Korean writes dates as ko-KR
 * does ("2026년 2월 20일", "2026년 2월") and money in Korean units (만, 억, 조: USD bn 122.9 →
 * "1,229억 달러", KRW tn 1.4028 → "1조 4,028억 원"), as Korean readers expect.
 *
 * Dates and numbers are written without `Intl`, in both languages: the first `Intl` date or number
 * formatter a page builds costs 50–70 ms of one-time set-up on the main thread (measured in
 * Chromium: 60–73 ms for the ko-KR date formats, in the header's first render), which the first
 * screen should not pay. Property tests compare the output with `Intl`'s, for both languages.
 */
import type { Figure } from "./schemas";
import type { Lang } from "./locale";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * "2025-07-30" → "30 Jul 2025" / "2025년 7월 30일"; "2025-07" → "Jul 2025" / "2025년 7월";
 * "2025" → "2025" / "2025년". Anything that is not such a date comes back as it is. In Korean, a day
 * or month past the end rolls over as `Intl.DateTimeFormat("ko-KR", { month: "long", … })` rolls it
 * ("2026-02-30" → "2026년 3월 2일").
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
    const ym = `${at.getUTCFullYear()}년 ${at.getUTCMonth() + 1}월`;
    return day ? `${ym} ${at.getUTCDate()}일` : ym;
  }
  if (!m) return y ?? d;
  const mon = MONTHS[Number(m) - 1] ?? m;
  return day ? `${Number(day)} ${mon} ${y}` : `${mon} ${y}`;
}

const numberFormats = new Map<number, Intl.NumberFormat>();

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
 * Numbers without `Intl` (see the top of this file). Gives what
 * `Intl.NumberFormat("en-US" | "ko-KR", { maximumFractionDigits })` gives (the two agree: comma
 * groups, a point for decimals; a property test compares both); falls back to `Intl` for
 * exponent-sized numbers.
 */
function formatDecimal(n: number, digits: number): string {
  if (Number.isNaN(n)) return "NaN";
  if (!Number.isFinite(n)) return n > 0 ? "∞" : "-∞";
  const rounded = roundShortest(Math.abs(n), digits);
  if (rounded === null) return intlFormat(n, digits);
  const negative = n < 0 || Object.is(n, -0);
  return (negative ? "-" : "") + groupThousands(rounded);
}

function intlFormat(n: number, digits: number): string {
  let f = numberFormats.get(digits);
  if (!f) {
    f = new Intl.NumberFormat("en-US", { maximumFractionDigits: digits });
    numberFormats.set(digits, f);
  }
  return f.format(n);
}

/**
 * Number with thousands separators and at most `digits` decimals, the same in both languages
 * (ko-KR writes numbers as en-US does). Callers still say which language they format for.
 */
export function formatNumber(n: number, digits = 2, _lang: Lang = "en"): string {
  return formatDecimal(n, digits);
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

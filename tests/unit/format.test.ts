import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatAmount, formatDate, formatFigure, formatKoreanUnits, formatList, formatNumber } from "../../src/domain/format";
import type { Figure } from "../../src/domain/schemas";
import { langFromNavigator, parseLang } from "../../src/domain/locale";

describe("formatDate in both languages", () => {
  it.each([
    ["2026-02-20", "20 Feb 2026", "2026년 2월 20일"],
    ["2026-02", "Feb 2026", "2026년 2월"],
    ["2025-12-01", "1 Dec 2025", "2025년 12월 1일"],
    ["2025", "2025", "2025년"],
  ])("%s → %s / %s", (d, en, ko) => {
    expect(formatDate(d)).toBe(en);
    expect(formatDate(d, "en")).toBe(en);
    expect(formatDate(d, "ko")).toBe(ko);
  });

  it("leaves what is not a date as it is", () => {
    expect(formatDate("soon", "ko")).toBe("soon");
  });

  it("writes Korean dates as Intl ko-KR does, past-the-end days and months rolled over as it rolls them", () => {
    const day = new Intl.DateTimeFormat("ko-KR", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
    const month = new Intl.DateTimeFormat("ko-KR", { year: "numeric", month: "long", timeZone: "UTC" });
    const iso = (n: number, w: number) => String(n).padStart(w, "0");
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const at = new Date(Date.UTC(y, m - 1, d));
        return (
          formatDate(`${y}-${iso(m, 2)}-${iso(d, 2)}`, "ko") === day.format(at) &&
          formatDate(`${y}-${iso(m, 2)}`, "ko") === month.format(new Date(Date.UTC(y, m - 1, 1)))
        );
      }),
      { numRuns: 2000 },
    );
    expect(formatDate("2026-02-30", "ko")).toBe("2026년 3월 2일");
  });
});

describe("numbers without Intl, in both languages", () => {
  it("gives what Intl.NumberFormat en-US and ko-KR give, for any number and 0–6 decimals", () => {
    const intl = (n: number, d: number, locale: string) => new Intl.NumberFormat(locale, { maximumFractionDigits: d }).format(n);
    fc.assert(
      fc.property(fc.double({ min: -1e15, max: 1e15 }), fc.integer({ min: 0, max: 6 }), (n, d) =>
        formatNumber(n, d) === intl(n, d, "en-US") && formatNumber(n, d, "ko") === intl(n, d, "ko-KR"),
      ),
      { numRuns: 3000 },
    );
    // Shortest-decimal rounding (ICU), carries, signs and the edges.
    for (const [n, d] of [[1.005, 2], [2.675, 2], [999.995, 2], [9.5, 0], [-0.5, 0], [-0.001, 2], [-0, 2], [0.000005, 5], [1e21, 2], [Number.NaN, 2], [Infinity, 2], [-Infinity, 0], [123456789.125, 2]] as const) {
      expect(formatNumber(n, d)).toBe(intl(n, d, "en-US"));
      expect(formatNumber(n, d, "ko")).toBe(intl(n, d, "ko-KR"));
    }
  });

  it("builds no Intl date or number formatter for either language", () => {
    const { NumberFormat, DateTimeFormat } = Intl;
    let built = 0;
    const count = <T extends object>(C: T): T => new Proxy(C, { construct: (target, args) => (built++, Reflect.construct(target as never, args) as object) });
    Intl.NumberFormat = count(NumberFormat);
    Intl.DateTimeFormat = count(DateTimeFormat);
    try {
      // Digits no other test uses, so no formatter cached by an earlier call can hide one.
      expect(formatNumber(1234567.123456789, 9)).toBe("1,234,567.123456789");
      expect(formatNumber(-0.25, 8, "ko")).toBe("-0.25");
      expect(formatDate("2026-07-02", "ko")).toBe("2026년 7월 2일");
      expect(formatDate("2026-07", "ko")).toBe("2026년 7월");
      expect(built).toBe(0);
    } finally {
      Intl.NumberFormat = NumberFormat;
      Intl.DateTimeFormat = DateTimeFormat;
    }
  });
});

describe("numbers and money", () => {
  it("groups thousands in both languages", () => {
    expect(formatNumber(1234567.891)).toBe("1,234,567.89");
    expect(formatNumber(1234567.891, 1, "ko")).toBe("1,234,567.9");
  });

  it.each([
    [1.229e11, "1,229억"],
    [3.5e11, "3,500억"],
    [1.5e12, "1조 5,000억"],
    [2e12, "2조"],
    [2.918e13, "29조 1,800억"],
    [3.5e8, "3.5억"],
    [5.17e7, "5,170만"],
    [950, "950"],
  ])("%d in Korean units is %s", (n, text) => {
    expect(formatKoreanUnits(n)).toBe(text);
  });

  it("writes US dollars in 억 달러 and won in 조 원 for Korean readers", () => {
    expect(formatAmount(122.9, "USD bn", "ko")).toBe("1,229억 달러");
    expect(formatAmount(1.4028, "KRW tn", "ko")).toBe("1조 4,028억 원");
    expect(formatAmount(51.7, "million", "ko")).toBe("5,170만");
    expect(formatAmount(15, "%", "ko")).toBe("15%");
    expect(formatAmount(50, "warheads", "ko", "기")).toBe("50 기");
    expect(formatAmount(122.9, "USD bn")).toBe("122.9 USD bn");
  });

  it("formats a figure with its range in both languages", () => {
    const f: Figure = { value: 122.9, low: 100, high: 130.25, unit: "USD bn", label: "x", confidence: "verified", sourceIds: [] };
    expect(formatFigure(f)).toBe("122.9 USD bn (range 100–130.25)");
    expect(formatFigure(f, "ko")).toBe("1,229억 달러 (범위 1,000억 달러–1,303억 달러)");
  });
});

describe("the interface language", () => {
  it("reads ?lang values", () => {
    expect(parseLang("ko")).toBe("ko");
    expect(parseLang(" EN ")).toBe("en");
    expect(parseLang("fr")).toBeUndefined();
    expect(parseLang(null)).toBeUndefined();
  });

  it.each([
    [["ko-KR", "en-US"], "ko"],
    [["ko"], "ko"],
    [["en-US", "ko-KR"], "en"],
    [["kok"], "en"],
    [[], "en"],
    [undefined, "en"],
  ] as const)("navigator.languages %j → %s", (langs, lang) => {
    expect(langFromNavigator(langs)).toBe(lang);
  });
});

describe("export file names", () => {
  it("keep letters of any script", async () => {
    const { slug } = await import("../../src/components/export-file");
    expect(slug("ROK defence budget, 2020–2026")).toBe("rok-defence-budget-2020-2026");
    expect(slug("한국 국방예산 추이")).toBe("한국-국방예산-추이");
    expect(slug("—")).toBe("export");
  });
});

describe("lists of names", () => {
  it("joins English by hand, without a serial comma, and Korean through Intl", () => {
    expect(formatList([])).toBe("");
    expect(formatList(["autos"])).toBe("autos");
    expect(formatList(["autos", "steel"])).toBe("autos and steel");
    expect(formatList(["autos", "steel", "chips"])).toBe("autos, steel and chips");
    expect(formatList(["자동차", "철강", "반도체"], "ko")).toBe(new Intl.ListFormat("ko", { type: "conjunction" }).format(["자동차", "철강", "반도체"]));
  });
});

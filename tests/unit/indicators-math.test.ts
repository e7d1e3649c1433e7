import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  cappedCeiling,
  describeChange,
  earliestPoint,
  formatExact,
  formatPointValue,
  formatSignedPercent,
  latestPoint,
  listByValue,
  peakPoint,
  percentChange,
  risesEveryStep,
  valueRange,
  withUnit,
  yearFraction,
  yoyChanges,
} from "../../src/domain/indicators/series-math";

const pts = (...pairs: [string, number][]) => pairs.map(([date, value]) => ({ date, value }));

describe("yearFraction", () => {
  it.each([
    ["2024", 2024.5],
    ["2023-01", 2023 + 15.5 / 365],
    ["2024-12-31", 2024 + 365.5 / 366],
    ["2025-07-02", 2025 + 182.5 / 365],
  ])("%s → %d", (date, expected) => {
    expect(yearFraction(date)).toBeCloseTo(expected, 9);
  });

  it("keeps day order within and across years (property)", () => {
    const day = fc.date({ min: new Date("2000-01-01"), max: new Date("2040-12-30"), noInvalidDate: true });
    fc.assert(
      fc.property(day, (d) => {
        const a = d.toISOString().slice(0, 10);
        const b = new Date(d.getTime() + 86_400_000).toISOString().slice(0, 10);
        return yearFraction(a) < yearFraction(b) && Math.floor(yearFraction(a)) === Number(a.slice(0, 4));
      }),
    );
  });
});

describe("latest, earliest and peak points", () => {
  it("orders a whole year after its January (the year sits mid-year)", () => {
    expect(latestPoint(pts(["2025-01", 1], ["2025", 2], ["2024-12-31", 3]))?.value).toBe(2);
    expect(earliestPoint(pts(["2025-01", 1], ["2024", 2]))?.value).toBe(2);
  });

  it("breaks ties by file order: last for latest, first for earliest and peak", () => {
    const p = pts(["2025-04", 1200], ["2025-04", 4000]);
    expect(latestPoint(p)?.value).toBe(4000);
    expect(earliestPoint(p)?.value).toBe(1200);
    expect(peakPoint(pts(["2020", 5], ["2021", 9], ["2022", 9]))?.date).toBe("2021");
  });

  it("returns undefined for no points", () => {
    expect(latestPoint([])).toBeUndefined();
    expect(peakPoint([])).toBeUndefined();
  });
});

describe("year-on-year change", () => {
  it("is computed only against the calendar year before", () => {
    const c = yoyChanges(pts(["2019", 100], ["2020", 110], ["2022", 121], ["2023", 108.9]));
    expect(c.get("2019")).toBeNull();
    expect(c.get("2020")).toBeCloseTo(10, 9);
    expect(c.get("2022")).toBeNull(); // 2021 is missing: not one year's growth
    expect(c.get("2023")).toBeCloseTo(-10, 9);
  });

  it("does not compare dated points", () => {
    expect(yoyChanges(pts(["2024-01", 1], ["2025-01", 2])).get("2025-01")).toBeNull();
  });

  it("percentChange is null from zero and signed otherwise", () => {
    expect(percentChange(0, 5)).toBeNull();
    expect(percentChange(50, 25)).toBe(-50);
    expect(percentChange(-10, -5)).toBe(50);
  });
});

describe("words and formats", () => {
  it.each([
    [7.54, "up 7.5%"],
    [-3, "down 3%"],
    [0.01, "unchanged"],
    [null, ""],
  ])("describeChange(%s) = %s", (pct, text) => {
    expect(describeChange(pct)).toBe(text);
  });

  it.each([
    [7.54, "+7.5%"],
    [-3.04, "−3%"],
    [0.04, "0%"],
  ])("formatSignedPercent(%s) = %s", (pct, text) => {
    expect(formatSignedPercent(pct)).toBe(text);
  });

  it("formatExact keeps every digit of the data", () => {
    expect(formatExact(57.0143)).toBe("57.0143");
    expect(formatExact(1784.665)).toBe("1,784.665");
    expect(formatExact(28500)).toBe("28,500");
  });

  it.each([
    [{ value: 12, low: 12, high: 13 }, "12 (12–13)"],
    [{ value: 90, high: 90 }, "up to 90"],
    [{ value: 55, high: 90 }, "55 (up to 90)"],
    [{ value: 5, low: 3 }, "5 (at least 3)"],
    [{ value: 0 }, "0"],
  ])("formatPointValue(%o) = %s", (p, text) => {
    expect(formatPointValue(p)).toBe(text);
  });

  it("withUnit glues percentages and spaces other units", () => {
    expect(withUnit(2.32, "% of GDP")).toBe("2.32% of GDP");
    expect(withUnit(28500, "troops")).toBe("28,500 troops");
  });

  it("listByValue lists labels largest first", () => {
    expect(listByValue([{ date: "2024", value: 1, label: "B" }, { date: "2024", value: 3, label: "A" }, { date: "2024", value: 2, label: "C" }])).toBe(
      "A 3, C 2 and B 1",
    );
  });
});

describe("ranges and trends", () => {
  it("valueRange uses low and high where given", () => {
    expect(valueRange([{ value: 50, low: 45, high: 55 }, { value: 30 }])).toEqual({ min: 30, max: 55 });
    expect(valueRange([])).toBeNull();
  });

  it("risesEveryStep sorts by date first and needs two points", () => {
    expect(risesEveryStep(pts(["2021", 2], ["2020", 1], ["2022", 3]))).toBe(true);
    expect(risesEveryStep(pts(["2020", 1], ["2021", 1]))).toBe(false);
    expect(risesEveryStep(pts(["2020", 1]))).toBe(false);
  });

  it("cappedCeiling compounds the cap each year", () => {
    expect(cappedCeiling(100, 2026, 5, 2)).toEqual([
      { year: 2027, value: 105 },
      { year: 2028, value: 110.25 },
    ]);
    expect(cappedCeiling(100, 2026, 5, 0)).toEqual([]);
  });
});

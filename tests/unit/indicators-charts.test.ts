import { describe, expect, it } from "vitest";
import type { Fact, Point, Series } from "../../src/domain/schemas";
import type { IndicatorDef, ResolvedIndicator, SeriesRef, FactRef } from "../../src/domain/indicators/types";
import { buildLabelBars, buildTimeChart, buildYearBars, capCeiling, lineSegments, targetMarks } from "../../src/domain/indicators/chart-data";
import { buildTables, unverifiedPoints } from "../../src/domain/indicators/table-data";
import { factPoint, indicatorSourceIds, resolveIndicator } from "../../src/domain/indicators/resolve";
import { buildCalendar, exerciseShortName } from "../../src/domain/indicators/calendar";
import { yearFraction } from "../../src/domain/indicators/series-math";

// KB-style builders: small valid records, overridden one field at a time.
const buildPoint = (date: string, value: number, o: Partial<Point> = {}): Point => ({ date, value, sourceIds: ["src-a"], confidence: "verified", ...o });
const buildSeries = (id: string, points: Point[], o: Partial<Series> = {}): Series => ({
  id,
  label: `Series ${id}`,
  unit: "things",
  group: "threat",
  direction: "up_bad",
  method: `Counted by ${id}`,
  points,
  ...o,
});
const buildFact = (id: string, o: Partial<Fact> = {}): Fact => ({ id, label: `Fact ${id}`, text: "Text.", sourceIds: ["src-f"], confidence: "verified", ...o });
const buildDef = (o: Partial<IndicatorDef> = {}): IndicatorDef => ({
  id: "dprk-launches",
  panel: "threats",
  title: "T",
  unit: "things",
  direction: "up_bad",
  method: "M",
  chart: "time",
  series: [],
  facts: [],
  sourceIds: [],
  links: { actors: [], pairs: [] },
  summarize: () => "",
  ...o,
});
function resolved(series: [SeriesRef, Series][], facts: [FactRef, Fact][] = [], def: Partial<IndicatorDef> = {}): ResolvedIndicator {
  return {
    def: buildDef({ series: series.map(([r]) => r), facts: facts.map(([r]) => r), ...def }),
    series: series.map(([ref, data]) => ({ ref, data })),
    facts: facts.map(([ref, data]) => ({ ref, data })),
    exercises: [],
  };
}
const line = (id: string): SeriesRef => ({ id, legend: `legend ${id}`, mark: "line" });

describe("lineSegments", () => {
  it("breaks a yearly line where a year is missing, and only there", () => {
    const segs = lineSegments([buildPoint("2023", 3), buildPoint("2020", 1), buildPoint("2021", 2), buildPoint("2025", 5)]);
    expect(segs.map((s) => s.map((p) => p.date))).toEqual([["2020", "2021"], ["2023"], ["2025"]]);
  });

  it("never breaks dated estimates", () => {
    expect(lineSegments([buildPoint("2025-01", 1), buildPoint("2025-09-02", 2)])).toHaveLength(1);
  });
});

describe("buildTimeChart", () => {
  const r = resolved([
    [line("a"), buildSeries("a", [buildPoint("2020", 1), buildPoint("2022", 3, { confidence: "unverified" })])],
    [{ id: "b", legend: "estimates", mark: "dots" }, buildSeries("b", [buildPoint("2021-04", 10, { label: "US" }), buildPoint("2021-04", 40, { label: "Kyiv" })])],
    [{ id: "c", legend: "range", mark: "band" }, buildSeries("c", [buildPoint("2020", 5, { low: 4, high: 5 }), buildPoint("2021", 9, { high: 9 })])],
  ]);

  it("draws a broken line as segments of one colour with one legend entry", () => {
    const m = buildTimeChart(r, null);
    const a = m.plots.filter((p) => p.key.startsWith("a"));
    expect(a.map((p) => p.key)).toEqual(["a#0", "a#1"]);
    expect(new Set(a.map((p) => p.color)).size).toBe(1);
    expect(a.map((p) => p.inLegend)).toEqual([true, false]);
  });

  it("gives two estimates on one date their own rows, each with its label", () => {
    const m = buildTimeChart(r, null);
    const april = m.rows.filter((row) => row.x === yearFraction("2021-04"));
    expect(april.map((row) => row.meta.b?.label)).toEqual(["US", "Kyiv"]);
    expect(april.map((row) => row.values.b)).toEqual([10, 40]);
  });

  it("keeps confidence for the dots and the range for the band", () => {
    const m = buildTimeChart(r, null);
    const row2022 = m.rows.find((row) => row.x === 2022.5)!;
    expect(row2022.meta["a#1"]?.confidence).toBe("unverified");
    const row2020 = m.rows.find((row) => row.x === 2020.5)!;
    expect(row2020.values["c~band"]).toEqual([4, 5]);
    expect(m.rows.find((row) => row.x === 2021.5)!.values["c~band"]).toBeUndefined();
  });

  it("sorts rows by time", () => {
    const xs = buildTimeChart(r, null).rows.map((row) => row.x as number);
    expect(xs).toEqual([...xs].sort((p, q) => p - q));
  });

  it("spans whole years and labels yearly data in the middle of each year", () => {
    const yearly = resolved([[line("a"), buildSeries("a", [buildPoint("2020", 1), buildPoint("2022", 3)])]]);
    const m = buildTimeChart(yearly, null);
    expect(m.domain).toEqual([2020, 2023]);
    expect(m.ticks).toEqual([
      { value: 2020.5, label: "2020" },
      { value: 2021.5, label: "2021" },
      { value: 2022.5, label: "2022" },
    ]);
    expect(m.asOf).toBeNull();
  });

  it("over two years or less of dated points, ticks every quarter", () => {
    const short = resolved([[{ id: "d", legend: "d", mark: "dots" }, buildSeries("d", [buildPoint("2024-10-13", 1), buildPoint("2025-09-02", 2)])]]);
    const m = buildTimeChart(short, null);
    expect(m.domain).toEqual([2024, 2026]);
    expect(m.ticks.slice(0, 5)).toEqual([
      { value: 2024, label: "Jan 2024" },
      { value: 2024.25, label: "Apr 2024" },
      { value: 2024.5, label: "Jul 2024" },
      { value: 2024.75, label: "Oct 2024" },
      { value: 2025, label: "Jan 2025" },
    ]);
  });

  it("over more than two years of dated points, ticks at the start of each year", () => {
    const long = resolved([[{ id: "w", legend: "w", mark: "line" }, buildSeries("w", [buildPoint("2022-01", 20), buildPoint("2025-01", 50)])]]);
    expect(buildTimeChart(long, null).ticks.map((t) => [t.value, t.label])).toEqual([
      [2022, "2022"],
      [2023, "2023"],
      [2024, "2024"],
      [2025, "2025"],
      [2026, "2026"],
    ]);
  });

  it("marks the as-of date and widens the axis to reach it", () => {
    const m = buildTimeChart(r, "2024-03-01");
    expect(m.asOf).toEqual({ x: yearFraction("2024-03-01"), label: "As of 1 Mar 2024", side: "left" });
    expect(buildTimeChart(r, "2020-03-01").asOf?.side).toBe("right");
    expect(m.domain).toEqual([2020, 2025]);
  });

  it("plots a fact's figure as a one-point series of its own", () => {
    const withFact = resolved(
      [[line("a"), buildSeries("a", [buildPoint("2024", 2.4)])]],
      [[{ id: "us", role: "point", legend: "US statement" }, buildFact("us", { figure: { value: 2.8, unit: "% of GDP", asOf: "2025-06", sourceIds: ["src-f"], confidence: "verified" } })]],
    );
    const m = buildTimeChart(withFact, null);
    expect(m.plots.map((p) => [p.key, p.mark, p.legend])).toEqual([
      ["a", "line", "legend a"],
      ["fact:us", "dots", "US statement"],
    ]);
    expect(m.rows.find((row) => "fact:us" in row.values)?.x).toBe(yearFraction("2025-06"));
  });
});

describe("targets and caps", () => {
  const target = (id: string, value: number, legend: string): [FactRef, Fact] => [
    { id, role: "target", legend },
    buildFact(id, { figure: { value, unit: "% of GDP", sourceIds: ["src-f"], confidence: "verified" } }),
  ];

  it("merges goals of equal value into one line, lowest first", () => {
    const r = resolved([], [target("nato", 5, "NATO"), target("rok", 3.5, "ROK"), target("us", 5, "US")], { unit: "% of GDP" });
    expect(targetMarks(r)).toEqual([
      { value: 3.5, label: "3.5% of GDP: ROK" },
      { value: 5, label: "5% of GDP: NATO; US" },
    ]);
  });

  it("applies a growth cap to the latest yearly value up to its last year", () => {
    const r = resolved(
      [[line("sma"), buildSeries("sma", [buildPoint("2025", 1.4), buildPoint("2026", 2, { sourceIds: ["src-b"] })])]],
      [[{ id: "rule", role: "cap", until: 2028 }, buildFact("rule", { figure: { value: 5, unit: "%", sourceIds: ["src-f"], confidence: "verified" } })]],
    );
    const c = capCeiling(r)!;
    expect(c.points.map((p) => [p.date, p.value, p.confidence])).toEqual([
      ["2027", 2.1, "secondary"],
      ["2028", 2.205, "secondary"],
    ]);
    expect(c.sourceIds).toEqual(["src-b", "src-f"]);
    const bars = buildYearBars(r, null);
    expect(bars.rows.map((row) => row.x)).toEqual(["2025", "2026", "2027", "2028"]);
    expect(bars.stacked).toBe(true);
  });

  it("draws no ceiling without a cap year", () => {
    const r = resolved(
      [[line("sma"), buildSeries("sma", [buildPoint("2026", 2)])]],
      [[{ id: "rule", role: "cap" }, buildFact("rule", { figure: { value: 5, unit: "%", sourceIds: ["src-f"], confidence: "verified" } })]],
    );
    expect(capCeiling(r)).toBeNull();
  });
});

describe("buildYearBars", () => {
  const r = resolved([
    [line("occ"), buildSeries("occ", [buildPoint("2019", 13), buildPoint("2024", 12, { low: 12, high: 13, confidence: "unverified" })])],
    [line("cns"), buildSeries("cns", [buildPoint("2017", 21), buildPoint("2018", 0), buildPoint("2019", 27)])],
  ]);

  it("has one category per year with no year skipped, and empty slots where a method has no figure", () => {
    const m = buildYearBars(r, null);
    expect(m.rows.map((row) => row.x)).toEqual(["2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024"]);
    expect(m.rows[1]!.values).toEqual({ cns: 0 });
    expect(m.rows[3]!.values).toEqual({});
    expect(m.rows[2]!.values).toEqual({ occ: 13, cns: 27 });
    expect(m.stacked).toBe(false); // two methods in one year: side by side, never stacked
  });

  it("turns a range into an error bar around the value", () => {
    const m = buildYearBars(r, null);
    expect(m.rows.at(-1)!.values["occ~err"]).toEqual([0, 1]);
  });

  it("marks the as-of year only when it is on the axis", () => {
    expect(buildYearBars(r, "2020-05-01").asOf).toEqual({ x: "2020", label: "As of 1 May 2020", side: "right" });
    expect(buildYearBars(r, "2024-05-01").asOf?.side).toBe("left");
    expect(buildYearBars(r, "2026-01-01").asOf).toBeNull();
  });
});

describe("buildLabelBars", () => {
  it("sorts labelled points largest first", () => {
    const r = resolved([[line("w"), buildSeries("w", [buildPoint("2025-01", 50, { label: "North Korea" }), buildPoint("2025-01", 600, { label: "China" })])]]);
    expect(buildLabelBars(r).rows.map((row) => [row.x, row.values.w])).toEqual([
      ["China", 600],
      ["North Korea", 50],
    ]);
  });
});

describe("buildTables", () => {
  it("lists every point of every series with exact digits, computed y/y, confidence and sources", () => {
    const r = resolved([[line("b"), buildSeries("b", [buildPoint("2020", 50.15), buildPoint("2021", 52.8), buildPoint("2023", 57.0143, { note: "n" })])]], [], { yoy: true });
    const [t] = buildTables(r);
    expect(t!.extraHeader).toMatch(/previous year/);
    expect(t!.rows.map((row) => [row.when, row.value, row.extra, row.note])).toEqual([
      ["2020", "50.15", "—", undefined],
      ["2021", "52.8", "+5.3%", undefined],
      ["2023", "57.0143", "—", "n"],
    ]);
    expect(t!.method).toBe("Counted by b");
  });

  it("adds the point label to the date and the range to the value", () => {
    const r = resolved([[line("c"), buildSeries("c", [buildPoint("2025-04-30", 4700, { label: "NIS", low: 4000, high: 5000 })])]]);
    expect(buildTables(r)[0]!.rows[0]).toMatchObject({ when: "30 Apr 2025 (NIS)", value: "4,700 (4,000–5,000)" });
  });

  it("names the unverified values for the source line", () => {
    const r = resolved([[line("occ"), buildSeries("occ", [buildPoint("2024", 12, { confidence: "unverified" }), buildPoint("2025", 6, { confidence: "unverified" })])]]);
    expect(unverifiedPoints(r)).toEqual(["legend occ 2024, 2025"]);
  });
});

describe("resolveIndicator", () => {
  const file = {
    meta: { title: "t", retrieved: "2026-01-01", notes: "" },
    series: [buildSeries("a", [buildPoint("2020", 1, { sourceIds: ["s1", "s2"] })])],
    facts: [buildFact("f", { sourceIds: ["s2", "s3"] }), buildFact("nofig")],
    exercises: [],
  };

  it("lists every missing series and fact, and facts whose figure a chart needs", () => {
    const def = buildDef({ series: [line("a"), line("zz")], facts: [{ id: "f", role: "milestone" }, { id: "nofig", role: "target" }, { id: "gone", role: "milestone" }] });
    expect(resolveIndicator(def, file)).toEqual({ ok: false, error: ['series "zz"', 'figure of fact "nofig"', 'fact "gone"'] });
  });

  it("collects every cited source once, in first-seen order", () => {
    const r = resolveIndicator(buildDef({ series: [line("a")], facts: [{ id: "f", role: "milestone" }], sourceIds: ["s3"] }), file);
    expect(r.ok && indicatorSourceIds(r.value)).toEqual(["s3", "s1", "s2"]);
  });

  it("dates a fact's figure by its asOf, else by the fact's date", () => {
    const fig = { value: 5, unit: "%", sourceIds: ["s"], confidence: "verified" as const };
    expect(factPoint(buildFact("x", { date: "2025-06-25", figure: fig }))?.date).toBe("2025-06-25");
    expect(factPoint(buildFact("x", { date: "2025-06-25", figure: { ...fig, asOf: "2025-06" } }))?.date).toBe("2025-06");
    expect(factPoint(buildFact("x", { figure: fig }))).toBeNull();
  });
});

describe("exercise calendar", () => {
  const ex = (id: string, start: string, end: string) => ({ id, name: id, start, end, sourceIds: ["s"], confidence: "verified" as const });

  it("places each exercise as a share of its year, one row per year with none skipped", () => {
    const cal = buildCalendar([ex("a", "2024-03-04", "2024-03-14"), ex("b", "2022-01-01", "2022-12-31")], "2024-07-01");
    expect(cal.map((y) => y.year)).toEqual([2022, 2023, 2024]);
    const a = cal[2]!.bars[0]!;
    expect(a.left).toBeCloseTo((63 / 366) * 100, 6); // 4 March 2024 starts after 63 days of a leap year
    expect(a.width).toBeCloseTo((11 / 366) * 100, 6);
    expect(cal[0]!.bars[0]).toMatchObject({ left: expect.closeTo(0, 9), width: expect.closeTo(100, 9) });
    expect(cal[2]!.asOf).toBeCloseTo((182 / 366) * 100, 6);
    expect(cal[0]!.asOf).toBeNull();
  });

  it.each([
    ["Ulchi Freedom Shield 25", "UFS 25"],
    ["Freedom Edge 24 (US–ROK–Japan)", "FE 24"],
    ["Freedom Shield", "FS"],
  ])("short name of %s is %s", (name, short) => {
    expect(exerciseShortName(name)).toBe(short);
  });
});

/**
 * The 2026 update of the alliance and threat indicators, pinned against data/indicators.json: the
 * latest value of each extended series with its date, the disputed estimates kept side by side,
 * the plans kept apart from the enacted budget, and the summaries that state them. Fixture tests
 * check the summary rules themselves (year-to-date counts, disagreeing estimators, newer totals).
 */
import { describe, expect, it } from "vitest";
import rawIndicators from "../../data/indicators.json";
import rawSources from "../../data/sources.json";
import { indicatorsFileSchema, type Fact, type Point, type Series } from "../../src/domain/schemas";
import { INDICATORS } from "../../src/domain/indicators/registry";
import { resolveIndicator } from "../../src/domain/indicators/resolve";
import { latestPoint } from "../../src/domain/indicators/series-math";
import { buildYearBars } from "../../src/domain/indicators/chart-data";
import type { IndicatorDef, IndicatorId, ResolvedIndicator } from "../../src/domain/indicators/types";
import { summarizeDprkLaunches } from "../../src/domain/indicators/dprk-launches";
import { summarizeDprkTroopsRussia } from "../../src/domain/indicators/dprk-troops-russia";
import { summarizeDprkCasualtiesRussia } from "../../src/domain/indicators/dprk-casualties-russia";
import { summarizeRokDefenceBudget } from "../../src/domain/indicators/rok-defence-budget";
import { summarizeRanking } from "../../src/domain/indicators/military-spending-2024";

const file = indicatorsFileSchema.parse(rawIndicators);
const sourceIds = new Set(rawSources.records.map((s) => s.id));
const series = (id: string) => {
  const s = file.series.find((x) => x.id === id);
  if (!s) throw new Error(`series ${id} missing`);
  return s;
};
const fact = (id: string) => file.facts.find((f) => f.id === id)!;
const latest = (id: string) => latestPoint(series(id).points)!;
const summary = (id: IndicatorId) => {
  const r = resolveIndicator(INDICATORS[id], file);
  if (!r.ok) throw new Error(r.error.join(", "));
  return INDICATORS[id].summarize(r.value);
};

describe("2026 values in data/indicators.json", () => {
  it("DPRK launches 2026: Reuters' year-to-date count, 7 as of 19 Apr 2026, in its own series and bar", () => {
    expect(latest("dprk_launches_reuters")).toMatchObject({ date: "2026-04-19", value: 7, confidence: "verified" });
    expect(latest("dprk_launches_reuters").label).toMatch(/year to date/);
    // No Japan MoD total for 2026 was found: none is invented in the Japan MoD series.
    for (const id of ["dprk_launches_japan_mod", "dprk_missiles_japan_mod"]) expect(series(id).points.some((p) => p.date.startsWith("2026"))).toBe(false);
    const r = resolveIndicator(INDICATORS["dprk-launches"], file);
    if (!r.ok) throw new Error(r.error.join());
    const bars = buildYearBars(r.value, null);
    const row2026 = bars.rows.find((row) => row.x === "2026")!;
    expect(Object.keys(row2026.meta)).toEqual(["dprk_launches_reuters"]);
    expect(row2026.meta.dprk_launches_reuters).toMatchObject({ value: 7, date: "2026-04-19" });
    expect(summary("dprk-launches")).toMatch(/^Reuters counted 7 launches in 2026 as of 19 Apr 2026 \(a year-to-date count; no Japan MoD count for 2026 in the data\)\. Japan MoD counted 6 launch occasions in 2025/);
  });

  it("troops in Russia, February 2026: NIS ~10,000 and Ukrainian intelligence ~8,000, two points with their own sources, never merged", () => {
    const points = series("dprk_troops_in_russia").points;
    const nis = points.find((p) => p.date === "2026-02-12")!;
    const hur = points.find((p) => p.date === "2026-02-17")!;
    expect(nis).toMatchObject({ value: 10000, confidence: "verified" });
    expect(nis.label).toMatch(/^NIS: .*1,000 engineers/);
    expect(hur).toMatchObject({ value: 8000, confidence: "secondary" });
    expect(hur.label).toMatch(/^Ukrainian military intelligence: /);
    expect(nis.sourceIds.filter((id) => hur.sourceIds.includes(id))).toEqual([]);
    expect(points.some((p) => p.value === 9000)).toBe(false);
    expect(summary("dprk-troops-russia")).toMatch(/the latest estimates disagree: 10,000 \(NIS: .*, 12 Feb 2026\) and 8,000 \(Ukrainian military intelligence: .*, 17 Feb 2026\)\.$/);
  });

  it("casualties: NIS ~6,000 killed and wounded on 12 Feb 2026; the count of the dead stays ~2,000 (Sep 2025)", () => {
    expect(latest("dprk_casualties_in_russia")).toMatchObject({ date: "2026-02-12", value: 6000 });
    expect(latest("dprk_killed_in_russia_nis")).toMatchObject({ date: "2025-09-02", value: 2000 });
    expect(summary("dprk-casualties-russia")).toContain("the latest estimate of killed and wounded is about 6,000 (NIS, 12 Feb 2026)");
  });

  it("ROK defence budget: 2026 as passed; 2027 only as two plans, each its own series", () => {
    expect(latest("rok_defense_budget")).toMatchObject({ date: "2026", value: 65.8642 });
    expect(series("rok_defense_budget").points.some((p) => p.date === "2027")).toBe(false);
    expect(series("rok_defense_budget_midterm_plan").points.find((p) => p.date === "2027")?.value).toBe(72.4);
    expect(series("rok_defense_budget_fiscal_plan").points.find((p) => p.date === "2027")).toMatchObject({ value: 69.2, confidence: "secondary" });
    expect(INDICATORS["rok-defence-budget"].series.map((s) => s.id)).toEqual(["rok_defense_budget", "rok_defense_budget_midterm_plan", "rok_defense_budget_fiscal_plan"]);
  });

  it("USFK 28,500 in 2026 with the FY2026 NDAA floor; SMA ₩1.5192tn in 2026", () => {
    expect(latest("usfk_troops")).toMatchObject({ date: "2026", value: 28500 });
    expect(fact("usfk_ndaa_fy2026_floor").figure).toMatchObject({ value: 28500, unit: "troops", asOf: "2025-12-18" });
    expect(latest("sma_cost_sharing")).toMatchObject({ date: "2026", value: 1.5192 });
    expect(summary("usfk-troops")).toBe(
      "About 28,500 troops (2026), unchanged since 2024. FY2026 NDAA floor (18 Dec 2025): 28,500 troops. Troops reportedly considered for relocation (22 May 2025): 4,500 troops.",
    );
  });

  it("Freedom Shield 26: 9–19 Mar 2026, 22 field exercises against 51 in 2025", () => {
    expect(file.exercises.find((x) => x.id === "freedom_shield_26")).toMatchObject({ start: "2026-03-09", end: "2026-03-19" });
    expect(series("freedom_shield_field_exercises").points.map((p) => [p.date, p.value])).toEqual([["2025", 51], ["2026", 22]]);
    expect(summary("alliance-exercises")).toMatch(/Combined field exercises in Freedom Shield: 22 in 2026, down from 51 in 2025\.$/);
  });

  it("China's 2026 budget ¥1.91tn (+7%); SIPRI's newer world totals with their country gaps", () => {
    expect(latest("china_official_defense_budget")).toMatchObject({ date: "2026", value: 1910 });
    expect(summary("china-defence-budget")).toMatch(/^China's official defence budget is 1,910 CNY bn in 2026, up 7% on 2025 and up 23\.2% on 2023;/);
    expect(fact("sipri_world_milex_2025").figure).toMatchObject({ value: 2887, unit: "USD bn", asOf: "2025" });
    expect(fact("nuclear_warheads_world_2026").figure).toMatchObject({ value: 12187, unit: "warheads", asOf: "2026-01" });
    expect(summary("military-spending-2024")).toMatch(/Newer world total: 2,887 USD bn \(2025; secondary source\)\. SIPRI's 2025 country figures were not found\.$/);
    expect(summary("nuclear-warheads-2025")).toMatch(/Newer world total: 12,187 warheads \(Jan 2026; secondary source\)\./);
  });

  it("every 2026 point names sources that exist", () => {
    const recent = file.series.flatMap((s) => s.points.filter((p) => p.date >= "2026").map((p) => ({ s: s.id, p })));
    expect(recent.length).toBeGreaterThan(8);
    for (const { s, p } of recent) for (const id of p.sourceIds) expect(sourceIds.has(id), `${s}: ${id}`).toBe(true);
  });
});

// Fixture data: the summary rules, independent of the real numbers.
const pt = (date: string, value: number, o: Partial<Point> = {}): Point => ({ date, value, sourceIds: ["s"], confidence: "verified", ...o });
const ser = (id: string, unit: string, points: Point[]): Series => ({ id, label: id, unit, group: "threat", direction: "neutral", points });
function withData(def: IndicatorDef, data: Series[], facts: Fact[] = []): ResolvedIndicator {
  return {
    def,
    series: def.series.map((ref, i) => ({ ref, data: data[i]! })).filter((s) => s.data),
    facts: def.facts.flatMap((ref) => {
      const f = facts.find((x) => x.id === ref.id);
      return f ? [{ ref, data: f }] : [];
    }),
    exercises: [],
  };
}

describe("2026 summary rules (fixtures)", () => {
  it("launches: a year-to-date count of another method leads, and says the main method has no count that year", () => {
    const r = withData(INDICATORS["dprk-launches"], [
      ser("occ", "launch occasions", [pt("2022", 31), pt("2025", 6)]),
      ser("mis", "missiles", [pt("2022", 59)]),
      ser("cns", "missile tests", []),
      ser("csis", "missiles", []),
      ser("ytd", "launches", [pt("2026-04-19", 7)]),
    ]);
    expect(summarizeDprkLaunches(r)).toBe(
      "Reuters counted 7 launches in 2026 as of 19 Apr 2026 (a year-to-date count; no Japan MoD count for 2026 in the data). Japan MoD counted 6 launch occasions in 2025, down from a peak of 31 in 2022. For 2022 the methods give 31 launch occasions (Japan MoD) and 59 missiles (Japan MoD).",
    );
  });

  it("troops: estimates within a month of the latest are all named; one older estimate is not pulled in", () => {
    const r = withData(INDICATORS["dprk-troops-russia"], [
      ser("t", "personnel", [
        pt("2025-04-30", 15000, { label: "NIS: cumulative" }),
        pt("2026-01-01", 9999, { label: "Old: too early" }),
        pt("2026-02-12", 10000, { label: "NIS: combat" }),
        pt("2026-02-17", 8000, { label: "HUR: around Kursk" }),
      ]),
    ]);
    expect(summarizeDprkTroopsRussia(r)).toBe(
      "Estimates run from 8,000 to 15,000 personnel (30 Apr 2025 – 17 Feb 2026); the highest is 15,000 (NIS: cumulative, 30 Apr 2025); the latest estimates disagree: 10,000 (NIS: combat, 12 Feb 2026) and 8,000 (HUR: around Kursk, 17 Feb 2026).",
    );
  });

  it("casualties: a killed-and-wounded estimate newer than the last count of the dead is named with its estimator", () => {
    const r = withData(INDICATORS["dprk-casualties-russia"], [
      ser("c", "casualties", [pt("2025-04-30", 4700), pt("2026-02-12", 6000, { label: "NIS (12 Feb 2026): ~6,000" })]),
      ser("k", "killed", [pt("2025-09-02", 2000)]),
    ]);
    expect(summarizeDprkCasualtiesRussia(r)).toBe(
      "The ROK NIS estimates about 2,000 North Korean soldiers killed by 2 Sep 2025; the latest estimate of killed and wounded is about 6,000 (NIS, 12 Feb 2026); estimates of killed and wounded range from 4,700 to 6,000, by estimator.",
    );
  });

  it("budget: the plans for the next year are listed by plan, and only for the next year", () => {
    const r = withData(INDICATORS["rok-defence-budget"], [
      ser("b", "KRW tn", [pt("2025", 100), pt("2026", 110)]),
      ser("p1", "KRW tn", [pt("2027", 120), pt("2028", 130)]),
      ser("p2", "KRW tn", [pt("2028", 125)]),
    ]);
    expect(summarizeRokDefenceBudget(r)).toBe(
      "The 2026 budget is 110 KRW tn, up 10% on 2025; it has risen every year since 2025 (up 10% in all). For 2027 only plans are known: 120 KRW tn (MND mid-term plan).",
    );
  });

  it("rankings: a newer total of the same unit is added with its date, confidence and note; other units are ignored", () => {
    const total = (id: string, value: number, unit: string, asOf: string, o: Partial<NonNullable<Fact["figure"]>> = {}): Fact => ({
      id,
      label: id,
      text: "t",
      sourceIds: ["s"],
      confidence: "verified",
      figure: { value, unit, asOf, sourceIds: ["s"], confidence: "verified", ...o },
    });
    const r = withData(
      INDICATORS["military-spending-2024"],
      [ser("m", "USD bn", [pt("2024", 997, { label: "United States" })])],
      [
        total("sipri_world_milex_2024", 2718, "USD bn", "2024"),
        total("sipri_world_milex_2025", 2887, "USD bn", "2025", { confidence: "secondary", note: "Country figures not found." }),
        total("dprk_milex_wmeat", 11, "USD bn per year", "2019"),
      ],
    );
    expect(summarizeRanking(r)).toBe(
      "In 2024 (USD bn, SIPRI): United States 997; world total 2,718 USD bn. Newer world total: 2,887 USD bn (2025; secondary source). Country figures not found.",
    );
  });
});

import { describe, expect, it } from "vitest";
import rawIndicators from "../../data/indicators.json";
import { indicatorsFileSchema, type Fact, type Point, type Series } from "../../src/domain/schemas";
import { INDICATORS } from "../../src/domain/indicators/registry";
import { resolveIndicator } from "../../src/domain/indicators/resolve";
import type { IndicatorDef, ResolvedIndicator } from "../../src/domain/indicators/types";
import { summarizeRokDefenceBudget } from "../../src/domain/indicators/rok-defence-budget";
import { summarizeRokDefenceBurden } from "../../src/domain/indicators/rok-defence-burden";
import { summarizeSmaCostSharing } from "../../src/domain/indicators/sma-cost-sharing";
import { summarizeDprkLaunches } from "../../src/domain/indicators/dprk-launches";
import { summarizeDprkWarheads } from "../../src/domain/indicators/dprk-warheads";
import { summarizeDprkTroopsRussia } from "../../src/domain/indicators/dprk-troops-russia";
import { summarizeDprkCasualtiesRussia } from "../../src/domain/indicators/dprk-casualties-russia";
import { summarizeExercises } from "../../src/domain/indicators/alliance-exercises";
import { summarizeRanking } from "../../src/domain/indicators/military-spending-2024";

const pt = (date: string, value: number, o: Partial<Point> = {}): Point => ({ date, value, sourceIds: ["s"], confidence: "verified", ...o });
const series = (id: string, unit: string, points: Point[]): Series => ({ id, label: id, unit, group: "threat", direction: "neutral", points });
const fig = (value: number, unit: string, asOf?: string): Fact["figure"] => ({ value, unit, sourceIds: ["s"], confidence: "verified", ...(asOf ? { asOf } : {}) });

/** A registry entry with fixture data in place of the real file's. */
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

describe("summaries from fixture data (hand-computed)", () => {
  it("budget: latest value, y/y change, and an unbroken rise", () => {
    const r = withData(INDICATORS["rok-defence-budget"], [series("b", "KRW tn", [pt("2020", 100), pt("2021", 110), pt("2022", 121)])]);
    expect(summarizeRokDefenceBudget(r)).toBe("The 2022 budget is 121 KRW tn, up 10% on 2021; it has risen every year since 2020 (up 21% in all).");
  });

  it("budget: a fall is reported as a fall, and no y/y across a gap", () => {
    const r = withData(INDICATORS["rok-defence-budget"], [series("b", "KRW tn", [pt("2020", 100), pt("2022", 90)])]);
    expect(summarizeRokDefenceBudget(r)).toBe("The 2022 budget is 90 KRW tn; down 10% on 2020 (100).");
  });

  it("defence/GDP: each definition's latest value and the gap to the lowest target", () => {
    const def = INDICATORS["rok-defence-burden"];
    const r = withData(
      def,
      [series("mnd", "% of GDP", [pt("2024", 2.4, { confidence: "unverified" }), pt("2025", 2.32)]), series("sipri", "% of GDP", [pt("2024", 2.6)])],
      [
        { id: "rok_defense_gdp_us_statement", label: "US", text: "t", sourceIds: ["s"], confidence: "verified", figure: fig(2.8, "% of GDP", "2025-06") },
        { id: "fact_sheet_2025_11", label: "goal", text: "t", sourceIds: ["s"], confidence: "verified", figure: fig(3.5, "% of GDP") },
        { id: "target_5pct_gdp", label: "US 5", text: "t", sourceIds: ["s"], confidence: "verified", figure: fig(5, "% of GDP") },
      ],
    );
    expect(summarizeRokDefenceBurden(r)).toBe(
      "On the MND definition South Korea spends 2.32% of GDP (2025); other definitions give higher shares: SIPRI 2.6% (2024), US officials (NATO-style) 2.8% (Jun 2025). The goals on the table are 3.5% and 5%: the lower one is 1.18 points above the latest MND figure.",
    );
  });

  it("SMA: growth since the first year and the most the cap allows", () => {
    const r = withData(
      INDICATORS["sma-cost-sharing"],
      [series("sma", "KRW tn", [pt("2018", 1), pt("2026", 2)])],
      [{ id: "sma_2027_2030_rule", label: "rule", text: "t", sourceIds: ["s"], confidence: "verified", figure: fig(10, "%") }],
    );
    expect(summarizeSmaCostSharing(r)).toBe(
      "The ROK contribution is 2 KRW tn in 2026, up 100% on 2018 (1); with rises capped at 10% a year, it can reach at most 2.93 KRW tn in 2030.",
    );
  });

  it("launches: latest against the peak, then every method in the peak year", () => {
    const r = withData(INDICATORS["dprk-launches"], [
      series("occ", "launch occasions", [pt("2022", 31), pt("2025", 6, { confidence: "unverified" })]),
      series("mis", "missiles", [pt("2022", 59)]),
      series("cns", "missile tests", [pt("2021", 6)]),
      series("csis", "missiles", [pt("2022", 99)]),
    ]);
    expect(summarizeDprkLaunches(r)).toBe(
      "Japan MoD counted 6 launch occasions in 2025 (unverified compilation), down from a peak of 31 in 2022. For 2022 the methods give 31 launch occasions (Japan MoD), 59 missiles (Japan MoD) and 99 missiles (CSIS).",
    );
  });

  it("warheads: latest, the change, and fissile material as a range or an upper bound", () => {
    const def = INDICATORS["dprk-warheads"];
    const assembled = series("w", "warheads", [pt("2022-01", 20), pt("2023-01", 30), pt("2024-01", 50)]);
    expect(summarizeDprkWarheads(withData(def, [assembled, series("c", "warheads", [pt("2024-01", 90, { high: 90 })])]))).toBe(
      "SIPRI estimates North Korea had about 50 assembled warheads in Jan 2024 (30 in Jan 2023; 20 in Jan 2022), with fissile material for up to 90.",
    );
    expect(summarizeDprkWarheads(withData(def, [assembled, series("c", "warheads", [pt("2024-01", 70, { low: 50, high: 70 })])]))).toMatch(
      /fissile material for 50–70\.$/,
    );
  });

  it("troops in Russia: the span of estimates, the highest and the latest with their estimators", () => {
    const r = withData(INDICATORS["dprk-troops-russia"], [
      series("t", "personnel", [pt("2024-10-13", 1500, { label: "NIS: ferried" }), pt("2025-04-30", 15000, { label: "NIS: cumulative" }), pt("2025-09-02", 6000, { label: "NIS: planned" })]),
    ]);
    expect(summarizeDprkTroopsRussia(r)).toBe(
      "Estimates run from 1,500 to 15,000 personnel (13 Oct 2024 – 2 Sep 2025); the highest is 15,000 (NIS: cumulative, 30 Apr 2025); the latest is 6,000 (NIS: planned, 2 Sep 2025).",
    );
  });

  it("casualties: the NIS count of the dead over time and the spread of killed-and-wounded estimates", () => {
    const r = withData(INDICATORS["dprk-casualties-russia"], [
      series("c", "casualties", [pt("2025-04", 1200), pt("2025-04", 4000), pt("2025-04-30", 4700)]),
      series("k", "killed", [pt("2025-01", 300), pt("2025-09-02", 2000)]),
    ]);
    expect(summarizeDprkCasualtiesRussia(r)).toBe(
      "The ROK NIS estimates about 2,000 North Korean soldiers killed by 2 Sep 2025, up from 300 in Jan 2025; estimates of killed and wounded range from 1,200 to 4,700, by estimator.",
    );
  });

  it("rankings list every label largest first, with the world total", () => {
    const r = withData(
      INDICATORS["nuclear-warheads-2025"],
      [series("n", "warheads", [pt("2025-01", 50, { label: "North Korea" }), pt("2025-01", 5459, { label: "Russia" })])],
      [{ id: "nuclear_warheads_world_2025", label: "World", text: "t", sourceIds: ["s"], confidence: "verified", figure: fig(12241, "warheads") }],
    );
    expect(summarizeRanking(r)).toBe("In Jan 2025 (warheads, SIPRI): Russia 5,459 and North Korea 50; world total 12,241 warheads.");
  });

  it("exercises: count, span and the latest", () => {
    const r: ResolvedIndicator = {
      ...withData(INDICATORS["alliance-exercises"], []),
      exercises: [
        { id: "b", name: "B", start: "2024-08-19", end: "2024-08-29", sourceIds: ["s"], confidence: "verified" },
        { id: "a", name: "A", start: "2023-03-13", end: "2023-03-23", sourceIds: ["s"], confidence: "verified" },
      ],
    };
    expect(summarizeExercises(r)).toBe("2 major combined exercises from 13 Mar 2023 to 29 Aug 2024; the latest is B (19 Aug 2024 – 29 Aug 2024).");
  });

  it("says so when there is nothing to summarise", () => {
    expect(summarizeRokDefenceBudget(withData(INDICATORS["rok-defence-budget"], []))).toBe("No figures in the data.");
  });
});

describe("summaries of the real data", () => {
  const file = indicatorsFileSchema.parse(rawIndicators);
  const summary = (def: IndicatorDef) => {
    const r = resolveIndicator(def, file);
    if (!r.ok) throw new Error(r.error.join(", "));
    return def.summarize(r.value);
  };

  it.each(Object.values(INDICATORS).map((d) => [d.id, d] as const))("%s has a one-paragraph summary", (_id, def) => {
    const s = summary(def);
    expect(s).toMatch(/^[A-Z0-9].*\.$/);
    expect(s).not.toMatch(/undefined|NaN|null/);
  });

  it("state the USFK level and SIPRI's North Korean warhead estimate with its fissile-material ceiling", () => {
    expect(summary(INDICATORS["usfk-troops"])).toContain("28,500");
    expect(summary(INDICATORS["dprk-warheads"])).toMatch(/about 50 assembled warheads.*up to 90/);
  });
});

/**
 * The 2025 full year and the 2026 months of the trade series (data/trade.json), pinned: one basis
 * per series, gaps left as gaps (no invented US-basis full year), partial periods labelled.
 */
import { describe, expect, it } from "vitest";
import rawTrade from "../../data/trade.json";
import rawSources from "../../data/sources.json";
import { tradeFileSchema, type Point } from "../../src/domain/schemas";
import { percentChange } from "../../src/domain/indicators/series-math";

const trade = tradeFileSchema.parse(rawTrade);
const sourceIds = new Set(rawSources.records.map((s) => s.id));
const series = (id: string) => {
  const s = trade.series.find((x) => x.id === id);
  if (!s) throw new Error(`series ${id} missing`);
  return s;
};
const at = (id: string, date: string, label?: string): Point | undefined =>
  series(id).points.find((p) => p.date === date && p.label === label);

describe("trade series: 2025 full year", () => {
  it("Korean basis: record total exports $709.7B; to the US $122.9B (−3.8%); to China $130.8B", () => {
    expect(at("kor_total_exports_korea_reported", "2025")?.value).toBe(709.7);
    const toUs = at("kor_exports_to_us_korea_reported", "2025")!;
    expect(toUs.value).toBeCloseTo(122.9, 1);
    expect(percentChange(at("kor_exports_to_us_korea_reported", "2024")!.value, toUs.value)).toBeCloseTo(-3.9, 0);
    expect(at("kor_exports_to_china", "2025")?.value).toBe(130.8);
    for (const id of ["kor_total_exports_korea_reported", "kor_exports_to_us_korea_reported", "kor_exports_to_china"]) expect(series(id).basis).toBe("korea_reported");
  });

  it("US basis: only the 2025 deficit was found; US exports and imports for 2025 stay partial years, labelled", () => {
    expect(at("us_goods_trade_us_reported", "2025")).toMatchObject({ value: -56.4, confidence: "secondary" });
    for (const id of ["us_exports_to_kor_us_reported", "us_imports_from_kor_us_reported"]) {
      expect(series(id).basis).toBe("us_reported");
      const y2025 = series(id).points.filter((p) => p.date === "2025");
      expect(y2025.length).toBe(1);
      expect(y2025[0]!.label).toMatch(/^Jan–/);
      expect(series(id).note).toMatch(/GAP: the full-year 2025 value/);
    }
    // Korea's 2025 imports from the US were not found: no point is invented.
    expect(series("kor_imports_from_us_korea_reported").points.some((p) => p.date === "2025")).toBe(false);
  });

  it("exports to the US by sector in 2025: passenger cars −12.6% (KITA, its own scope), EVs −87.8%, parts $7.67B", () => {
    const cars = series("kor_exports_to_us_passenger_cars_kita");
    expect(at(cars.id, "2025")?.value).toBe(21.516);
    expect(percentChange(at(cars.id, "2024")!.value, at(cars.id, "2025")!.value)).toBeCloseTo(-12.6, 1);
    expect(percentChange(at("kor_exports_to_us_evs", "2024")!.value, at("kor_exports_to_us_evs", "2025")!.value)).toBeCloseTo(-87.8, 1);
    expect(at("kor_exports_to_us_auto_parts", "2025")?.value).toBe(7.67);
    // MOTIE's wider auto-industry scope has only Jan–Aug 2025 and is a different series.
    expect(at("kor_exports_to_us_cars", "2025", "Jan–Aug")?.value).toBe(20.2);
    expect(at("kor_exports_to_us_cars", "2025")).toBeUndefined();
  });
});

describe("trade series: 2026 months", () => {
  const monthly = series("kor_total_exports_monthly_korea_reported");

  it("monthly exports to 1–20 June 2026; partial months carry the days they cover", () => {
    expect(monthly.points.at(-1)).toMatchObject({ date: "2026-06", value: 61.99, label: "1–20 June" });
    expect(at(monthly.id, "2026-01")).toMatchObject({ value: 65.85, confidence: "verified" });
    expect(at(monthly.id, "2026-05")).toMatchObject({ value: 87.75, confidence: "secondary" });
    expect(at(monthly.id, "2026-04")?.confidence).toBe("unverified");
    expect(at(monthly.id, "2026-03", "1–10 Mar")?.value).toBe(21.5);
    // March has no full-month value: it is a gap, not a zero.
    expect(at(monthly.id, "2026-03")).toBeUndefined();
    for (const p of monthly.points) expect(p.date).toMatch(/^\d{4}-\d{2}$/);
  });

  it("every new or extended trade point names sources that exist, and one basis per series", () => {
    const recent = trade.series.flatMap((s) => s.points.filter((p) => p.date >= "2025").map((p) => ({ s, p })));
    for (const { s, p } of recent) {
      expect(s.basis, s.id).toBeDefined();
      for (const id of p.sourceIds) expect(sourceIds.has(id), `${s.id}: ${id}`).toBe(true);
    }
  });
});

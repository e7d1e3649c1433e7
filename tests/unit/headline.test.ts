import { describe, expect, it } from "vitest";
import tradeJson from "../../data/trade.json";
import indicatorsJson from "../../data/indicators.json";
import { indicatorsFileSchema, tradeFileSchema, type Series, type TariffMeasure } from "../../src/domain/schemas";
import {
  HEADLINE_IDS,
  headlineDprkTroops,
  headlineExports,
  headlineLaunches,
  headlineTariff,
  selectHeadline,
} from "../../src/domain/headline";
import { SECTOR_IDS } from "../../src/domain/types";

const trade = tradeFileSchema.parse(tradeJson);
const indicators = indicatorsFileSchema.parse(indicatorsJson);
/** The bundled data's "as of" (pinned by tests/unit/freshness.test.ts) and the day it was compiled. */
const AS_OF = "2026-07-02";
const TODAY = "2026-12-04";

function buildSeries(overrides: Partial<Series> & Pick<Series, "id" | "points">): Series {
  return { label: "A series", unit: "units", group: "threat", direction: "neutral", ...overrides };
}
const point = (date: string, value: number, extra: Partial<Series["points"][number]> = {}) => ({
  date,
  value,
  sourceIds: [`src-${date}`],
  confidence: "verified" as const,
  ...extra,
});
function buildMeasure(overrides: Partial<TariffMeasure> & Pick<TariffMeasure, "id">): TariffMeasure {
  return { sectors: [...SECTOR_IDS], effective: "2012-03-15", ratePct: 0, status: "in_force", instrument: "KORUS FTA", sourceIds: ["s"], confidence: "verified", ...overrides };
}
const SECTORS = SECTOR_IDS.map((id) => ({ id, label: id === "autos" ? "Autos (passenger vehicles)" : id === "other" ? "All other goods" : id.replace("_", " ") }));

describe("the headline figures from the bundled data", () => {
  const figures = selectHeadline({ trade, indicators, asOf: AS_OF, today: TODAY });
  const byId = new Map(figures.map((f) => [f.id, f]));

  it("are the five figures, in order, each with a value, a date, a confidence and a source", () => {
    expect(figures.map((f) => f.id)).toEqual([...HEADLINE_IDS]);
    for (const f of figures) {
      expect(f.missing).toBeUndefined();
      expect(f.values.length).toBeGreaterThan(0);
      for (const v of f.values) {
        expect(v.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        expect(v.sourceIds.length).toBeGreaterThan(0);
        expect(["verified", "secondary", "unverified"]).toContain(v.confidence);
      }
    }
  });

  it("gives the tariff on most goods on the data's as-of day with its legal basis, the other groups beside it", () => {
    const t = byId.get("tariff")!;
    expect(t.values).toEqual([
      expect.objectContaining({ value: "10%", caption: "Section 122 surcharge (most goods)", date: AS_OF, datePrefix: "in force on" }),
    ]);
    const s122 = trade.tariffs.find((m) => m.id === "tariff_section122_10")!;
    expect(t.values[0]!.sourceIds).toEqual(s122.sourceIds);
    expect(t.values[0]!.confidence).toBe(s122.confidence);
    expect(t.detail).toBe("autos and auto parts 15%, steel 50% (Section 232) · petroleum products 0% (KORUS FTA)");
    // The surcharge's statutory end is past by the day the data was compiled: said, not hidden.
    expect(t.note).toBe("Section 122 surcharge: until 24 Jul 2026; what applies after is not in the sources.");
    expect(t.open).toEqual({ panel: "trade", part: "tariffs" });
  });

  it("gives Korea's exports for the latest full year, and the newer partial period labelled as partial", () => {
    const e = byId.get("exports")!;
    expect(e.values[0]).toMatchObject({ value: "122.87 USD bn", date: "2025", caption: "goods, full year, Korea-reported", confidence: "secondary" });
    expect(e.values[1]).toMatchObject({ value: "4.2 USD bn", date: "2026-03", caption: "1–10 Mar only: early-month data, not a full month" });
  });

  it("counts this year's launches by Reuters' running count, to its date", () => {
    expect(byId.get("launches")).toMatchObject({
      label: "DPRK ballistic-missile launches, 2026",
      values: [{ value: "7", date: "2026-04-19", datePrefix: "to", caption: "Reuters running count, year to date" }],
      open: { panel: "threats", part: "arsenal" },
    });
  });

  it("gives the USFK troop level and its year", () => {
    expect(byId.get("usfk")).toMatchObject({ values: [{ value: "28,500", date: "2026", confidence: "verified" }], open: { panel: "alliance", part: "forces" } });
  });

  it("puts the NIS and Ukrainian estimates of troops in Russia side by side, never merged", () => {
    const d = byId.get("dprk-troops")!;
    expect(d.values.map((v) => [v.value, v.date, v.caption.split(":")[0]])).toEqual([
      ["10,000", "2026-02-12", "NIS"],
      ["8,000", "2026-02-17", "Ukrainian military intelligence"],
    ]);
    expect(d.values[0]!.sourceIds).not.toEqual(d.values[1]!.sourceIds);
    expect(d.note).toMatch(/disagree.*not averaged/);
  });
});

describe("headline selection rules", () => {
  it("a tariff whose measure ended with what follows unknown is 'not known', with the reason", () => {
    const tariffs = [
      buildMeasure({ id: "korus" }),
      buildMeasure({ id: "surcharge", legalBasis: "Section 122 surcharge", effective: "2026-02-24", end: "2026-07-24", afterEnd: "unknown", ratePct: 10, sectors: ["other"] }),
    ];
    expect(headlineTariff(tariffs, SECTORS, "2026-03-01", "2026-03-01").values[0]).toMatchObject({ value: "10%", caption: "Section 122 surcharge (most goods)" });
    const after = headlineTariff(tariffs, SECTORS, "2026-08-01", "2026-08-01");
    expect(after.values[0]).toMatchObject({ value: "not known" });
    expect(after.values[0]!.caption).toMatch(/^most goods: Section 122 surcharge \(10%\) ended on 24 Jul 2026/);
    expect(after.note).toBeUndefined();
  });

  it("threatened and agreed measures never count", () => {
    const tariffs = [buildMeasure({ id: "korus" }), buildMeasure({ id: "threat", status: "threatened", ratePct: 25, effective: "2026-01-01" })];
    const t = headlineTariff(tariffs, SECTORS, "2026-03-01", "2026-03-01");
    expect(t.values[0]).toMatchObject({ value: "0%", caption: "KORUS FTA (most goods)" });
    expect(t.detail).toBeUndefined();
  });

  it("a partial period older than the full year is not shown", () => {
    const series = [
      buildSeries({ id: "kor_exports_to_us_korea_reported", unit: "USD bn", points: [point("2024", 100), point("2025", 110)] }),
      buildSeries({ id: "kor_exports_to_us_monthly_korea_reported", unit: "USD bn", points: [point("2025-03", 4, { label: "1–10 Mar" })] }),
    ];
    expect(headlineExports(series).values.map((v) => v.value)).toEqual(["110 USD bn"]);
  });

  it("launches from another year are not this year's: the figure says none was found", () => {
    const series = [buildSeries({ id: "dprk_launches_reuters", label: "Launches (Reuters running count)", points: [point("2025-11-07", 6)] })];
    const f = headlineLaunches(series, "2026-07-02");
    expect(f.values).toEqual([]);
    expect(f.missing).toBe("No launch count for 2026 in the data.");
  });

  it("an estimate more than a month older than the latest is not in the latest round", () => {
    const series = [
      buildSeries({ id: "dprk_troops_in_russia", points: [point("2025-04-30", 15000, { label: "NIS: 15,000" }), point("2026-02-12", 10000, { label: "NIS: 10,000" })] }),
    ];
    const f = headlineDprkTroops(series);
    expect(f.values.map((v) => v.value)).toEqual(["10,000"]);
    expect(f.note).toBeUndefined();
  });

  it("a missing series gives a figure that says so instead of a value", () => {
    const f = selectHeadline({ trade: { series: [], sectors: [], tariffs: [] }, indicators: { series: [] }, asOf: AS_OF, today: TODAY });
    expect(f.map((x) => x.values.length)).toEqual([0, 0, 0, 0, 0]);
    for (const x of f) expect(x.missing).toMatch(/^No /);
  });
});

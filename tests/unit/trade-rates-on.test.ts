import { describe, expect, it } from "vitest";
import tradeJson from "../../data/trade.json";
import { tradeFileSchema, type TariffMeasure } from "../../src/domain/schemas";
import {
  latestSourcedDate,
  openEnds,
  partMeasuresOn,
  rateChangeDates,
  resolveRatesOn,
  sectorRatesOn,
  type SectorRateOn,
} from "../../src/domain/tariff/rates-on";
import { competitorRatesInForce, ratesInForce } from "../../src/domain/tariff/presets";
import { SECTOR_IDS, type SectorId } from "../../src/domain/types";

const tariffs = tradeFileSchema.parse(tradeJson).tariffs;

/** A valid in-force record (KB-style builder); override what the test is about. */
function buildMeasure(overrides: Partial<TariffMeasure> & Pick<TariffMeasure, "id">): TariffMeasure {
  return { sectors: [...SECTOR_IDS], effective: "2012-03-15", ratePct: 0, status: "in_force", instrument: "A measure", sourceIds: ["s"], confidence: "verified", ...overrides };
}

type Pin = [status: "known", ratePct: number, measureId: string, basis: RegExp] | [status: "unknown", since: string, measureId: string];

/**
 * Hand-checked against shared/research (brief.md A5; 2026/tariffs.md T1, T2, T5; second-half.md §1):
 * 1 Dec 2025 — autos and parts 15% all-in (FR Doc 2025-21940, from 1 Nov), IEEPA reciprocal 15% all-in
 *   (from 14 Nov) elsewhere, steel 50% (Section 232);
 * 1 Mar 2026 — IEEPA no longer collected from 24 Feb; Section 122 10% on non-232, non-energy goods;
 *   autos and parts 15% and steel 50% (Section 232, exempt from 122); petroleum products (energy,
 *   exempt) back at KORUS 0%;
 * 1 Aug 2026 — Section 122 reached its statutory end on 24 Jul; what followed is not in the sources:
 *   its sectors are unknown; steel 50% under the 6 Apr 2026 metals regime; autos and parts still 15%.
 */
const PINS: Record<string, Record<SectorId, Pin>> = {
  "2025-12-01": {
    autos: ["known", 15, "tariff_autos_parts_15", /^Section 232 autos and parts, all-in \(15%\)$/],
    auto_parts: ["known", 15, "tariff_autos_parts_15", /^Section 232 autos and parts/],
    semiconductors: ["known", 15, "tariff_reciprocal_15_all_in", /^IEEPA reciprocal tariff, all-in \(15%\)$/],
    machinery: ["known", 15, "tariff_reciprocal_15_all_in", /^IEEPA reciprocal/],
    steel: ["known", 50, "tariff_steel_232_50", /^Section 232 steel \(50%\)$/],
    batteries: ["known", 15, "tariff_reciprocal_15_all_in", /^IEEPA reciprocal/],
    petroleum_products: ["known", 15, "tariff_reciprocal_15_all_in", /^IEEPA reciprocal/],
    other: ["known", 15, "tariff_reciprocal_15_all_in", /^IEEPA reciprocal/],
  },
  "2026-03-01": {
    autos: ["known", 15, "tariff_autos_parts_15", /^Section 232 autos and parts, all-in \(15%\); exempt from Section 122 surcharge$/],
    auto_parts: ["known", 15, "tariff_autos_parts_15", /exempt from Section 122/],
    semiconductors: ["known", 10, "tariff_section122_10", /^Section 122 surcharge \(10%\)$/],
    machinery: ["known", 10, "tariff_section122_10", /^Section 122 surcharge \(10%\)$/],
    steel: ["known", 50, "tariff_steel_232_50", /^Section 232 steel \(50%\); exempt from Section 122/],
    batteries: ["known", 10, "tariff_section122_10", /^Section 122/],
    petroleum_products: ["known", 0, "tariff_korus_baseline", /^KORUS FTA \(0%\); exempt from Section 122 surcharge$/],
    other: ["known", 10, "tariff_section122_10", /^Section 122/],
  },
  "2026-08-01": {
    autos: ["known", 15, "tariff_autos_parts_15", /^Section 232 autos and parts, all-in \(15%\)$/],
    auto_parts: ["known", 15, "tariff_autos_parts_15", /^Section 232 autos and parts/],
    semiconductors: ["unknown", "2026-07-24", "tariff_section122_10"],
    machinery: ["unknown", "2026-07-24", "tariff_section122_10"],
    steel: ["known", 50, "tariff_metals_232_2026", /^Section 232 metals, on the full value \(50%\)$/],
    batteries: ["unknown", "2026-07-24", "tariff_section122_10"],
    petroleum_products: ["known", 0, "tariff_korus_baseline", /^KORUS FTA \(0%\)$/],
    other: ["unknown", "2026-07-24", "tariff_section122_10"],
  },
};

function check(r: SectorRateOn, pin: Pin) {
  expect(r.status).toBe(pin[0]);
  expect(r.measureIds[0]).toBe(pin[2]);
  if (r.status === "known" && pin[0] === "known") {
    expect(r.ratePct).toBe(pin[1]);
    expect(r.basis).toMatch(pin[3]);
  } else if (r.status === "unknown" && pin[0] === "unknown") {
    expect(r.since).toBe(pin[1]);
    expect(r.reason).toMatch(/Section 122 surcharge \(10%\) ended on 24 Jul 2026\..*not found in any source read/);
  }
}

describe("sectorRatesOn, data/trade.json", () => {
  for (const [date, pins] of Object.entries(PINS)) {
    it.each(SECTOR_IDS)(`${date}: %s`, (sector) => {
      check(sectorRatesOn(tariffs, date)[sector], pins[sector]);
    });
  }

  it("gives three different pictures on the three dates", () => {
    const text = (d: string) => JSON.stringify(sectorRatesOn(tariffs, d));
    expect(new Set(["2025-12-01", "2026-03-01", "2026-08-01"].map(text)).size).toBe(3);
  });

  it("keeps the IEEPA 15% to the last day it was collected and drops it on 24 Feb 2026", () => {
    expect(sectorRatesOn(tariffs, "2026-02-23").machinery).toMatchObject({ status: "known", ratePct: 15 });
    expect(sectorRatesOn(tariffs, "2026-02-24").machinery).toMatchObject({ status: "known", ratePct: 10, measureIds: ["tariff_section122_10"] });
  });

  it("knows the Section 122 rate on its last day and not on the day it ended", () => {
    expect(sectorRatesOn(tariffs, "2026-07-23").other).toMatchObject({ status: "known", ratePct: 10 });
    expect(sectorRatesOn(tariffs, "2026-07-24").other).toMatchObject({ status: "unknown", since: "2026-07-24" });
  });

  it("never counts the 26 Jan threat, the 100% chip warning or the announced 15%", () => {
    expect(sectorRatesOn(tariffs, "2026-02-01").autos).toMatchObject({ status: "known", ratePct: 15 });
    expect(sectorRatesOn(tariffs, "2026-02-01").semiconductors).toMatchObject({ status: "known", ratePct: 15 });
    expect(sectorRatesOn(tariffs, "2026-03-01").other).toMatchObject({ ratePct: 10 });
  });

  it("lists the narrow 25% chip tariff beside the rates, not in them", () => {
    expect(partMeasuresOn(tariffs, "2026-03-01").map((m) => m.id)).toEqual(["tariff_chips_232_narrow_25"]);
    expect(partMeasuresOn(tariffs, "2026-01-14")).toEqual([]);
  });

  it("reads competitors' rates where the research gives them: steel under Section 232, the surcharge on every supplier", () => {
    const dec = resolveRatesOn(tariffs, "2025-12-01");
    expect(dec.steel.competitor).toEqual({ ratePct: 50, sourced: true, measureId: "tariff_steel_232_50" });
    expect(dec.autos.competitor).toEqual({ ratePct: 0, sourced: false, measureId: null });
    expect(dec.machinery.competitor.sourced).toBe(false);
    const mar = resolveRatesOn(tariffs, "2026-03-01");
    expect(mar.machinery.competitor).toEqual({ ratePct: 10, sourced: true, measureId: "tariff_section122_10" });
    expect(resolveRatesOn(tariffs, "2026-08-01").machinery.competitor.sourced).toBe(false);
  });

  it("says where the sourced timeline stops", () => {
    expect(latestSourcedDate(tariffs)).toBe("2026-04-06");
    expect(openEnds(tariffs).map((m) => [m.id, m.end])).toEqual([["tariff_section122_10", "2026-07-24"]]);
    expect(rateChangeDates(tariffs)).toEqual(expect.arrayContaining(["2026-02-24", "2026-04-06", "2026-07-24"]));
  });

  it("ratesInForce agrees with sectorRatesOn on every change date, and uses the layer below where the rate is unknown", () => {
    for (const d of rateChangeDates(tariffs)) {
      const on = sectorRatesOn(tariffs, d);
      const rates = ratesInForce(tariffs, d);
      for (const s of SECTOR_IDS) {
        const r = on[s];
        if (r.status === "known") expect(rates[s], `${d} ${s}`).toBe(r.ratePct);
      }
    }
    expect(ratesInForce(tariffs, "2026-08-01")).toMatchObject({ machinery: 0, other: 0, autos: 15, steel: 50 });
    expect(competitorRatesInForce(tariffs, "2026-08-01")).toMatchObject({ machinery: 0, steel: 50 });
  });
});

describe("sectorRatesOn, the rules", () => {
  const korus = buildMeasure({ id: "korus" });

  it("treats end as exclusive and falls back to the layer below when a measure reverts", () => {
    const t = [korus, buildMeasure({ id: "a", sectors: ["machinery"], effective: "2025-04-05", ratePct: 10, end: "2026-02-24", afterEnd: "reverts", legalBasis: "IEEPA" })];
    expect(sectorRatesOn(t, "2026-02-23").machinery).toEqual({ status: "known", ratePct: 10, measureIds: ["a"], basis: "IEEPA (10%)" });
    expect(sectorRatesOn(t, "2026-02-24").machinery).toEqual({ status: "known", ratePct: 0, measureIds: ["korus"], basis: "A measure (0%)" });
  });

  it("makes a sector unknown after a measure with afterEnd unknown ends, carrying nothing forward", () => {
    const t = [korus, buildMeasure({ id: "s122", sectors: ["other"], effective: "2026-02-24", ratePct: 10, end: "2026-07-24", afterEnd: "unknown", endNote: "Not found." })];
    const r = sectorRatesOn(t, "2026-09-01");
    expect(r.other).toEqual({ status: "unknown", since: "2026-07-24", measureIds: ["s122"], reason: "A measure (10%) ended on 24 Jul 2026. Not found." });
    expect(r.machinery).toMatchObject({ status: "known", ratePct: 0 });
    expect(resolveRatesOn(t, "2026-09-01").other.scenarioPct).toBe(0);
  });

  it("is known again once a newer measure takes effect, from that day", () => {
    const t = [
      korus,
      buildMeasure({ id: "s122", sectors: ["other"], effective: "2026-02-24", ratePct: 10, end: "2026-07-24", afterEnd: "unknown" }),
      buildMeasure({ id: "s301", sectors: ["other"], effective: "2026-07-24", ratePct: 15 }),
    ];
    expect(sectorRatesOn(t, "2026-07-24").other).toMatchObject({ status: "known", ratePct: 15, measureIds: ["s301"] });
  });

  it("ignores the end of a measure that no longer set the rate when it ended", () => {
    const t = [
      korus,
      buildMeasure({ id: "old", sectors: ["other"], effective: "2026-02-24", ratePct: 10, end: "2026-07-24", afterEnd: "unknown" }),
      buildMeasure({ id: "newer", sectors: ["other"], effective: "2026-05-01", ratePct: 20 }),
    ];
    expect(sectorRatesOn(t, "2026-08-01").other).toMatchObject({ status: "known", ratePct: 20, measureIds: ["newer"] });
  });

  it("names the measures a sector is exempt from in its basis and ids", () => {
    const t = [
      korus,
      buildMeasure({ id: "s232", sectors: ["steel"], effective: "2025-06-04", ratePct: 50, legalBasis: "Section 232 steel" }),
      buildMeasure({ id: "s122", sectors: ["other"], effective: "2026-02-24", ratePct: 10, legalBasis: "Section 122", exemptions: [{ sectors: ["steel"], reason: "232 goods" }] }),
    ];
    expect(sectorRatesOn(t, "2026-03-01").steel).toEqual({
      status: "known",
      ratePct: 50,
      measureIds: ["s232", "s122"],
      basis: "Section 232 steel (50%); exempt from Section 122",
    });
  });

  it("puts a sector no measure covers at 0%, and threats, deals, announcements and narrow measures never set a rate", () => {
    const t = [
      buildMeasure({ id: "threat", status: "threatened", ratePct: 25 }),
      buildMeasure({ id: "deal", status: "agreed", ratePct: 15 }),
      buildMeasure({ id: "ann", status: "announced", ratePct: 15 }),
      buildMeasure({ id: "narrow", coverage: "part", ratePct: 25 }),
    ];
    expect(sectorRatesOn(t, "2026-01-01").autos).toEqual({ status: "known", ratePct: 0, measureIds: [], basis: "No US measure in the data (0%)" });
  });
});

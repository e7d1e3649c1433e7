import { describe, expect, it } from "vitest";
import tradeJson from "../../data/trade.json";
import { tradeFileSchema, type TariffMeasure, type TradeFile } from "../../src/domain/schemas";
import {
  buildPreset,
  dayBefore,
  PRESET_IDS,
  ratesInForce,
  rulingComparisonLabel,
  toScenarioInput,
  uniformRates,
} from "../../src/domain/tariff/presets";
import { resolveScenarios } from "../../src/domain/tariff/resolve";
import { SECTOR_IDS } from "../../src/domain/types";

const trade: TradeFile = tradeFileSchema.parse(tradeJson);

/** A valid tariff record (KB-style builder); override what the test is about. */
function buildMeasure(overrides: Partial<TariffMeasure> & Pick<TariffMeasure, "id">): TariffMeasure {
  return {
    sectors: [...SECTOR_IDS],
    effective: "2012-03-15",
    ratePct: 0,
    status: "in_force",
    instrument: "A measure",
    sourceIds: ["src-a"],
    confidence: "verified",
    ...overrides,
  };
}

/** A small timeline: KORUS, a 232 steel rate, a 10% baseline, a threat letter, a deal and its implementation. */
const TIMELINE: TariffMeasure[] = [
  buildMeasure({ id: "korus" }),
  buildMeasure({ id: "steel_40", sectors: ["steel"], effective: "2025-03-01", ratePct: 40 }),
  buildMeasure({ id: "base_10", sectors: SECTOR_IDS.filter((s) => s !== "steel"), effective: "2025-04-05", ratePct: 10 }),
  buildMeasure({
    id: "letter",
    sectors: ["machinery", "other"],
    effective: "2025-08-01",
    ratePct: 30,
    status: "threatened",
    instrument: "A letter to Seoul",
  }),
  buildMeasure({
    id: "deal",
    sectors: SECTOR_IDS.filter((s) => s !== "steel"),
    effective: "2025-07-30",
    announced: "2025-07-29",
    ratePct: 12,
    status: "agreed",
  }),
  buildMeasure({ id: "deal_in_force", sectors: SECTOR_IDS.filter((s) => s !== "steel"), effective: "2025-11-14", ratePct: 12 }),
];

describe("ratesInForce", () => {
  it("takes the latest in-force measure per sector and ignores threats and agreements", () => {
    const rates = ratesInForce(TIMELINE, "2025-09-01");
    expect(rates.steel).toBe(40);
    expect(rates.machinery).toBe(10); // the letter (30%) and the deal (12%) are not in force
    expect(rates.autos).toBe(10);
  });

  it("counts a measure from its effective day, not before", () => {
    expect(ratesInForce(TIMELINE, "2025-04-04").autos).toBe(0);
    expect(ratesInForce(TIMELINE, "2025-04-05").autos).toBe(10);
  });

  it("gives 0% (KORUS) to a sector no measure covers", () => {
    expect(ratesInForce([], "2025-06-01")).toEqual(uniformRates(0));
  });
});

describe("presets built from a timeline", () => {
  it("reads the threatened rate and label from the newest threatened measure", () => {
    const p = buildPreset("threat", TIMELINE, null);
    expect(p?.label).toBe("Threatened 30% (1 Aug 2025 letter)");
    expect(p?.ratesPct.machinery).toBe(30);
    expect(p?.ratesPct.autos).toBe(10); // not covered by the letter: the rate in force on 1 Aug
    expect(p?.ratesPct.steel).toBe(40);
    expect(p?.measureIds).toContain("letter");
  });

  it("reads the deal's rate and announcement date; uncovered sectors keep their rate", () => {
    const p = buildPreset("deal", TIMELINE, null);
    expect(p?.label).toBe("Agreed 12% (deal of 29 Jul 2025)");
    expect(p?.ratesPct.autos).toBe(12);
    expect(p?.ratesPct.steel).toBe(40);
    expect(p?.description).toContain("Steel stays at 40%");
  });

  it("builds the baseline from the day before the first increase", () => {
    const p = buildPreset("korus", TIMELINE, null);
    expect(p?.label).toBe("KORUS baseline (0%)");
    expect(p?.ratesPct).toEqual(uniformRates(0));
    expect(p?.description).toContain(`Rates in force on 28 Feb 2025`);
  });

  it("'in force' follows the scrubber date and labels the latest state when there is none", () => {
    expect(buildPreset("in_force", TIMELINE, "2025-05-01")?.ratesPct.autos).toBe(10);
    expect(buildPreset("in_force", TIMELINE, "2025-05-01")?.label).toBe("Tariffs in force on 1 May 2025");
    expect(buildPreset("in_force", TIMELINE, null)?.label).toBe("Tariffs in force on 14 Nov 2025 (latest)");
    expect(buildPreset("in_force", TIMELINE, null)?.ratesPct.autos).toBe(12);
  });

  it("leaves out presets whose measure is missing, never inventing rates", () => {
    const noThreat = TIMELINE.filter((t) => t.status !== "threatened" && t.status !== "agreed");
    expect(buildPreset("threat", noThreat, null)).toBeNull();
    expect(buildPreset("deal", noThreat, null)).toBeNull();
    expect(buildPreset("implemented", noThreat, null)).toBeNull();
    const r = resolveScenarios([{ kind: "preset", id: "threat" }, { kind: "preset", id: "korus" }], noThreat, null);
    expect(r.scenarios.map((s) => s.key)).toEqual(["s1"]);
    expect(r.missing).toEqual([{ kind: "preset", id: "threat" }]);
  });

  it("converts percent rates to the model's decimals", () => {
    const input = toScenarioInput("x", { ...uniformRates(15), steel: 50 });
    expect(input.tariffKorea.steel).toBe(0.5);
    expect(input.tariffKorea.autos).toBe(0.15);
  });

  it("dayBefore crosses month and year ends", () => {
    expect(dayBefore("2025-03-01")).toBe("2025-02-28");
    expect(dayBefore("2024-01-01")).toBe("2023-12-31");
  });
});

describe("presets from data/trade.json", () => {
  const all = Object.fromEntries(PRESET_IDS.map((id) => [id, buildPreset(id, trade.tariffs, null)]));

  it("has every preset", () => {
    for (const id of PRESET_IDS) expect(all[id], id).not.toBeNull();
  });

  it("names the three headline scenarios from the timeline", () => {
    expect(all.korus?.label).toBe("KORUS baseline (0%)");
    expect(all.threat?.label).toBe("Threatened 25% (1 Aug 2025 letter)");
    expect(all.deal?.label).toBe("Agreed 15% (deal of 30 Jul 2025)");
    expect(all.implemented?.label).toBe("Deal as implemented (Nov 2025)");
  });

  it("keeps steel at 50% under the deal as implemented, and every other sector at 15%", () => {
    const r = all.implemented?.ratesPct;
    expect(r?.steel).toBe(50);
    for (const s of SECTOR_IDS.filter((x) => x !== "steel")) expect(r?.[s], s).toBe(15);
  });

  it("threatens 25% on the sectors outside Section 232, with autos and parts at their 232 rate", () => {
    const r = all.threat?.ratesPct;
    expect(r?.machinery).toBe(25);
    expect(r?.other).toBe(25);
    expect(r?.autos).toBe(25);
    expect(r?.steel).toBe(50);
  });

  it("shows the 232 auto tariff and 10% baseline in force in June 2025", () => {
    const r = buildPreset("in_force", trade.tariffs, "2025-06-15")?.ratesPct;
    expect(r).toMatchObject({ autos: 25, auto_parts: 25, steel: 50, machinery: 10 });
  });
});

describe("2026 presets, computed from the timeline", () => {
  const p = (id: (typeof PRESET_IDS)[number], date: string | null = null) => buildPreset(id, trade.tariffs, date);

  it("keeps the 2025 headline presets on the 2025 measures", () => {
    expect(p("threat")?.measureIds).toContain("tariff_letter_25_threat");
    expect(p("implemented")?.description).toContain("Rates in force on 14 Nov 2025");
  });

  it("the 26 Jan 2026 threat: 25% on autos and the reciprocal sectors, parts and steel unchanged", () => {
    const b = p("threat_2026");
    expect(b?.label).toBe("Threatened 25% (26 Jan 2026 post)");
    expect(b?.ratesPct).toEqual({ autos: 25, auto_parts: 15, semiconductors: 25, machinery: 25, steel: 50, batteries: 25, petroleum_products: 25, other: 25 });
  });

  it("the 100% memory-chip warning: semiconductors at 100% for every supplier, the rest as on 16 Jan 2026", () => {
    const b = p("memory_threat");
    expect(b?.label).toBe("Threatened 100% on chips (16 Jan 2026)");
    expect(b?.ratesPct).toEqual({ ...uniformRates(15), semiconductors: 100, steel: 50 });
    expect(b?.competitorRatesPct.semiconductors).toBe(100);
  });

  it("MFN + 10% for everyone: the Section 122 surcharge from 24 Feb 2026, competitors at 10% too", () => {
    const b = p("surcharge");
    expect(b?.label).toBe("MFN + 10% for everyone (Section 122 surcharge, 24 Feb 2026)");
    expect(b?.ratesPct).toEqual({ autos: 15, auto_parts: 15, semiconductors: 10, machinery: 10, steel: 50, batteries: 10, petroleum_products: 0, other: 10 });
    expect(b?.competitorRatesPct).toMatchObject({ machinery: 10, other: 10, steel: 50, autos: 0 });
    expect(b?.assumptions.join(" ")).toMatch(/not in the sources for autos, auto parts, petroleum products/);
  });

  it("the Section 122 lapse: its sectors fall to the layer below, and the scenario says it is an assumption", () => {
    const b = p("surcharge_lapse");
    expect(b?.label).toBe("Section 122 surcharge lapses (24 Jul 2026), nothing in its place");
    expect(b?.ratesPct).toMatchObject({ semiconductors: 0, machinery: 0, batteries: 0, other: 0, autos: 15, steel: 50 });
    expect(b?.assumptions[0]).toBe(
      "Not known from 24 Jul 2026 for semiconductors, machinery, batteries, other (Section 122 surcharge (10%) ended; what followed is not in the sources): " +
        "this scenario uses the layer below for them (0%), as if it lapsed with nothing in its place: an assumption, not a sourced rate.",
    );
  });

  it("'in force on a chosen date' gives different rates on 1 Dec 2025, 1 Mar 2026 and 1 Aug 2026", () => {
    expect(p("in_force", "2025-12-01")?.ratesPct.machinery).toBe(15);
    expect(p("in_force", "2026-03-01")?.ratesPct.machinery).toBe(10);
    expect(p("in_force", "2026-08-01")?.ratesPct.machinery).toBe(0);
    expect(p("in_force", "2026-08-01")?.assumptions[0]).toMatch(/^Not known from 24 Jul 2026/);
    expect(p("in_force")?.label).toBe("Tariffs in force on 6 Apr 2026 (latest)");
  });

  it("names the ruling comparison from the data", () => {
    expect(rulingComparisonLabel(trade.tariffs)).toBe("15% all-in vs MFN + 10% for everyone");
    expect(rulingComparisonLabel(TIMELINE)).toBeNull();
  });

  it("threats after the deal are not taken for the 2025 threat, and vice versa", () => {
    const later = buildMeasure({ id: "later", sectors: ["machinery", "other"], effective: "2026-01-26", ratePct: 25, status: "threatened" });
    const chips = buildMeasure({ id: "chips", sectors: ["semiconductors"], effective: "2026-01-16", ratePct: 100, status: "threatened" });
    const t = [...TIMELINE, later, chips];
    expect(buildPreset("threat", t, null)?.measureIds).toContain("letter");
    expect(buildPreset("threat_2026", t, null)?.measureIds).toContain("later");
    expect(buildPreset("memory_threat", t, null)?.measureIds).toContain("chips");
    expect(buildPreset("threat_2026", TIMELINE, null)).toBeNull();
    expect(buildPreset("surcharge", TIMELINE, null)).toBeNull();
    expect(buildPreset("surcharge_lapse", TIMELINE, null)).toBeNull();
  });

  it("a deal's implementation is read from `implements` when the data says so", () => {
    const t = TIMELINE.map((m) => (m.id === "deal_in_force" ? { ...m, implements: "deal" } : m));
    const later = buildMeasure({ id: "later_rate", sectors: ["machinery"], effective: "2026-02-24", ratePct: 10 });
    expect(buildPreset("implemented", [...t, later], null)?.label).toBe("Deal as implemented (Nov 2025)");
    expect(buildPreset("implemented", [...TIMELINE, later], null)?.label).toBe("Deal as implemented (Feb 2026)");
  });

  it("passes competitors' rates to the model as tariffRow", () => {
    const input = toScenarioInput("x", uniformRates(10), { ...uniformRates(0), steel: 50 });
    expect(input.tariffRow?.steel).toBe(0.5);
    expect(input.tariffRow?.autos).toBe(0);
    expect(toScenarioInput("y", uniformRates(10)).tariffRow).toBeUndefined();
  });
});

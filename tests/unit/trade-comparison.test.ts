import { describe, expect, it } from "vitest";
import tradeJson from "../../data/trade.json";
import { tradeFileSchema, type ElasticityPreset, type Sector, type TradeFile } from "../../src/domain/schemas";
import {
  buildSectorInputs,
  computeComparison,
  rangeOf,
  type ComparedScenario,
  type ComparisonSettings,
  type ScenarioOutcome,
} from "../../src/domain/tariff/comparison";
import { formatMeasure, MEASURE_IDS, MEASURES } from "../../src/domain/tariff/measures";
import { buildPreset, toScenarioInput, uniformRates } from "../../src/domain/tariff/presets";
import { explainSmartSector, explainTotal } from "../../src/domain/tariff/explain";
import { explainSector, runScenario } from "../../src/domain/tariff/model";
import { buildComparisonCsv, csvField } from "../../src/domain/tariff/csv";
import { SECTOR_IDS } from "../../src/domain/types";

const trade: TradeFile = tradeFileSchema.parse(tradeJson);
const GDP = 1868e9;
const settings = (over: Partial<ComparisonSettings> = {}): ComparisonSettings => ({
  method: "ces",
  elasticityPresetId: trade.elasticityPresets[0]!.id,
  passThrough: { border: 1, retail: 1 },
  koreaGdpUsd: GDP,
  ...over,
});

function scenario(id: "korus" | "threat" | "deal"): ComparedScenario {
  const b = buildPreset(id, trade.tariffs, null)!;
  return { key: id, label: b.label, ratesPct: b.ratesPct };
}

function outcomes(over: Partial<ComparisonSettings> = {}, list = [scenario("korus"), scenario("threat"), scenario("deal")]): ScenarioOutcome[] {
  const r = computeComparison(trade.sectors, trade.elasticityPresets, list, settings(over));
  if (!r.ok) throw new Error(r.error);
  return r.outcomes;
}

describe("computeComparison", () => {
  it("runs every scenario once per elasticity preset", () => {
    const out = outcomes();
    expect(out).toHaveLength(3);
    for (const o of out) expect(o.runs.map((r) => r.presetId)).toEqual(trade.elasticityPresets.map((p) => p.id));
  });

  it("the range is the min and max over separate model runs, and contains the point value", () => {
    const [, threat] = outcomes({ elasticityPresetId: "gtap" });
    const losses = trade.elasticityPresets.map(
      (p) =>
        runScenario(buildSectorInputs(trade.sectors, p, { border: 1, retail: 1 }), toScenarioInput("t", threat!.ratesPct), {
          koreaGdpUsd: GDP,
        }).totals.koreaExportLoss / 1e9,
    );
    const r = rangeOf(threat!, MEASURES.exportLoss.total);
    expect(r.low).toBeCloseTo(Math.min(...losses), 9);
    expect(r.high).toBeCloseTo(Math.max(...losses), 9);
    expect(r.value).toBeCloseTo(losses[trade.elasticityPresets.findIndex((p) => p.id === "gtap")]!, 9);
    expect(r.low).toBeLessThan(r.high);
  });

  it("the KORUS baseline changes nothing in any preset", () => {
    const [korus] = outcomes();
    for (const id of MEASURE_IDS.filter((m) => m !== "importsKorea")) {
      const r = rangeOf(korus!, MEASURES[id].total);
      expect([r.low, r.high], id).toEqual([0, 0]);
    }
  });

  it("Korea loses more at the threatened 25% than at the agreed 15% under every preset", () => {
    const [, threat, deal] = outcomes();
    threat!.runs.forEach((run, i) => {
      expect(run.result.totals.koreaExportLoss).toBeGreaterThan(deal!.runs[i]!.result.totals.koreaExportLoss);
    });
  });

  it("switches diversion off where no rest-of-world baseline is sourced", () => {
    const [, threat] = outcomes({ elasticityPresetId: "gtap" });
    for (const s of trade.sectors) {
      const r = threat!.point.sectors.find((x) => x.id === s.id)!;
      if (s.importsRow === null) expect(r.deltaImportsRow, s.id).toBe(0);
    }
    expect(threat!.point.totals.deltaImportsRow).toBeGreaterThan(0);
  });

  it("returns an error, never a throw or NaN, for invalid input", () => {
    const bad = { key: "x", label: "bad", ratesPct: { ...uniformRates(15), autos: -5 } };
    const r = computeComparison(trade.sectors, trade.elasticityPresets, [bad], settings());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain("negative tariffs are not allowed");
    expect(computeComparison(trade.sectors, trade.elasticityPresets, [bad], settings({ elasticityPresetId: "nope" })).ok).toBe(false);
  });

  it("SMART with GTAP elasticities raises the flags the UI explains; CES raises none", () => {
    const smart = outcomes({ method: "smart", elasticityPresetId: "gtap" });
    expect(smart[1]!.point.totals.flags).toContain("smart_diversion_capped");
    for (const o of outcomes()) for (const run of o.runs) expect(run.result.totals.flags).toEqual([]);
  });

});

describe("How is this computed?", () => {
  const labelOf = (id: string) => id;
  it.each(MEASURE_IDS)("the written-out total of %s equals the table's number", (id) => {
    const [, threat] = outcomes({ elasticityPresetId: "broda_weinstein" });
    const e = explainTotal(id, threat!.point, labelOf, GDP);
    expect(e.value).toBe(MEASURES[id].total(threat!.point));
    expect(e.formula).toContain(formatMeasure(id, e.value));
    expect(e.formula).not.toMatch(/NaN|undefined/);
  });

  it("the CES steps for a sector end at the same export loss as the table", () => {
    const preset = trade.elasticityPresets[0]!;
    const [, threat] = outcomes();
    const input = buildSectorInputs(trade.sectors, preset, { border: 1, retail: 1 }).find((s) => s.id === "autos")!;
    const steps = explainSector(input, toScenarioInput("t", threat!.ratesPct), { koreaGdpUsd: GDP });
    const loss = steps.find((s) => s.label === "Korea's export loss (USD)")!;
    expect(loss.value).toBeCloseTo(threat!.point.sectors.find((s) => s.id === "autos")!.koreaExportLoss, 3);
    expect(loss.formula).toContain("3.738600e+10"); // M_K0 of autos, plugged in
  });

  it.each(SECTOR_IDS)("the SMART steps for %s agree with the model's SMART run", (sectorId) => {
    const preset = trade.elasticityPresets.find((p) => p.id === "gtap") as ElasticityPreset;
    const inputs = buildSectorInputs(trade.sectors, preset, { border: 0.8, retail: 0.5 });
    const sc = toScenarioInput("t", { ...uniformRates(25), steel: 50 });
    const result = runScenario(inputs, sc, { method: "smart", koreaGdpUsd: GDP }).sectors.find((s) => s.id === sectorId)!;
    const steps = explainSmartSector(inputs.find((s) => s.id === sectorId)!, sc, result);
    const volume = steps.find((s) => s.label.startsWith("Korean import volume"))!.value;
    const price = steps.find((s) => s.label.startsWith("Border price change"))!.value;
    const tau = steps[0]!.value;
    // M_K1 = Q_K1·(1 + π_K)/τ̂_K, recomputed from the shown steps.
    expect((volume * (1 + price)) / tau).toBeCloseTo(result.importsKorea1, 0);
    expect(steps.find((s) => s.label === "Trade creation (USD)")!.value).toBe(result.components.creation);
  });
});

describe("CSV export", () => {
  const out = outcomes();
  const csv = buildComparisonCsv({
    outcomes: out,
    settings: "CES method; WITS-SMART defaults elasticities",
    source: "Alliance Atlas tariff model; Sources: Agency A (2025)",
    generatedOn: "2026-11-27",
    dataRetrieved: "2026-11-20",
  });
  const lines = csv.trimEnd().split("\r\n");

  it("has a header with each scenario and its low and high", () => {
    expect(lines[1]).toBe(
      `Measure,Unit,${out.map((o) => `${o.label},${o.label} (low),${o.label} (high)`).join(",")}`,
    );
  });

  it("has one row per measure with the table's numbers", () => {
    const row = lines.find((l) => l.startsWith("Korea's export loss,USD bn,"))!;
    const r = rangeOf(out[1]!, MEASURES.exportLoss.total);
    expect(row.split(",").slice(5, 8)).toEqual([r.value.toFixed(2), r.low.toFixed(2), r.high.toFixed(2)]);
    expect(lines.filter((l) => MEASURE_IDS.some((id) => l.startsWith(`${MEASURES[id].label},${MEASURES[id].unit},`)))).toHaveLength(
      MEASURE_IDS.length,
    );
  });

  it("ends with the settings, the source line and the date", () => {
    expect(csv).toContain("Source,Alliance Atlas tariff model; Sources: Agency A (2025)");
    expect(csv).toContain("Date,Generated 2026-11-27; data retrieved 2026-11-20");
    expect(csv).toContain("steel,%,0,,,50,,,50,,");
    expect(csv).not.toMatch(/NaN|undefined/);
  });

  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["=SUM(A1)", "'=SUM(A1)"],
    ["-12.5", "-12.5"],
    [-3, "-3"],
  ])("quotes %j as %s", (input, out) => {
    expect(csvField(input)).toBe(out);
  });
});

describe("sector inputs", () => {
  it("converts USD bn to USD and leaves M_R0 at 0 where it is missing", () => {
    const sectors: Sector[] = trade.sectors;
    const inputs = buildSectorInputs(sectors, trade.elasticityPresets[0]!, { border: 0.9, retail: 0.5 });
    const semis = inputs.find((s) => s.id === "semiconductors")!;
    expect(semis.importsRow).toBe(0);
    expect(semis.passThrough).toBe(0.9);
    expect(inputs.find((s) => s.id === "autos")!.importsKorea).toBeCloseTo(37.386e9, 0);
  });
});

describe("competitors' rates in the comparison", () => {
  const gtap = { elasticityPresetId: "gtap" };
  const run = (ratesPct = uniformRates(25), competitorRatesPct?: Record<(typeof SECTOR_IDS)[number], number>) =>
    outcomes(gtap, [{ key: "x", label: "x", ratesPct, ...(competitorRatesPct ? { competitorRatesPct } : {}) }])[0]!.point;
  const sector = (r: ReturnType<typeof run>, id: string) => r.sectors.find((s) => s.id === id)!;

  it("shrink the diversion away from Korea where the rest-of-world baseline is sourced", () => {
    const alone = run();
    const everyone = run(uniformRates(25), uniformRates(25));
    expect(sector(alone, "steel").deltaImportsRow).toBeGreaterThan(0);
    expect(sector(everyone, "steel").koreaExportLoss).toBeLessThan(sector(alone, "steel").koreaExportLoss);
  });

  it("change nothing where it is not (diversion off)", () => {
    const off = trade.sectors.filter((s) => s.importsRow === null).map((s) => s.id);
    expect(off.length).toBeGreaterThan(0);
    const alone = run();
    const everyone = run(uniformRates(25), uniformRates(25));
    for (const id of off) expect(sector(everyone, id).koreaExportLoss, id).toBeCloseTo(sector(alone, id).koreaExportLoss, 6);
  });

  it("absent competitors' rates are the same as 0% everywhere", () => {
    expect(run(uniformRates(15), uniformRates(0)).totals).toEqual(run(uniformRates(15)).totals);
  });

  it("the ruling comparison: Korea loses less under MFN + 10% for everyone than under the 15% all-in", () => {
    const before = buildPreset("implemented", trade.tariffs, null)!;
    const after = buildPreset("surcharge", trade.tariffs, null)!;
    const [a, b] = outcomes(gtap, [
      { key: "a", label: before.label, ratesPct: before.ratesPct, competitorRatesPct: before.competitorRatesPct },
      { key: "b", label: after.label, ratesPct: after.ratesPct, competitorRatesPct: after.competitorRatesPct },
    ]);
    expect(b!.point.totals.koreaExportLoss).toBeLessThan(a!.point.totals.koreaExportLoss);
  });

  it("the CSV lists the competitors' rates of each scenario", () => {
    const b = buildPreset("surcharge", trade.tariffs, null)!;
    const o = outcomes({}, [{ key: "s", label: b.label, ratesPct: b.ratesPct, competitorRatesPct: b.competitorRatesPct }]);
    const csv = buildComparisonCsv({ outcomes: o, settings: "CES", source: "trade.json", generatedOn: "2026-12-04", dataRetrieved: "2026-11-27" });
    const part = csv.split("Competitors' tariff by sector (over 2024),Unit")[1] ?? "";
    expect(part).toContain("\r\nautos,%,0,,\r\n"); // Korea's autos: 15%
    expect(part).toContain("\r\nmachinery,%,10,,\r\n");
  });
});

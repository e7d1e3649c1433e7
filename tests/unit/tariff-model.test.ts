import { describe, it, expect } from "vitest";
import fc from "fast-check";
import casesJson from "../fixtures/tariff-cases.json";
import { explainSector, runScenario, ValidationError } from "../../src/domain/tariff/model";
import type {
  Method,
  ModelOptions,
  ScenarioInput,
  ScenarioResult,
  SectorInput,
  SectorResult,
} from "../../src/domain/tariff/model";
import { buildSyntheticScenarios, buildSyntheticSectors } from "../../src/domain/tariff/bench-input";

// ---------------------------------------------------------------------------------------------
// Reference vectors
// ---------------------------------------------------------------------------------------------

interface VectorInputs {
  sectors: SectorInput[];
  scenario: ScenarioInput;
  options: ModelOptions;
}

/** One runnable check extracted from the fixture, whatever its nesting. */
interface Vector {
  name: string;
  inputs: VectorInputs;
  method: Method;
  expected?: unknown;
  expectedError?: string;
}

const METHODS: readonly Method[] = ["ces", "smart"];
const KOREA_GDP = 1868869045000.66;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function methodOf(inputs: VectorInputs): Method {
  return inputs.options.method ?? "ces";
}

/**
 * Flattens every case of the fixture into vectors. Unknown shapes throw, so a new kind of case in
 * the fixture cannot be skipped silently.
 */
function collectVectors(fixture: unknown): Vector[] {
  if (!isRecord(fixture) || !Array.isArray(fixture.cases)) throw new Error("fixture: no cases array");
  const vectors: Vector[] = [];
  const visit = (entry: unknown, prefix: string): void => {
    if (!isRecord(entry)) throw new Error(`${prefix}: case is not an object`);
    const name = `${prefix}${String(entry.id ?? entry.name)}`;
    if (Array.isArray(entry.cases)) {
      for (const child of entry.cases) visit(child, `${name}/`);
      return;
    }
    const inputs = entry.inputs as VectorInputs;
    if (!isRecord(inputs)) throw new Error(`${name}: no inputs`);
    if (typeof entry.expected_error === "string") {
      vectors.push({ name, inputs, method: methodOf(inputs), expectedError: entry.expected_error });
      return;
    }
    const expected = entry.expected;
    if (!isRecord(expected)) throw new Error(`${name}: no expected`);
    if ("sectors" in expected) {
      vectors.push({ name, inputs, method: methodOf(inputs), expected });
      return;
    }
    const keys = Object.keys(expected);
    if (keys.length === 0 || !keys.every((k) => k === "ces" || k === "smart")) {
      throw new Error(`${name}: unrecognised expected keys ${keys.join(",")}`);
    }
    for (const key of keys) {
      vectors.push({ name: `${name}[${key}]`, inputs, method: key as Method, expected: expected[key] });
    }
  };
  for (const entry of fixture.cases) visit(entry, "");
  return vectors;
}

/** Tolerance of the spec: atol 1 USD for money, 1e-9 for percentage/ratio/hat fields. */
function absoluteTolerance(key: string): number {
  return /pct|hat|ratio|share|theta/i.test(key) ? 1e-9 : 1;
}

interface Walk {
  mismatches: string[];
  numbersCompared: number;
}

/** Walks `expected` recursively; every leaf must match and both sides must have the same keys. */
function compareDeep(actual: unknown, expected: unknown, path: string, key: string, walk: Walk): void {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      walk.mismatches.push(`${path}: expected array of ${expected.length}, got ${JSON.stringify(actual)}`);
      return;
    }
    expected.forEach((item, i) => compareDeep(actual[i], item, `${path}[${i}]`, key, walk));
    return;
  }
  if (isRecord(expected)) {
    if (!isRecord(actual)) {
      walk.mismatches.push(`${path}: expected an object, got ${JSON.stringify(actual)}`);
      return;
    }
    const expectedKeys = Object.keys(expected).sort();
    const actualKeys = Object.keys(actual).sort();
    if (expectedKeys.join() !== actualKeys.join()) {
      walk.mismatches.push(`${path}: keys differ: expected [${expectedKeys}] got [${actualKeys}]`);
    }
    for (const k of expectedKeys) compareDeep(actual[k], expected[k], path ? `${path}.${k}` : k, k, walk);
    return;
  }
  if (typeof expected === "number") {
    walk.numbersCompared++;
    const tolerance = Math.max(1e-9 * Math.abs(expected), absoluteTolerance(key));
    if (typeof actual !== "number" || !(Math.abs(actual - expected) <= tolerance)) {
      walk.mismatches.push(`${path}: expected ${expected}, got ${String(actual)} (tol ${tolerance})`);
    }
    return;
  }
  if (actual !== expected) {
    walk.mismatches.push(`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

function runVector(v: Vector): ScenarioResult {
  return runScenario(v.inputs.sectors, v.inputs.scenario, { ...v.inputs.options, method: v.method });
}

const vectors = collectVectors(casesJson as unknown);

describe("tariff model: reference vectors (tariff-cases.json)", () => {
  it("extracts every case of the fixture", () => {
    const names = vectors.map((v) => v.name);
    expect(names).toContain("A_single_sector_hand_check[ces]");
    expect(names).toContain("A_single_sector_hand_check[smart]");
    expect(names).toContain("B_two_suppliers_diversion[ces]");
    expect(names).toContain("B_two_suppliers_diversion[smart]");
    expect(names.filter((n) => n.startsWith("E_edge_cases/")).length).toBeGreaterThanOrEqual(19);
    expect(vectors.filter((v) => v.expectedError !== undefined).length).toBeGreaterThanOrEqual(4);
  });

  for (const v of vectors.filter((x) => x.expected !== undefined)) {
    it(`reproduces ${v.name}`, () => {
      const walk: Walk = { mismatches: [], numbersCompared: 0 };
      compareDeep(runVector(v), v.expected, "", "", walk);
      expect(walk.mismatches).toEqual([]);
      expect(walk.numbersCompared).toBeGreaterThan(40);
    });
  }

  for (const v of vectors.filter((x) => x.expectedError !== undefined)) {
    it(`rejects ${v.name} with the expected message`, () => {
      let caught: unknown;
      try {
        runVector(v);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ValidationError);
      const error = caught as ValidationError;
      expect(error.message).toContain(v.expectedError);
      expect(error.message).toContain(error.field);
    });
  }

  it("matches the hand calculations of case A", () => {
    const a = vectors.find((v) => v.name === "A_single_sector_hand_check[smart]");
    if (!a) throw new Error("case A missing");
    const smart = runScenario(a.inputs.sectors, a.inputs.scenario, { ...a.inputs.options, method: "smart" });
    const ces = runScenario(a.inputs.sectors, a.inputs.scenario, a.inputs.options);
    expect(ces.method).toBe("ces");
    expect(smart.totals.importsKorea1).toBeCloseTo(6.25e9, 0);
    expect(smart.totals.welfareChangeUS).toBeCloseTo(-0.46875e9, 0);
    expect(ces.totals.importsKorea1 / 1e9).toBeCloseTo(7.155417528, 9);
    expect(ces.totals.tariffRevenueKorea1 / 1e9).toBeCloseTo(1.788854382, 9);
    expect(ces.totals.consumerSurplusChange / 1e9).toBeCloseTo(-2.11145618, 9);
    expect(ces.totals.welfareChangeUS / 1e9).toBeCloseTo(-0.322601798, 9);
    expect(smart.totals.koreaExportLossPctGdp).toBeCloseTo(0.2007, 4);
    expect(ces.totals.koreaExportLossPctGdp).toBeCloseTo(0.1522, 4);
  });

  it("matches case B's CES import price index of 4.3605 %", () => {
    const b = vectors.find((v) => v.name === "B_two_suppliers_diversion[ces]");
    if (!b) throw new Error("case B missing");
    const result = runVector(b);
    expect(result.sectors[0]?.sectorImportPriceIndexPct).toBeCloseTo(4.3605, 4);
    expect(Math.abs(result.totals.deltaImportsRow)).toBeLessThan(1);
  });
});

// ---------------------------------------------------------------------------------------------
// Analytical properties from the spec (§4.2, appendix A.3)
// ---------------------------------------------------------------------------------------------

function twoSourceSector(overrides: Partial<SectorInput> = {}): SectorInput {
  return {
    id: "x",
    importsKorea: 20e9,
    importsRow: 80e9,
    importDemandElasticity: -1.5,
    substitutionElasticity: 3,
    ...overrides,
  };
}

function runOne(sector: SectorInput, tariff: number, method: Method = "ces"): SectorResult {
  const result = runScenario([sector], { id: "s", tariffKorea: { [sector.id]: tariff } }, {
    koreaGdpUsd: KOREA_GDP,
    method,
  });
  const first = result.sectors[0];
  if (!first) throw new Error("no sector result");
  return first;
}

describe("tariff model: analytical properties", () => {
  it("has the GSIM own- and cross-price elasticities θε − (1−θ)σ and θ(ε+σ) for small changes", () => {
    const sector = twoSourceSector({ tariffKoreaBase: 0.1, tariffRowBase: 0.05 });
    const t1 = 0.1 + 1e-7;
    const r = runOne(sector, t1);
    const eK0 = 1.1 * 20e9;
    const theta = eK0 / (eK0 + 1.05 * 80e9);
    const logTau = Math.log((1 + t1) / 1.1);
    const own = Math.log(r.importsKorea1 / r.importsKorea0) / logTau;
    const cross = Math.log(r.importsRow1 / r.importsRow0) / logTau;
    expect(own).toBeCloseTo(theta * -1.5 - (1 - theta) * 3, 5);
    expect(cross).toBeCloseTo(theta * (-1.5 + 3), 5);
  });

  it("lets the rest of the world gain only when σ > |ε| (CES)", () => {
    expect(runOne(twoSourceSector({ substitutionElasticity: 3 }), 0.25).deltaImportsRow).toBeGreaterThan(0);
    expect(runOne(twoSourceSector({ substitutionElasticity: 1 }), 0.25).deltaImportsRow).toBeLessThan(0);
    expect(Math.abs(runOne(twoSourceSector({ substitutionElasticity: 1.5 }), 0.25).deltaImportsRow)).toBeLessThan(1);
  });

  it("splits ΔM_K exactly into creation + diversion + exporter price (CES)", () => {
    const r = runOne(twoSourceSector({ passThrough: 0.6 }), 0.4);
    const { creation, diversion, exporterPrice } = r.components;
    expect(creation + diversion + exporterPrice).toBeCloseTo(r.deltaImportsKorea, 3);
  });

  it("agrees with SMART on the total import change to first order (appendix A.3)", () => {
    const sector = twoSourceSector();
    const t1 = 1e-6;
    const ces = runOne(sector, t1, "ces");
    const smart = runOne(sector, t1, "smart");
    const firstOrder = -1.5 * 20e9 * t1;
    expect(ces.deltaImportsTotal / firstOrder).toBeCloseTo(1, 5);
    expect(smart.deltaImportsTotal / firstOrder).toBeCloseTo(1, 5);
  });

  it("gives SMART's dead-weight triangle ΔW = ½·t₁·ΔM for a single source from t₀ = 0", () => {
    const r = runOne({ id: "x", importsKorea: 5e9, importDemandElasticity: -2 }, 0.1, "smart");
    expect(r.welfareChangeUS).toBeCloseTo(0.5 * 0.1 * r.deltaImportsKorea, 3);
  });

  it("matches the single-source closed forms of §6", () => {
    const sector: SectorInput = { id: "x", importsKorea: 10e9, importDemandElasticity: -2, passThrough: 0.7 };
    const tau = 1.3;
    const ces = runOne(sector, 0.3, "ces");
    expect(ces.importsKorea1).toBeCloseTo(10e9 * tau ** (0.7 * -2) * tau ** (0.7 - 1), 2);
    const smart = runOne(sector, 0.3, "smart");
    const d = 0.3;
    expect(smart.importsKorea1).toBeCloseTo(10e9 * (1 - 2 * 0.7 * d) * ((1 + 0.7 * d) / tau), 2);
  });

  it("with φ = 0 keeps quantities and collects t₁·M_K0/τ̂ in revenue (CES)", () => {
    const r = runOne(twoSourceSector({ passThrough: 0 }), 0.25);
    expect(r.importsKorea1).toBeCloseTo(20e9 / 1.25, 3);
    expect(r.tariffRevenueKorea1).toBeCloseTo((0.25 * 20e9) / 1.25, 3);
  });

  it("applies rest-of-world tariffs and the value-added share", () => {
    const sector = twoSourceSector({ passThroughRow: 0.5 });
    const result = runScenario(
      [sector],
      { id: "s", tariffKorea: { x: 0.15 }, tariffRow: { x: 0.15 } },
      { koreaGdpUsd: KOREA_GDP, koreaValueAddedShare: 0.6 },
    );
    const r = result.sectors[0];
    if (!r) throw new Error("no sector result");
    expect(r.deltaTariffRevenueTotal).toBeCloseTo(0.15 * r.importsKorea1 + 0.15 * r.importsRow1, 3);
    expect(result.totals.koreaValueAddedLossPctGdp).toBeCloseTo(0.6 * result.totals.koreaExportLossPctGdp, 12);
  });

  it("ignores scenario rates for sector ids that are not in the input", () => {
    const result = runScenario([twoSourceSector()], { id: "s", tariffKorea: { other: 0.5 } }, {
      koreaGdpUsd: KOREA_GDP,
    });
    expect(result.totals.deltaImportsKorea).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------
// Property tests (fast-check)
// ---------------------------------------------------------------------------------------------

const unit = fc.double({ min: 0, max: 1, noNaN: true });
const tariff = fc.double({ min: 0, max: 1, noNaN: true });
const money = fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1e12, noNaN: true }));

const sectorParams = fc.record({
  importsKorea: money,
  importsRow: money,
  tariffKoreaBase: tariff,
  tariffRowBase: tariff,
  importDemandElasticity: fc.oneof(fc.constant(-1), fc.constant(0), fc.double({ min: -5, max: 0, noNaN: true })),
  substitutionElasticity: fc.oneof(fc.constant(1), fc.constant(0), fc.double({ min: 0, max: 15, noNaN: true })),
  passThrough: unit,
  passThroughRow: unit,
  retailPassThrough: unit,
});

const sectorList = fc
  .array(sectorParams, { minLength: 1, maxLength: 6 })
  .map((list): SectorInput[] => list.map((p, i) => ({ id: `s${i}`, ...p })));

/** Sectors plus a scenario that changes Korea's and (sometimes) the rest of the world's rates. */
const sectorsWithScenario = sectorList.chain((sectors) =>
  fc
    .record({
      korea: fc.array(tariff, { minLength: sectors.length, maxLength: sectors.length }),
      row: fc.option(fc.array(tariff, { minLength: sectors.length, maxLength: sectors.length }), { nil: undefined }),
    })
    .map(({ korea, row }) => {
      const tariffKorea: Record<string, number> = {};
      const tariffRow: Record<string, number> = {};
      sectors.forEach((s, i) => {
        tariffKorea[s.id] = korea[i] ?? 0;
        if (row) tariffRow[s.id] = row[i] ?? 0;
      });
      const scenario: ScenarioInput = row ? { id: "p", tariffKorea, tariffRow } : { id: "p", tariffKorea };
      return { sectors, scenario };
    }),
);

const method = fc.constantFrom<Method>("ces", "smart");

const SUMMED_FIELDS = [
  "importsKorea0",
  "importsKorea1",
  "deltaImportsKorea",
  "importsRow0",
  "importsRow1",
  "deltaImportsRow",
  "deltaImportsTotal",
  "tariffRevenueKorea0",
  "tariffRevenueKorea1",
  "deltaTariffRevenueKorea",
  "deltaTariffRevenueTotal",
  "consumerSurplusChange",
  "welfareChangeUS",
  "koreaExportLoss",
] as const;

const DELTA_FIELDS = [
  "deltaImportsKorea",
  "pctChangeImportsKorea",
  "deltaImportsRow",
  "deltaImportsTotal",
  "deltaTariffRevenueKorea",
  "deltaTariffRevenueTotal",
  "tariffPowerChangePct",
  "priceKoreaGoodsPct",
  "exporterPriceKoreaPct",
  "sectorImportPriceIndexPct",
  "consumerPriceKoreaGoodsPct",
  "consumerPriceSectorImportsPct",
  "consumerSurplusChange",
  "welfareChangeUS",
  "koreaExportLoss",
] as const;

function collectNumbers(value: unknown, out: number[]): number[] {
  if (typeof value === "number") out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => collectNumbers(v, out));
  else if (isRecord(value)) Object.values(value).forEach((v) => collectNumbers(v, out));
  return out;
}

describe("tariff model: properties", () => {
  it("changes nothing, exactly, when no rate changes", () => {
    fc.assert(
      fc.property(sectorList, method, fc.boolean(), (sectors, m, explicit) => {
        const tariffKorea: Record<string, number> = {};
        if (explicit) for (const s of sectors) tariffKorea[s.id] = s.tariffKoreaBase ?? 0;
        const result = runScenario(sectors, { id: "same", tariffKorea }, { koreaGdpUsd: KOREA_GDP, method: m });
        for (const r of result.sectors) {
          for (const field of DELTA_FIELDS) expect(Object.is(r[field], 0), `${r.id}.${field}=${r[field]}`).toBe(true);
          expect(Object.is(r.components.creation, 0)).toBe(true);
          expect(Object.is(r.components.diversion, 0)).toBe(true);
          expect(Object.is(r.components.exporterPrice, 0)).toBe(true);
          expect(r.importsKorea1).toBe(r.importsKorea0);
          expect(r.importsRow1).toBe(r.importsRow0);
          expect(r.flags).toEqual([]);
        }
        expect(result.totals.flags).toEqual([]);
        expect(Object.is(result.totals.welfareChangeUS, 0)).toBe(true);
        expect(Object.is(result.totals.koreaExportLossPctGdp, 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("never produces negative imports", () => {
    fc.assert(
      fc.property(sectorsWithScenario, method, ({ sectors, scenario }, m) => {
        const result = runScenario(sectors, scenario, { koreaGdpUsd: KOREA_GDP, method: m });
        for (const r of result.sectors) {
          expect(r.importsKorea1).toBeGreaterThanOrEqual(0);
          expect(r.importsRow1).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("never raises Korean imports when Korea's tariff rises (CES)", () => {
    fc.assert(
      fc.property(sectorParams, tariff, tariff, (params, a, b) => {
        const sector: SectorInput = { id: "x", ...params };
        const low = Math.min(a, b);
        const high = Math.max(a, b);
        const atLow = runOne(sector, low).importsKorea1;
        const atHigh = runOne(sector, high).importsKorea1;
        expect(atHigh).toBeLessThanOrEqual(atLow * (1 + 1e-12) + 1e-6);
      }),
      { numRuns: 500 },
    );
  });

  it("keeps every output finite for valid inputs", () => {
    fc.assert(
      fc.property(sectorsWithScenario, method, unit, ({ sectors, scenario }, m, share) => {
        const result = runScenario(sectors, scenario, {
          koreaGdpUsd: KOREA_GDP,
          method: m,
          koreaValueAddedShare: Math.max(share, 1e-3),
        });
        const numbers = collectNumbers(result, []);
        expect(numbers.length).toBeGreaterThan(0);
        for (const x of numbers) expect(Number.isFinite(x)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("makes the totals the sums of the sectors", () => {
    fc.assert(
      fc.property(sectorsWithScenario, method, ({ sectors, scenario }, m) => {
        const result = runScenario(sectors, scenario, { koreaGdpUsd: KOREA_GDP, method: m });
        expect(result.sectors.map((r) => r.id)).toEqual(sectors.map((s) => s.id));
        for (const field of SUMMED_FIELDS) {
          let sum = 0;
          for (const r of result.sectors) sum += r[field];
          expect(result.totals[field]).toBe(sum);
        }
        const flags = [...new Set(result.sectors.flatMap((r) => r.flags))].sort();
        expect(result.totals.flags).toEqual(flags);
        let weight = 0;
        let weighted = 0;
        sectors.forEach((s, i) => {
          const w = (1 + (s.tariffKoreaBase ?? 0)) * s.importsKorea;
          weight += w;
          weighted += w * (result.sectors[i]?.priceKoreaGoodsPct ?? Number.NaN);
        });
        const expectedWeighted = weight === 0 ? 0 : weighted / weight;
        expect(result.totals.priceKoreaGoodsPctWeighted).toBeCloseTo(expectedWeighted, 9);
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Validation (spec §6)
// ---------------------------------------------------------------------------------------------

interface ValidationCase {
  name: string;
  sectors?: (base: SectorInput[]) => unknown[];
  scenario?: ScenarioInput;
  options?: Record<string, unknown>;
  field: string;
  value: unknown;
  /** Substrings the message must contain besides the field path. */
  contains: string[];
}

function validSectors(): SectorInput[] {
  return [
    twoSourceSector({ id: "autos" }),
    twoSourceSector({ id: "steel" }),
    twoSourceSector({ id: "batteries" }),
  ];
}

function withSector(index: number, patch: Record<string, unknown>) {
  return (base: SectorInput[]): unknown[] => base.map((s, i) => (i === index ? { ...s, ...patch } : s));
}

const validationCases: ValidationCase[] = [
  {
    name: "non-finite imports (NaN)",
    sectors: withSector(0, { importsKorea: Number.NaN }),
    field: "sectors[0].importsKorea",
    value: Number.NaN,
    contains: ["finite", "NaN"],
  },
  {
    name: "non-finite imports (Infinity)",
    sectors: withSector(1, { importsRow: Number.POSITIVE_INFINITY }),
    field: "sectors[1].importsRow",
    value: Number.POSITIVE_INFINITY,
    contains: ["finite", "Infinity"],
  },
  {
    name: "missing required number",
    sectors: withSector(0, { importDemandElasticity: undefined }),
    field: "sectors[0].importDemandElasticity",
    value: undefined,
    contains: ["finite", "undefined"],
  },
  {
    name: "null optional number",
    sectors: withSector(2, { passThrough: null }),
    field: "sectors[2].passThrough",
    value: null,
    contains: ["finite", "null"],
  },
  {
    name: "non-finite scenario tariff",
    scenario: { id: "s", tariffKorea: { autos: Number.NaN } },
    field: "scenario.tariffKorea.autos",
    value: Number.NaN,
    contains: ["tariffKorea(scenario)=NaN", "finite"],
  },
  {
    name: "negative scenario tariff on Korea",
    scenario: { id: "s", tariffKorea: { steel: -0.05 } },
    field: "scenario.tariffKorea.steel",
    value: -0.05,
    contains: ["tariffKorea(scenario)=-0.05: negative tariffs are not allowed"],
  },
  {
    name: "negative scenario tariff on the rest of the world",
    scenario: { id: "s", tariffKorea: {}, tariffRow: { autos: -0.1 } },
    field: "scenario.tariffRow.autos",
    value: -0.1,
    contains: ["tariffRow(scenario)=-0.1: negative tariffs are not allowed"],
  },
  {
    name: "negative base tariff",
    sectors: withSector(1, { tariffKoreaBase: -0.02 }),
    field: "sectors[1].tariffKoreaBase",
    value: -0.02,
    contains: ["negative tariffs are not allowed", "-0.02"],
  },
  {
    name: "scenario tariff above maxTariff",
    scenario: { id: "s", tariffKorea: { autos: 1.45 } },
    field: "scenario.tariffKorea.autos",
    value: 1.45,
    contains: ["tariffKorea(scenario)=1.45: exceeds maximum tariff 1.0"],
  },
  {
    name: "base tariff above a custom maxTariff",
    sectors: withSector(2, { tariffRowBase: 0.6 }),
    options: { maxTariff: 0.5 },
    field: "sectors[2].tariffRowBase",
    value: 0.6,
    contains: ["exceeds maximum tariff 0.5", "0.6"],
  },
  {
    name: "negative Korean imports",
    sectors: withSector(0, { importsKorea: -1 }),
    field: "sectors[0].importsKorea",
    value: -1,
    contains: [">= 0", "-1.0"],
  },
  {
    name: "negative rest-of-world imports",
    sectors: withSector(1, { importsRow: -5e9 }),
    field: "sectors[1].importsRow",
    value: -5e9,
    contains: [">= 0", "-5000000000.0"],
  },
  {
    name: "positive import demand elasticity",
    sectors: withSector(2, { importDemandElasticity: 0.5 }),
    field: "sectors[2].importDemandElasticity",
    value: 0.5,
    contains: ["sectors[2].importDemandElasticity must be <= 0", "(got 0.5)"],
  },
  {
    name: "negative substitution elasticity",
    sectors: withSector(0, { substitutionElasticity: -0.1 }),
    field: "sectors[0].substitutionElasticity",
    value: -0.1,
    contains: [">= 0", "-0.1"],
  },
  {
    name: "pass-through above 1",
    sectors: withSector(0, { passThrough: 1.2 }),
    field: "sectors[0].passThrough",
    value: 1.2,
    contains: ["passThrough must be in [0, 1]", "1.2"],
  },
  {
    name: "pass-through below 0",
    sectors: withSector(1, { passThrough: -0.1 }),
    field: "sectors[1].passThrough",
    value: -0.1,
    contains: ["[0, 1]", "-0.1"],
  },
  {
    name: "rest-of-world pass-through outside [0, 1]",
    sectors: withSector(1, { passThroughRow: 1.01 }),
    field: "sectors[1].passThroughRow",
    value: 1.01,
    contains: ["[0, 1]", "1.01"],
  },
  {
    name: "retail pass-through outside [0, 1]",
    sectors: withSector(2, { retailPassThrough: -0.5 }),
    field: "sectors[2].retailPassThrough",
    value: -0.5,
    contains: ["[0, 1]", "-0.5"],
  },
  {
    name: "zero GDP",
    options: { koreaGdpUsd: 0 },
    field: "opts.koreaGdpUsd",
    value: 0,
    contains: ["> 0", "0.0"],
  },
  {
    name: "negative GDP",
    options: { koreaGdpUsd: -1e12 },
    field: "opts.koreaGdpUsd",
    value: -1e12,
    contains: ["> 0", "-1000000000000.0"],
  },
  {
    name: "non-finite GDP",
    options: { koreaGdpUsd: Number.NaN },
    field: "opts.koreaGdpUsd",
    value: Number.NaN,
    contains: ["finite", "NaN"],
  },
  {
    name: "value-added share of 0",
    options: { koreaValueAddedShare: 0 },
    field: "opts.koreaValueAddedShare",
    value: 0,
    contains: ["(0, 1]", "0.0"],
  },
  {
    name: "value-added share above 1",
    options: { koreaValueAddedShare: 1.1 },
    field: "opts.koreaValueAddedShare",
    value: 1.1,
    contains: ["(0, 1]", "1.1"],
  },
  {
    name: "duplicate sector id",
    sectors: withSector(2, { id: "autos" }),
    field: "sectors[2].id",
    value: "autos",
    contains: ['"autos"', "duplicates sectors[0].id"],
  },
  {
    name: "unknown method",
    options: { method: "gsim" },
    field: "opts.method",
    value: "gsim",
    contains: ['"ces" or "smart"', '"gsim"'],
  },
];

describe("tariff model: validation (§6)", () => {
  for (const c of validationCases) {
    it(`rejects ${c.name}`, () => {
      const sectors = (c.sectors ? c.sectors(validSectors()) : validSectors()) as SectorInput[];
      const scenario = c.scenario ?? { id: "s", tariffKorea: { autos: 0.25 } };
      const options = { koreaGdpUsd: KOREA_GDP, ...c.options } as ModelOptions;
      let caught: unknown;
      try {
        runScenario(sectors, scenario, options);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ValidationError);
      expect(caught).toBeInstanceOf(Error);
      const error = caught as ValidationError;
      expect(error.name).toBe("ValidationError");
      expect(error.field).toBe(c.field);
      expect(Object.is(error.value, c.value)).toBe(true);
      expect(error.message).toContain(c.field);
      for (const part of c.contains) expect(error.message).toContain(part);
    });
  }

  it("still detects a duplicate id introduced after a successful run on the same array", () => {
    const sectors = validSectors();
    const scenario: ScenarioInput = { id: "s", tariffKorea: { autos: 0.25 } };
    runScenario(sectors, scenario, { koreaGdpUsd: KOREA_GDP });
    runScenario(sectors, scenario, { koreaGdpUsd: KOREA_GDP });
    const third = sectors[2];
    if (!third) throw new Error("no third sector");
    third.id = "steel";
    expect(() => runScenario(sectors, scenario, { koreaGdpUsd: KOREA_GDP })).toThrow(
      'sectors[2].id "steel" duplicates sectors[1].id',
    );
  });

  it("accepts tariffs above 100 % when maxTariff allows them", () => {
    const result = runScenario(validSectors(), { id: "s", tariffKorea: { autos: 1.45 } }, {
      koreaGdpUsd: KOREA_GDP,
      maxTariff: 1.5,
    });
    expect(result.sectors[0]?.tariffPowerChangePct).toBeCloseTo(145, 9);
  });

  it("accepts the boundary values ε = 0, σ = 0, φ = 0, ψ = 0, t = maxTariff", () => {
    const sectors: SectorInput[] = [
      twoSourceSector({
        importDemandElasticity: 0,
        substitutionElasticity: 0,
        passThrough: 0,
        passThroughRow: 0,
        retailPassThrough: 0,
      }),
    ];
    for (const m of METHODS) {
      const run = () => runScenario(sectors, { id: "s", tariffKorea: { x: 1 } }, { koreaGdpUsd: 1, method: m });
      expect(run).not.toThrow();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Explanation and synthetic inputs
// ---------------------------------------------------------------------------------------------

describe("explainSector", () => {
  it("walks the CES computation with the numbers of case B and ends on runScenario's values", () => {
    const sector = twoSourceSector({ id: "autos", substitutionElasticity: 1.5 });
    const scenario: ScenarioInput = { id: "t25", tariffKorea: { autos: 0.25 } };
    const options: ModelOptions = { koreaGdpUsd: KOREA_GDP, method: "smart" };
    const steps = explainSector(sector, scenario, options);
    const r = runScenario([sector], scenario, { ...options, method: "ces" }).sectors[0];
    if (!r) throw new Error("no sector result");
    expect(steps.length).toBeGreaterThan(10);
    for (const step of steps) {
      expect(step.label.length).toBeGreaterThan(0);
      expect(step.formula).toContain("=");
      expect(Number.isFinite(step.value)).toBe(true);
    }
    const byLabel = (prefix: string): number => {
      const step = steps.find((s) => s.label.startsWith(prefix));
      if (!step) throw new Error(`no step ${prefix}`);
      return step.value;
    };
    expect(byLabel("Tariff power change, Korea")).toBe(1.25);
    expect(byLabel("Sector import price index") - 1).toBeCloseTo(r.sectorImportPriceIndexPct / 100, 12);
    expect(byLabel("US imports from Korea")).toBe(r.importsKorea1);
    expect(byLabel("Change in US buyers' surplus")).toBe(r.consumerSurplusChange);
    expect(byLabel("Change in US welfare")).toBe(r.welfareChangeUS);
    expect(steps[0]?.formula).toContain("(1 + 0.25)/(1 + 0)");
  });

  it("reports invalid input with the same ValidationError", () => {
    expect(() =>
      explainSector(twoSourceSector({ passThrough: 2 }), { id: "s", tariffKorea: {} }, { koreaGdpUsd: KOREA_GDP }),
    ).toThrow(/sector\.passThrough must be in \[0, 1\]/);
  });
});

describe("bench inputs", () => {
  it("are deterministic, valid and accepted by runScenario for both methods", () => {
    const sectors = buildSyntheticSectors(2000, 7);
    expect(buildSyntheticSectors(2000, 7)).toEqual(sectors);
    expect(buildSyntheticSectors(2000, 8)).not.toEqual(sectors);
    expect(new Set(sectors.map((s) => s.id)).size).toBe(2000);
    const scenarios = buildSyntheticScenarios(sectors);
    expect(scenarios).toHaveLength(4);
    for (const scenario of scenarios) {
      for (const m of METHODS) {
        const result = runScenario(sectors, scenario, { koreaGdpUsd: KOREA_GDP, method: m });
        expect(result.sectors).toHaveLength(2000);
        for (const x of collectNumbers(result.totals, [])) expect(Number.isFinite(x)).toBe(true);
        expect(result.totals.deltaImportsKorea).not.toBe(0);
      }
    }
  });
});

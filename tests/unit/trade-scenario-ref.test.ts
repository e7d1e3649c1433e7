import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  buildCompareParam,
  checkRate,
  customRef,
  encodeScenarioRef,
  MAX_COMPARE,
  normalizeScenarioName,
  parseCompareParam,
  type ScenarioRef,
} from "../../src/domain/tariff/scenario-ref";
import { PRESET_IDS, uniformRates, type SectorRates } from "../../src/domain/tariff/presets";
import { SECTOR_IDS } from "../../src/domain/types";
import { english } from "../fixtures/url-english";

const rates = (over: Partial<SectorRates> = {}): SectorRates => ({ ...uniformRates(15), ...over });

describe("checkRate", () => {
  it.each([
    ["25", { ok: true, value: 25 }],
    ["0", { ok: true, value: 0 }],
    ["100", { ok: true, value: 100 }],
    ["12.5", { ok: true, value: 12.5 }],
    [" 7 ", { ok: true, value: 7 }],
    ["-5", { ok: false, problem: "negative" }],
    ["-0.01", { ok: false, problem: "negative" }],
    ["100.01", { ok: false, problem: "over_100" }],
    ["1e3", { ok: false, problem: "not_a_number" }],
    ["", { ok: false, problem: "empty" }],
    ["   ", { ok: false, problem: "empty" }],
    ["abc", { ok: false, problem: "not_a_number" }],
    ["NaN", { ok: false, problem: "not_a_number" }],
    ["Infinity", { ok: false, problem: "not_a_number" }],
    ["12.345", { ok: false, problem: "too_precise" }],
  ])("%j → %j", (text, expected) => {
    expect(checkRate(text)).toEqual(expected);
  });

  it("never returns a non-finite value for any text", () => {
    fc.assert(
      fc.property(fc.string(), (t) => {
        const c = checkRate(t);
        if (c.ok) expect(Number.isFinite(c.value) && c.value >= 0 && c.value <= 100).toBe(true);
      }),
    );
  });
});

describe("the compare parameter", () => {
  it("reads presets, dates and custom scenarios", () => {
    const { refs, problems } = parseCompareParam("korus,threat,on:2025-06-04,custom:25_25_15_15_50_15_15_15:My plan");
    expect(problems).toEqual([]);
    expect(refs).toEqual([
      { kind: "preset", id: "korus" },
      { kind: "preset", id: "threat" },
      { kind: "dated", date: "2025-06-04" },
      { kind: "custom", name: "My plan", ratesPct: rates({ autos: 25, auto_parts: 25, steel: 50 }) },
    ]);
  });

  it("writes custom rates in sector order with the name last", () => {
    const ref: ScenarioRef = { kind: "custom", name: "Steel, cars & more", ratesPct: rates({ steel: 50, autos: 12.5 }) };
    expect(encodeScenarioRef(ref)).toBe("custom:12.5_15_15_15_50_15_15_15:Steel%2C cars & more");
    expect(parseCompareParam(buildCompareParam([ref])).refs).toEqual([ref]);
  });

  it.each([
    ["korus,bogus", "unknown scenario"],
    ["on:2025-02-30", "not a YYYY-MM-DD date"],
    ["custom:1_2_3", "needs 8 numeric rates"],
    ["custom:a_b_c_d_e_f_g_h:x", "needs 8 numeric rates"],
    ["korus,korus", "listed twice"],
    ["korus,threat,deal,implemented,in_force", `at most ${MAX_COMPARE}`],
  ])("drops %s with a reason", (value, reason) => {
    const { problems } = parseCompareParam(value);
    expect(problems.map(english).join(" ")).toContain(reason);
  });

  it("clamps rates outside 0–100 and rounds to two decimals, saying so", () => {
    const { refs, problems } = parseCompareParam("custom:-5_250_15_15_15_15_15_12.345:Odd");
    expect(refs[0]).toEqual({ kind: "custom", name: "Odd", ratesPct: rates({ autos: 0, auto_parts: 100, other: 12.35 }) });
    expect(problems.map(english)).toEqual([
      'the autos rate -5% in "Odd" was outside 0–100 and was set to 0%',
      'the auto parts rate 250% in "Odd" was outside 0–100 and was set to 100%',
      'the other rate 12.345% in "Odd" was rounded to 12.35%',
    ]);
  });

  it("gives a nameless custom scenario a default name and cleans control characters", () => {
    expect(parseCompareParam("custom:1_1_1_1_1_1_1_1").refs[0]).toMatchObject({ name: "Custom scenario" });
    expect(normalizeScenarioName("  a\u0000b   c ")).toBe("ab c");
    expect([...normalizeScenarioName("x".repeat(100))]).toHaveLength(40);
  });

  it("keeps at most four scenarios", () => {
    expect(parseCompareParam(PRESET_IDS.join(",")).refs).toHaveLength(MAX_COMPARE);
  });

  it("never throws on any input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (v) => {
        const { refs } = parseCompareParam(v);
        expect(refs.length).toBeLessThanOrEqual(MAX_COMPARE);
        for (const r of refs) if (r.kind === "custom") for (const s of SECTOR_IDS) expect(r.ratesPct[s]).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 400 },
    );
  });
});

describe("the compare parameter: competitors' rates", () => {
  const korea = rates({ steel: 50 });
  const row = { ...uniformRates(10), steel: 50, petroleum_products: 0 };

  it("writes competitors' rates after ~ and reads them back", () => {
    const ref = customRef("Everyone", korea, row);
    expect(encodeScenarioRef(ref)).toBe("custom:15_15_15_15_50_15_15_15~10_10_10_10_50_10_0_10:Everyone");
    expect(parseCompareParam(buildCompareParam([ref]))).toEqual({ refs: [ref], problems: [] });
  });

  it("reads an old link (no ~) as competitors at 0%, and writes it back unchanged", () => {
    const old = "custom:25_25_15_15_50_15_15_15:My plan";
    const { refs } = parseCompareParam(old);
    expect(refs[0]).toEqual({ kind: "custom", name: "My plan", ratesPct: rates({ autos: 25, auto_parts: 25, steel: 50 }) });
    expect(buildCompareParam(refs)).toBe(old);
  });

  it("keeps the short form when every competitor rate is 0", () => {
    expect(customRef("Zero", korea, uniformRates(0))).toEqual({ kind: "custom", name: "Zero", ratesPct: korea });
    expect(parseCompareParam("custom:1_1_1_1_1_1_1_1~0_0_0_0_0_0_0_0:Zero").refs[0]).not.toHaveProperty("competitorRatesPct");
  });

  it("drops unreadable competitors' rates with a reason and keeps Korea's", () => {
    const { refs, problems } = parseCompareParam("custom:1_1_1_1_1_1_1_1~x_y:Half");
    expect(refs[0]).toEqual({ kind: "custom", name: "Half", ratesPct: uniformRates(1) });
    expect(problems.map(english).join(" ")).toContain("the competitors' rates in \"Half\" need 8 numbers and were ignored");
  });

  it("clamps a competitors' rate outside 0–100, saying so", () => {
    const { refs, problems } = parseCompareParam("custom:1_1_1_1_1_1_1_1~250_0_0_0_0_0_0_0:Odd");
    expect(refs[0]).toMatchObject({ competitorRatesPct: { ...uniformRates(0), autos: 100 } });
    expect(problems.map(english)).toEqual(['the competitors\' autos rate 250% in "Odd" was outside 0–100 and was set to 100%']);
  });

  const rate = fc.integer({ min: 0, max: 10000 }).map((n) => n / 100);
  const sectorRates = fc.tuple(...SECTOR_IDS.map(() => rate)).map((v) => Object.fromEntries(SECTOR_IDS.map((s, i) => [s, v[i]])) as SectorRates);
  const name = fc.string({ minLength: 1, maxLength: 40 }).map(normalizeScenarioName).filter((n) => n !== "");
  const custom = fc.tuple(name, sectorRates, fc.option(sectorRates, { nil: undefined })).map(([n, k, c]) => customRef(n, k, c));
  const anyRef: fc.Arbitrary<ScenarioRef> = fc.oneof(
    fc.constantFrom(...PRESET_IDS).map((id): ScenarioRef => ({ kind: "preset", id })),
    fc.date({ min: new Date("2012-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }).map((d): ScenarioRef => ({ kind: "dated", date: d.toISOString().slice(0, 10) })),
    custom,
  );

  it("round-trips any list of scenarios, competitors' rates included (property)", () => {
    fc.assert(
      fc.property(fc.uniqueArray(anyRef, { maxLength: MAX_COMPARE, selector: encodeScenarioRef }), (refs) => {
        const parsed = parseCompareParam(buildCompareParam(refs));
        expect(parsed.problems).toEqual([]);
        expect(parsed.refs).toEqual(refs);
      }),
      { numRuns: 300 },
    );
  });

  it("reads every old-style custom link as it did before (property)", () => {
    fc.assert(
      fc.property(name, sectorRates, (n, k) => {
        const text = `custom:${SECTOR_IDS.map((s) => String(k[s])).join("_")}:${n.replace(/%/g, "%25").replace(/,/g, "%2C")}`;
        expect(parseCompareParam(text).refs).toEqual([{ kind: "custom", name: n, ratesPct: k }]);
        expect(buildCompareParam(parseCompareParam(text).refs)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildUrlState, parseUrlState, type UrlState, type UrlVocabulary } from "../../src/domain/url-state";
import { ACTOR_CODES, EVENT_TYPES, PANELS, RELATION_TYPES, SECTOR_IDS } from "../../src/domain/types";
import { PRESET_IDS, type SectorRates } from "../../src/domain/tariff/presets";
import { normalizeScenarioName, type ScenarioRef } from "../../src/domain/tariff/scenario-ref";

const vocab: UrlVocabulary = {
  relationIds: new Set(["usa-kor-alliance", "prk-rus-alliance"]),
  eventIds: new Set(["2025-07-30-tariff-deal", "e2"]),
  minDate: "2023-01-01",
  maxDate: "2025-12-31",
  elasticityPresetIds: new Set(["smart", "gtap", "broda_weinstein"]),
};

describe("parseUrlState", () => {
  it("reads every known parameter", () => {
    const { state, dropped } = parseUrlState(
      "?actor=KOR&date=2025-08-25&panel=trade&hide=trade,rivalry",
      vocab,
    );
    expect(state).toEqual({ actor: "KOR", date: "2025-08-25", panel: "trade", hide: ["trade", "rivalry"] });
    expect(dropped).toEqual([]);
  });

  it("reads timeline filters in canonical order", () => {
    const { state, dropped } = parseUrlState("?actors=rus,PRK&types=military,trade,bogus&from=2024-01-01&to=2025-x", vocab);
    expect(state).toEqual({ actors: ["PRK", "RUS"], types: ["trade", "military"], from: "2024-01-01" });
    expect(dropped).toHaveLength(2);
  });

  it("accepts lower-case actor codes", () => {
    expect(parseUrlState("actor=prk", vocab).state.actor).toBe("PRK");
  });

  it.each([
    ["?actor=XXX", "unknown actor"],
    ["?relation=ghost", "unknown relation"],
    ["?event=<script>alert(1)</script>", "unknown event"],
    ["?date=2025-02-30", "not a YYYY-MM-DD date"],
    ["?panel=secret", "unknown panel"],
    ["?foo=bar", "unknown parameter"],
    ["?actor=KOR&actor=PRK", "repeated parameter"],
    [`?event=${"x".repeat(500)}`, "too long"],
  ])("drops %s with a reason", (q, reason) => {
    const { dropped } = parseUrlState(q, vocab);
    expect(dropped.join(" ")).toContain(reason);
  });

  it("clamps dates outside the data to its range", () => {
    const early = parseUrlState("?date=1999-01-01", vocab);
    expect(early.state.date).toBe("2023-01-01");
    expect(early.dropped[0]).toContain("before the data starts");
    expect(parseUrlState("?date=2030-01-01", vocab).state.date).toBe("2025-12-31");
  });

  it("keeps the valid part of a mixed link", () => {
    const { state, dropped } = parseUrlState("?actor=KOR&panel=nope&zzz=1", vocab);
    expect(state).toEqual({ actor: "KOR" });
    expect(dropped).toHaveLength(2);
  });

  it("never throws and only returns allowed values for any input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (q) => {
        const { state } = parseUrlState(q, vocab);
        if (state.actor) expect(ACTOR_CODES).toContain(state.actor);
        if (state.panel) expect(PANELS).toContain(state.panel);
        if (state.relation) expect(vocab.relationIds.has(state.relation)).toBe(true);
        if (state.event) expect(vocab.eventIds.has(state.event)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

/** A rate as the editor accepts it: 0–100, at most two decimals. */
const rate = fc.integer({ min: 0, max: 10000 }).map((n) => n / 100);
const share = fc.integer({ min: 0, max: 100 }).map((n) => n / 100);
const rates: fc.Arbitrary<SectorRates> = fc.tuple(...SECTOR_IDS.map(() => rate)).map(
  (values) => Object.fromEntries(SECTOR_IDS.map((s, i) => [s, values[i]])) as SectorRates,
);
/** Names as they are kept (normalised, non-empty), including commas and percent signs. */
const name = fc
  .string({ minLength: 1, maxLength: 50 })
  .map(normalizeScenarioName)
  .filter((n) => n !== "");
const scenarioRef: fc.Arbitrary<ScenarioRef> = fc.oneof(
  fc.constantFrom(...PRESET_IDS).map((id): ScenarioRef => ({ kind: "preset", id })),
  fc
    .date({ min: new Date("2012-01-01T00:00:00Z"), max: new Date("2026-12-31T00:00:00Z"), noInvalidDate: true })
    .map((d): ScenarioRef => ({ kind: "dated", date: d.toISOString().slice(0, 10) })),
  fc.record({ name, ratesPct: rates }).map((c): ScenarioRef => ({ kind: "custom", ...c })),
);

describe("trade parameters", () => {
  it("reads a comparison with a custom scenario, the method, the preset and pass-through", () => {
    const { state, dropped } = parseUrlState(
      "?panel=trade&compare=korus,threat,custom:30_25_15_15_25_15_15_15:My+plan&method=smart&elast=gtap&phi=0.53&psi=0.5",
      vocab,
    );
    expect(dropped).toEqual([]);
    expect(state.panel).toBe("trade");
    expect(state.compare).toHaveLength(3);
    expect(state.compare?.[2]).toMatchObject({ kind: "custom", name: "My plan" });
    expect(state).toMatchObject({ method: "smart", elast: "gtap", phi: 0.53, psi: 0.5 });
  });

  it.each([
    ["?compare=korus,nope", "unknown scenario"],
    ["?compare=custom:1_2:x", "needs 8 numeric rates"],
    ["?method=magic", "unknown model method"],
    ["?elast=made_up", "unknown elasticity preset"],
    ["?elast=<b>", "unknown elasticity preset"],
    ["?phi=abc", "is not a number"],
    ["?psi=", "is not a number"],
  ])("drops %s with a reason", (q, reason) => {
    const { dropped } = parseUrlState(q, vocab);
    expect(dropped.join(" ")).toContain(reason);
  });

  it("clamps pass-through to 0–1 and keeps the valid part of a comparison", () => {
    const { state, dropped } = parseUrlState("?phi=1.5&psi=-2&compare=korus,zzz,deal", vocab);
    expect(state).toEqual({ phi: 1, psi: 0, compare: [{ kind: "preset", id: "korus" }, { kind: "preset", id: "deal" }] });
    expect(dropped).toHaveLength(3);
  });

  it("accepts any well-formed preset id when the vocabulary does not list them", () => {
    const loose: UrlVocabulary = { relationIds: vocab.relationIds, eventIds: vocab.eventIds, minDate: vocab.minDate, maxDate: vocab.maxDate };
    expect(parseUrlState("?elast=future_preset", loose).state.elast).toBe("future_preset");
  });

  it("accepts a long comparison of four custom scenarios", () => {
    const long = Array.from({ length: 4 }, (_, i) => `custom:99.99_99.99_99.99_99.99_99.99_99.99_99.99_99.99:${"n".repeat(39)}${i}`).join(",");
    expect(parseUrlState(`?compare=${encodeURIComponent(long)}`, vocab).state.compare).toHaveLength(4);
  });
});

describe("buildUrlState", () => {
  it("writes keys in a fixed order and omits empty ones", () => {
    expect(buildUrlState({ panel: "threats", actor: "PRK" })).toBe("?actor=PRK&panel=threats");
    expect(buildUrlState({})).toBe("");
    expect(buildUrlState({ hide: [] })).toBe("");
    expect(buildUrlState({ psi: 0.5, compare: [{ kind: "preset", id: "korus" }, { kind: "dated", date: "2025-06-04" }], panel: "trade" })).toBe(
      "?panel=trade&compare=korus%2Con%3A2025-06-04&psi=0.5",
    );
  });

  it("round-trips every valid state", () => {
    const date = fc
      .date({ min: new Date("2023-01-01T00:00:00Z"), max: new Date("2025-12-31T00:00:00Z"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    const state: fc.Arbitrary<UrlState> = fc.record(
      {
        actor: fc.constantFrom(...ACTOR_CODES),
        relation: fc.constantFrom(...vocab.relationIds),
        event: fc.constantFrom(...vocab.eventIds),
        date,
        panel: fc.constantFrom(...PANELS),
        hide: fc.subarray([...RELATION_TYPES], { minLength: 1 }),
        actors: fc.subarray([...ACTOR_CODES], { minLength: 1 }),
        types: fc.subarray([...EVENT_TYPES], { minLength: 1 }),
        from: date,
        to: date,
        compare: fc.uniqueArray(scenarioRef, { minLength: 1, maxLength: 4, selector: (r) => JSON.stringify(r) }),
        method: fc.constantFrom("ces" as const, "smart" as const),
        elast: fc.constantFrom(...vocab.elasticityPresetIds!),
        phi: share,
        psi: share,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(state, (s) => {
        const parsed = parseUrlState(buildUrlState(s), vocab);
        expect(parsed.dropped).toEqual([]);
        expect(parsed.state).toEqual(s);
      }),
      { numRuns: 300 },
    );
  });
});

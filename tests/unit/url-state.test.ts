import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildUrlState, parseUrlState, type UrlState, type UrlVocabulary } from "../../src/domain/url-state";
import { ACTOR_CODES, EVENT_TYPES, PANELS, RELATION_TYPES } from "../../src/domain/types";

const vocab: UrlVocabulary = {
  relationIds: new Set(["usa-kor-alliance", "prk-rus-alliance"]),
  eventIds: new Set(["2025-07-30-tariff-deal", "e2"]),
  minDate: "2023-01-01",
  maxDate: "2025-12-31",
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

describe("buildUrlState", () => {
  it("writes keys in a fixed order and omits empty ones", () => {
    expect(buildUrlState({ panel: "threats", actor: "PRK" })).toBe("?actor=PRK&panel=threats");
    expect(buildUrlState({})).toBe("");
    expect(buildUrlState({ hide: [] })).toBe("");
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

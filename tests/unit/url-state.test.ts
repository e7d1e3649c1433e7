import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildUrlState, DEFAULT_SINCE, type UrlState, type UrlVocabulary } from "../../src/domain/url-state";
import { ACTOR_CODES, EVENT_TYPES, PANELS, RELATION_TYPES, SECTOR_IDS } from "../../src/domain/types";
import { PRESET_IDS, type SectorRates } from "../../src/domain/tariff/presets";
import { customRef, normalizeScenarioName, type ScenarioRef } from "../../src/domain/tariff/scenario-ref";
import { parseUrlEnglish } from "../fixtures/url-english";


const vocab: UrlVocabulary = {
  relationIds: new Set(["usa-kor-alliance", "prk-rus-alliance"]),
  eventIds: new Set(["2025-07-30-tariff-deal", "e2"]),
  minDate: "2023-01-01",
  maxDate: "2025-12-31",
  elasticityPresetIds: new Set(["smart", "gtap", "broda_weinstein"]),
};

describe("parseUrlState", () => {
  it("reads every known parameter", () => {
    const { state, dropped } = parseUrlEnglish(
      "?actor=KOR&date=2025-08-25&panel=trade&hide=trade,rivalry",
      vocab,
    );
    expect(state).toEqual({ actor: "KOR", date: "2025-08-25", panel: "trade", hide: ["trade", "rivalry"] });
    expect(dropped).toEqual([]);
  });

  it("reads timeline filters in canonical order", () => {
    const { state, dropped } = parseUrlEnglish("?actors=rus,PRK&types=military,trade,bogus&from=2024-01-01&to=2025-x", vocab);
    expect(state).toEqual({ actors: ["PRK", "RUS"], types: ["trade", "military"], from: "2024-01-01" });
    expect(dropped).toHaveLength(2);
  });

  it("accepts lower-case actor codes", () => {
    expect(parseUrlEnglish("actor=prk", vocab).state.actor).toBe("PRK");
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
    const { dropped } = parseUrlEnglish(q, vocab);
    expect(dropped.join(" ")).toContain(reason);
  });

  it("clamps dates outside the data to its range", () => {
    const early = parseUrlEnglish("?date=1999-01-01", vocab);
    expect(early.state.date).toBe("2023-01-01");
    expect(early.dropped[0]).toContain("before the data starts");
    expect(parseUrlEnglish("?date=2030-01-01", vocab).state.date).toBe("2025-12-31");
  });

  it("reads the changes view's since date; absent, the view shows its default (the summit)", () => {
    expect(parseUrlEnglish("?panel=changes&since=2024-06-19", vocab)).toEqual({ state: { panel: "changes", since: "2024-06-19" }, dropped: [] });
    expect(parseUrlEnglish("?panel=changes", vocab).state.since).toBeUndefined();
    expect(DEFAULT_SINCE).toBe("2025-08-25");
  });

  it.each([
    ["1999-01-01", "2023-01-01", "before the data starts; showing 2023-01-01"],
    ["2030-05-01", "2025-12-31", "after the data's latest date; showing 2025-12-31"],
    ["2025-02-30", "2025-02-28", "does not exist; showing 2025-02-28"],
    ["2024-02-31", "2024-02-29", "does not exist; showing 2024-02-29"],
    ["2025-8-5", "2025-08-05", "was read as 2025-08-05"],
  ])("a since of %s falls back to the nearest valid date, %s, with a notice", (value, date, reason) => {
    const { state, dropped } = parseUrlEnglish(`?since=${value}`, vocab);
    expect(state.since).toBe(date);
    expect(dropped).toHaveLength(1);
    expect(dropped[0]).toContain(reason);
  });

  it.each(["yesterday", "2025-13-01", "2025-00-10", "2025-08-00", "25/08/2025", ""])("an unreadable since (%j) is dropped with a notice: the default is shown", (value) => {
    const { state, dropped } = parseUrlEnglish(`?since=${value}`, vocab);
    expect(state.since).toBeUndefined();
    expect(dropped.join(" ")).toContain('"since" date');
    expect(dropped.join(" ")).toContain("showing the default, the summit of 2025-08-25");
  });

  it("keeps the valid part of a mixed link", () => {
    const { state, dropped } = parseUrlEnglish("?actor=KOR&panel=nope&zzz=1", vocab);
    expect(state).toEqual({ actor: "KOR" });
    expect(dropped).toHaveLength(2);
  });

  it("never throws and only returns allowed values for any input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (q) => {
        const { state } = parseUrlEnglish(q, vocab);
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
  fc
    .record({ name, ratesPct: rates, competitors: fc.option(rates, { nil: undefined }) })
    .map((c): ScenarioRef => customRef(c.name, c.ratesPct, c.competitors)),
);

describe("trade parameters", () => {
  it("reads a comparison with a custom scenario, the method, the preset and pass-through", () => {
    const { state, dropped } = parseUrlEnglish(
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
    const { dropped } = parseUrlEnglish(q, vocab);
    expect(dropped.join(" ")).toContain(reason);
  });

  it("clamps pass-through to 0–1 and keeps the valid part of a comparison", () => {
    const { state, dropped } = parseUrlEnglish("?phi=1.5&psi=-2&compare=korus,zzz,deal", vocab);
    expect(state).toEqual({ phi: 1, psi: 0, compare: [{ kind: "preset", id: "korus" }, { kind: "preset", id: "deal" }] });
    expect(dropped).toHaveLength(3);
  });

  it("accepts any well-formed preset id when the vocabulary does not list them", () => {
    const loose: UrlVocabulary = { relationIds: vocab.relationIds, eventIds: vocab.eventIds, minDate: vocab.minDate, maxDate: vocab.maxDate };
    expect(parseUrlEnglish("?elast=future_preset", loose).state.elast).toBe("future_preset");
  });

  it("accepts a long comparison of four custom scenarios", () => {
    const long = Array.from({ length: 4 }, (_, i) => `custom:99.99_99.99_99.99_99.99_99.99_99.99_99.99_99.99:${"n".repeat(39)}${i}`).join(",");
    expect(parseUrlEnglish(`?compare=${encodeURIComponent(long)}`, vocab).state.compare).toHaveLength(4);
  });
});

describe("buildUrlState", () => {
  it("writes keys in a fixed order and omits empty ones", () => {
    expect(buildUrlState({ panel: "threats", actor: "PRK" })).toBe("?actor=PRK&panel=threats");
    expect(buildUrlState({})).toBe("");
    expect(buildUrlState({ panel: "changes", since: "2025-08-25", date: "2025-01-01" })).toBe("?date=2025-01-01&since=2025-08-25&panel=changes");
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
        since: date,
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
        ratesOn: date,
        dv: fc
          .tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 999 }))
          .map(([y, m, n]) => `${y}.${m}.${n}`),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(state, (s) => {
        const parsed = parseUrlEnglish(buildUrlState(s), vocab);
        expect(parsed.dropped).toEqual([]);
        expect(parsed.state).toEqual(s);
      }),
      { numRuns: 300 },
    );
  });
});

describe("the data version parameter (dv)", () => {
  it("reads a well-formed version and writes it last", () => {
    const { state, dropped } = parseUrlEnglish("?dv=2026.12.0&actor=KOR", vocab);
    expect(state).toEqual({ actor: "KOR", dv: "2026.12.0" });
    expect(dropped).toEqual([]);
    expect(buildUrlState(state)).toBe("?actor=KOR&dv=2026.12.0");
  });

  it.each(["2026.12", "2026-12-0", "latest", "2026.13.0", "<b>1</b>"])("drops the malformed version %j with a reason", (v) => {
    const { state, dropped } = parseUrlEnglish(`?actor=KOR&dv=${encodeURIComponent(v)}`, vocab);
    expect(state).toEqual({ actor: "KOR" });
    expect(dropped).toEqual([`data version ${JSON.stringify(v)} is not a version like 2026.12.0 and was ignored`]);
  });
});

describe("the rates date parameter (ratesOn)", () => {
  const withToday: UrlVocabulary = { ...vocab, ratesOnMax: "2026-12-04" };

  it("reads a real date up to ratesOnMax (today), later than the data's own dates", () => {
    expect(parseUrlEnglish("?panel=trade&ratesOn=2026-08-01", withToday)).toEqual({ state: { panel: "trade", ratesOn: "2026-08-01" }, dropped: [] });
    expect(buildUrlState({ panel: "trade", ratesOn: "2026-03-01" })).toBe("?panel=trade&ratesOn=2026-03-01");
  });

  it.each([
    ["2026-02-30", undefined, 'rates date "2026-02-30" is not a YYYY-MM-DD date and was ignored'],
    ["1-3-2026", undefined, 'rates date "1-3-2026" is not a YYYY-MM-DD date and was ignored'],
    ["", undefined, 'rates date "" is not a YYYY-MM-DD date and was ignored'],
    ["<script>", undefined, 'rates date "<script>" is not a YYYY-MM-DD date and was ignored'],
    ["2019-05-01", "2023-01-01", "rates date 2019-05-01 is before the data starts; showing the rates on 2023-01-01"],
    ["2031-01-01", "2026-12-04", "rates date 2031-01-01 is later than 2026-12-04; showing the rates on 2026-12-04"],
  ])("drops or clamps %j with a notice", (value, kept, reason) => {
    const { state, dropped } = parseUrlEnglish(`?ratesOn=${encodeURIComponent(value)}`, withToday);
    expect(state.ratesOn).toBe(kept);
    expect(dropped).toEqual([reason]);
  });

  it("clamps to the data's last date when the vocabulary gives no ratesOnMax", () => {
    expect(parseUrlEnglish("?ratesOn=2026-03-01", vocab).state.ratesOn).toBe("2025-12-31");
  });

  it("round-trips any date in range (property)", () => {
    const day = fc
      .date({ min: new Date("2023-01-01T00:00:00Z"), max: new Date("2026-12-04T00:00:00Z"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, (d) => {
        expect(parseUrlEnglish(buildUrlState({ ratesOn: d }), withToday)).toEqual({ state: { ratesOn: d }, dropped: [] });
      }),
    );
  });
});

describe("the reasons' messages", () => {
  it("every key url-state.ts, url-sync.ts and scenario-ref.ts use is in the URL catalog, in both languages", async () => {
    const { readFileSync } = await import("node:fs");
    const { URL_EN } = await import("../../src/domain/i18n/panels/url-en");
    const { URL_KO } = await import("../../src/domain/i18n/panels/url-ko");
    const used = ["src/domain/url-state.ts", "src/store/url-sync.ts", "src/domain/tariff/scenario-ref.ts"].flatMap((f) => [...readFileSync(f, "utf8").matchAll(/"(url\.[A-Za-z]+)"/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(30);
    expect(used.filter((k) => !(k in URL_EN))).toEqual([]);
    expect(used.filter((k) => !URL_KO[k as keyof typeof URL_KO])).toEqual([]);
  });
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  KOREAN_OVERLAY_FILES,
  applyKoreanOverlay,
  checkKoreanOverlay,
  parseKoreanOverlay,
  reviewKoreanOverlay,
  unitNeedsKorean,
  type KoreanOverlay,
  type OverlayProblem,
} from "../../src/domain/korean-overlay";

const DATA = join(__dirname, "../../data");
const meta = (base: string) => ({ language: "ko" as const, base, translated: "2026-03-01", method: "human translation" });

const events = {
  meta: { title: "Events", retrieved: "2026-03-01", notes: "" },
  records: [
    { id: "e1", date: "2025-08-25", actors: ["USA", "KOR"], type: "diplomacy", title: "Summit", summary: "They met.", sourceIds: ["s1"], confidence: "verified" },
    { id: "e2", date: "2025-10-29", actors: ["USA"], type: "trade", title: "Deal", summary: "They agreed.", sourceIds: ["s2"], confidence: "secondary" },
  ],
};

const relations = {
  meta: { title: "Relations", retrieved: "2026-03-01", notes: "" },
  records: [
    {
      id: "usa-kor-alliance",
      a: "USA",
      b: "KOR",
      label: "military alliance",
      description: "Mutual defence treaty.",
      history: [
        { date: "2025-01-01", note: "Talks.", eventIds: [], sourceIds: ["s1"] },
        { date: "2025-06-01", note: "Deal.", eventIds: [], sourceIds: ["s1"] },
      ],
      sourceIds: ["s1"],
    },
  ],
};

const indicators = {
  meta: { title: "Indicators", retrieved: "2026-03-01", notes: "" },
  series: [
    { id: "budget", label: "Defence budget", unit: "KRW tn", method: "MND", points: [{ date: "2025", value: 61.2, sourceIds: ["s1"] }] },
    { id: "launches", label: "Launches", unit: "launch occasions", points: [{ date: "2025", value: 9, label: "to Oct", sourceIds: ["s1"] }] },
  ],
  facts: [{ id: "cap", label: "Cap", text: "A cap.", figure: { value: 2, unit: "%", label: "cap", sourceIds: ["s1"] }, sourceIds: ["s1"] }],
};

const releases = {
  meta: { title: "Releases", retrieved: "2026-03-01", notes: "" },
  version: "2026.12.0",
  releases: [
    { version: "2026.12.0", date: "2026-12-04", summary: "December.", added: [{ file: "events.json", ids: ["e1"], note: "New events." }], changed: [], corrected: [] },
  ],
  pending: [{ id: "p1", label: "Open", text: "Still open.", topic: "trade", sourceIds: ["s1"] }],
};

const trade = {
  meta: { title: "Trade", retrieved: "2026-03-01", notes: "" },
  tariffs: [{ id: "t1", sectors: ["autos"], ratePct: 15, instrument: "Section 232", legalBasis: "Section 232 autos", exemptions: [{ sectors: ["steel"], reason: "Covered elsewhere." }], note: "Note." }],
  elasticityPresets: [{ id: "mid", label: "Middle", description: "Middle values.", sectors: { autos: { importDemandElasticity: -1, substitutionElasticity: 2 } } }],
  passThrough: {
    border: { value: 0.9, unit: "share of tariff passed into duty-inclusive import prices", label: "border", sourceIds: ["s1"], note: "Studies." },
    retail: { value: 0.5, unit: "%", label: "retail", sourceIds: ["s1"] },
    note: "Pass-through.",
  },
};

const errors = (problems: OverlayProblem[]) => problems.filter((p) => p.level === "error");
const fallbacks = (problems: OverlayProblem[]) => problems.filter((p) => p.level === "fallback");

describe("checkKoreanOverlay", () => {
  it("accepts a complete overlay", () => {
    const overlay = {
      meta: meta("events.json"),
      records: { e1: { title: "정상회담", summary: "만났다." }, e2: { title: "합의", summary: "합의했다." } },
    };
    expect(checkKoreanOverlay(events, overlay, "events.json")).toEqual([]);
    expect(reviewKoreanOverlay(events, overlay, "events").coverage).toEqual({ records: 2, translated: 2, fallbacks: 0, errors: 0 });
  });

  it("reports a missing short field as an error and a missing long field as a fallback", () => {
    const overlay = { meta: meta("events.json"), records: { e1: { summary: "만났다." }, e2: { title: "합의" } } };
    expect(checkKoreanOverlay(events, overlay, "events.json")).toEqual([
      { level: "error", path: 'records["e1"].title', message: "Korean text is missing (required)" },
      { level: "fallback", path: 'records["e2"].summary', message: "no Korean text: the English is shown" },
    ]);
  });

  it("reports every field of a record missing from the overlay", () => {
    const overlay = { meta: meta("events.json"), records: { e1: { title: "정상회담", summary: "만났다." } } };
    const problems = checkKoreanOverlay(events, overlay, "events.json");
    expect(errors(problems).map((p) => p.path)).toEqual(['records["e2"].title']);
    expect(fallbacks(problems).map((p) => p.path)).toEqual(['records["e2"].summary']);
    expect(reviewKoreanOverlay(events, overlay, "events.json").coverage).toEqual({ records: 2, translated: 1, fallbacks: 1, errors: 1 });
  });

  it("reports an id the English file does not have", () => {
    const overlay = {
      meta: meta("events.json"),
      records: { e1: { title: "정상회담", summary: "만났다." }, e2: { title: "합의", summary: "합의했다." }, e9: { title: "유령" } },
    };
    expect(checkKoreanOverlay(events, overlay, "events.json")).toEqual([
      { level: "error", path: 'records["e9"]', message: 'no record "e9" in the English file' },
    ]);
  });

  it("reports an inner array of another length, and aligns the rest by index ({} for no text)", () => {
    const base = relations;
    const tooShort = { meta: meta("relations.json"), records: { "usa-kor-alliance": { label: "군사동맹", description: "상호방위조약.", history: [{ note: "협상." }] } } };
    const problems = checkKoreanOverlay(base, tooShort, "relations.json");
    expect(errors(problems)).toEqual([
      { level: "error", path: 'records["usa-kor-alliance"].history', message: expect.stringMatching(/^has 1 element\(s\); the English has 2/) },
    ]);
    expect(fallbacks(problems).map((p) => p.path)).toEqual(['records["usa-kor-alliance"].history[1].note']);

    const empty = { meta: meta("relations.json"), records: { "usa-kor-alliance": { label: "군사동맹", description: "상호방위조약.", history: [{ note: "협상." }, {}] } } };
    expect(checkKoreanOverlay(base, empty, "relations.json")).toEqual([
      { level: "fallback", path: 'records["usa-kor-alliance"].history[1].note', message: "no Korean text: the English is shown" },
    ]);
  });

  it("reports a field that is not free text, a field the English lacks, an empty string and a wrong type", () => {
    const overlay = {
      meta: meta("events.json"),
      records: {
        e1: { title: "정상회담", summary: "", type: "외교", sourceIds: ["s1"] },
        e2: { title: ["합의"], summary: "합의했다.", note: "메모" },
      },
    };
    expect(checkKoreanOverlay(events, overlay, "events.json")).toEqual([
      { level: "error", path: 'records["e1"].type', message: "is not a free-text field of the English file: leave it out" },
      { level: "error", path: 'records["e1"].summary', message: "is empty" },
      { level: "error", path: 'records["e1"].sourceIds', message: "is not a free-text field of the English file: leave it out" },
      { level: "error", path: 'records["e2"].note', message: '"note" is not a field of the English file' },
      { level: "error", path: 'records["e2"].title', message: "expected a string, got an array" },
    ]);
  });

  it("checks meta: language ko, the English file's name, a real date and a method", () => {
    const overlay = { meta: { language: "en", base: "actors.json", translated: "2026-02-30", method: "" }, records: { e1: { title: "정상회담", summary: "만났다." }, e2: { title: "합의", summary: "합의했다." } } };
    expect(checkKoreanOverlay(events, overlay, "events.json").map((p) => p.path)).toEqual(["meta.language", "meta.translated", "meta.method"]);
    const wrongBase = { ...overlay, meta: meta("actors.json") };
    expect(checkKoreanOverlay(events, wrongBase, "events.json")).toEqual([
      { level: "error", path: "meta.base", message: 'names "actors.json", not "events.json"' },
    ]);
    expect(checkKoreanOverlay(events, { records: overlay.records }, "events.json")[0]).toMatchObject({ level: "error", path: "meta" });
  });

  it("keys releases by version and pending items by id", () => {
    const overlay = {
      meta: meta("releases.json"),
      releases: { "2026.12.0": { summary: "12월.", added: [{ note: "새 사건." }] } },
      pending: { p1: { label: "미해결", text: "아직 열려 있다." } },
    };
    expect(checkKoreanOverlay(releases, overlay, "releases.json")).toEqual([]);
    const partial = { meta: meta("releases.json"), releases: { "2026.12.0": { summary: "12월." } }, pending: { p1: { text: "아직 열려 있다." } } };
    expect(checkKoreanOverlay(releases, partial, "releases.json")).toEqual([
      { level: "fallback", path: 'releases["2026.12.0"].added[0].note', message: "no Korean text: the English is shown" },
      { level: "error", path: 'pending["p1"].label', message: "Korean text is missing (required)" },
    ]);
  });

  it("covers trade.json: tariffs with exemptions, presets with no-text sector objects, and the passThrough object", () => {
    const overlay = {
      meta: meta("trade.json"),
      tariffs: { t1: { instrument: "무역확장법 232조", legalBasis: "232조 자동차", exemptions: [{ reason: "다른 조치 대상." }], note: "메모." } },
      elasticityPresets: { mid: { label: "중간", description: "중간값." } },
      passThrough: { border: { unit: "관세가 관세 포함 수입가격에 전가되는 비율", label: "국경", note: "연구." }, retail: { label: "소매" }, note: "전가." },
    };
    expect(checkKoreanOverlay(trade, overlay, "trade.json")).toEqual([]);
    expect(reviewKoreanOverlay(trade, overlay, "trade.json").coverage).toEqual({ records: 3, translated: 3, fallbacks: 0, errors: 0 });
    const missing = { ...overlay, passThrough: { border: { label: "국경", note: "연구." }, retail: { label: "소매" }, note: "전가." } };
    expect(checkKoreanOverlay(trade, missing, "trade.json")).toEqual([
      { level: "fallback", path: "passThrough.border.unit", message: "no Korean text: the English is shown" },
    ]);
  });

  it("asks Korean only for word units", () => {
    for (const u of ["USD bn", "USD", "%", "KRW tn", "KRW bn", "million", "pp", "‰", "×1,000", "#"]) expect.soft(unitNeedsKorean(u), u).toBe(false);
    for (const u of ["launch occasions", "% of GDP", "troops", "CNY bn"]) expect.soft(unitNeedsKorean(u), u).toBe(true);
    // budget ("KRW tn") needs no unit; launches ("launch occasions") does, and a formatted unit must be left out.
    const overlay = {
      meta: meta("indicators.json"),
      series: {
        budget: { label: "국방예산", unit: "조 원", method: "국방부", points: [{}] },
        launches: { label: "발사", points: [{ label: "10월까지" }] },
      },
      facts: { cap: { label: "상한", text: "상한.", figure: { label: "상한" } } },
    };
    expect(checkKoreanOverlay(indicators, overlay, "indicators.json")).toEqual([
      { level: "error", path: 'series["budget"].unit', message: 'the unit "KRW tn" is formatted by the app: leave it out' },
      { level: "fallback", path: 'series["launches"].unit', message: "no Korean text: the English is shown" },
    ]);
  });
});

describe("applyKoreanOverlay", () => {
  it("puts the Korean in place in a copy and lists the fields left in English", () => {
    const overlay = {
      meta: meta("relations.json"),
      records: { "usa-kor-alliance": { label: "군사동맹", history: [{ note: "협상." }, {}] } },
    } as KoreanOverlay;
    const before = JSON.stringify(relations);
    const { value, fallbackPaths } = applyKoreanOverlay(relations, overlay);
    const r = value.records[0]!;
    expect(r.label).toBe("군사동맹");
    expect(r.description).toBe("Mutual defence treaty.");
    expect(r.history.map((h) => h.note)).toEqual(["협상.", "Deal."]);
    expect(r.sourceIds).toEqual(["s1"]);
    expect(r.a).toBe("USA");
    expect([...fallbackPaths].sort()).toEqual(['records["usa-kor-alliance"].description', 'records["usa-kor-alliance"].history[1].note']);
    expect(JSON.stringify(relations)).toBe(before);
    expect(value).not.toBe(relations);
  });

  it("keeps the English where the overlay does not fit, and with no overlay marks every free-text field", () => {
    const overlay = {
      meta: meta("events.json"),
      records: { e1: { title: "", summary: "만났다.", date: "어제" }, e9: { title: "유령" } },
    } as unknown as KoreanOverlay;
    const { value, fallbackPaths } = applyKoreanOverlay(events, overlay);
    expect(value.records.map((e) => [e.title, e.summary, e.date])).toEqual([
      ["Summit", "만났다.", "2025-08-25"],
      ["Deal", "They agreed.", "2025-10-29"],
    ]);
    expect([...fallbackPaths]).toEqual(['records["e1"].title', 'records["e2"].title', 'records["e2"].summary']);

    const none = applyKoreanOverlay(indicators, undefined);
    expect(none.value).toEqual(indicators);
    expect([...none.fallbackPaths]).toEqual([
      'series["budget"].label',
      'series["budget"].method',
      'series["launches"].label',
      'series["launches"].unit',
      'series["launches"].points[0].label',
      'facts["cap"].label',
      'facts["cap"].text',
      'facts["cap"].figure.label',
    ]);
  });

  it("translates word units only", () => {
    const overlay = { meta: meta("trade.json"), passThrough: { border: { unit: "전가율" }, retail: { unit: "퍼센트" } } } as KoreanOverlay;
    const { value } = applyKoreanOverlay(trade, overlay);
    expect(value.passThrough.border.unit).toBe("전가율");
    expect(value.passThrough.retail.unit).toBe("%");
  });
});

describe("parseKoreanOverlay", () => {
  it("accepts nested strings and rejects other values", () => {
    expect(parseKoreanOverlay({ meta: meta("events.json"), records: { e1: { title: "정상회담", history: [{}, { note: "메모" }] } } }).ok).toBe(true);
    const bad = parseKoreanOverlay({ meta: meta("events.json"), records: { e1: { title: 3 } } });
    expect(bad.ok).toBe(false);
  });
});

describe("the Korean overlays in data/ko", () => {
  // A missing overlay fails here: every English file with text has its Korean overlay.
  it.each(KOREAN_OVERLAY_FILES)("ko/%s.json exists and has no errors", (name) => {
    const base: unknown = JSON.parse(readFileSync(join(DATA, `${name}.json`), "utf8"));
    const overlay: unknown = JSON.parse(readFileSync(join(DATA, "ko", `${name}.json`), "utf8"));
    expect(parseKoreanOverlay(overlay)).toMatchObject({ ok: true });
    const problems = checkKoreanOverlay(base, overlay, `${name}.json`);
    expect(errors(problems).map((p) => `${p.path}: ${p.message}`)).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { validateDataset } from "../../src/domain/validate-dataset";
import { isPartialDate, isRealIsoDate } from "../../src/domain/dates";
import { buildRaw } from "../fixtures/build-dataset";

type Json = Record<string, unknown>;
const recs = (raw: Json, file: string) => (raw[file] as { records: Json[] }).records;

function errorsOf(mutate: (raw: Json) => void): string[] {
  const raw = buildRaw() as unknown as Json;
  mutate(raw);
  const r = validateDataset(raw as never);
  return r.ok ? [] : r.error;
}

describe("validateDataset", () => {
  it("accepts a valid dataset", () => {
    const r = validateDataset(buildRaw());
    expect(r.ok).toBe(true);
  });

  it.each([
    [
      "an impossible date",
      (raw: Json) => ((recs(raw, "events")[0] as Json).date = "2025-02-30"),
      'events.json: records[0] (id "e1"), field "date": must be a real date written YYYY-MM-DD',
    ],
    [
      "a missing title",
      (raw: Json) => delete (recs(raw, "events")[1] as Json).title,
      'events.json: records[1] (id "e2"), field "title": is required (expected string)',
    ],
    [
      "an unknown relation type",
      (raw: Json) => ((recs(raw, "relations")[0] as Json).type = "friendship"),
      'relations.json: records[0] (id "usa-kor-alliance"), field "type": must be one of',
    ],
    [
      "a strength out of range",
      (raw: Json) => ((recs(raw, "relations")[0] as Json).strength = 4),
      'relations.json: records[0] (id "usa-kor-alliance"), field "strength"',
    ],
    [
      "a figure without a source",
      (raw: Json) => (((recs(raw, "actors")[0] as Json).gdp as Json).sourceIds = []),
      'actors.json: records[0] (id "USA"), field "gdp.sourceIds": must name at least one source id',
    ],
    [
      "a URL with spaces",
      (raw: Json) => ((recs(raw, "sources")[0] as Json).url = "https://exa mple.org"),
      'sources.json: records[0] (id "src-a"), field "url": must be an http(s) URL',
    ],
    [
      "a value of the wrong type",
      (raw: Json) => (((recs(raw, "actors")[1] as Json).population as Json).value = "lots"),
      'actors.json: records[1] (id "KOR"), field "population.value": expected number, got string',
    ],
    [
      "a missing meta block",
      (raw: Json) => delete (raw.trade as Json).meta,
      'trade.json: field "meta": is required',
    ],
  ])("names file, record and field for %s", (_name, mutate, expected) => {
    const errors = errorsOf(mutate);
    expect(errors.some((e) => e.startsWith(expected))).toBe(true);
  });

  it.each([
    [
      "an unknown source id",
      (raw: Json) => ((recs(raw, "events")[0] as Json).sourceIds = ["nope"]),
      'events.json: records (id "e1"), field "sourceIds": unknown source id "nope"',
    ],
    [
      "an unknown event id in a relation",
      (raw: Json) => ((recs(raw, "relations")[0] as Json).eventIds = ["e9"]),
      'relations.json: records (id "usa-kor-alliance"), field "eventIds": unknown event id "e9"',
    ],
    [
      "a relation ending before it starts",
      (raw: Json) => ((recs(raw, "relations")[1] as Json).end = "2020-01-01"),
      'relations.json: records (id "prk-rus-coop"), field "end": 2020-01-01 is before start 2023-09-13',
    ],
    [
      "an unknown actor code",
      (raw: Json) => recs(raw, "actors").splice(3, 1),
      'relations.json: records (id "prk-rus-coop"), field "b": unknown actor code "RUS"',
    ],
    [
      "a duplicate id",
      (raw: Json) => recs(raw, "events").push({ ...(recs(raw, "events")[0] as Json) }),
      'events.json: id "e1" is used more than once',
    ],
    [
      "an article claim linked to nothing",
      (raw: Json) => ((recs(raw, "article")[0] as Json).eventIds = []),
      'article.json: records (id "c1"): links to no event, relation or indicator',
    ],
    [
      "an unknown indicator id",
      (raw: Json) => ((recs(raw, "relations")[0] as Json).indicatorIds = ["ghost"]),
      'relations.json: records (id "usa-kor-alliance"), field "indicatorIds": unknown indicator id "ghost"',
    ],
  ])("cross-checks %s", (_name, mutate, expected) => {
    expect(errorsOf(mutate)).toContain(expected);
  });
});

describe("relation history", () => {
  const change = (date: string, extra: Json = {}): Json => ({
    date,
    note: "what changed",
    eventIds: ["e1"],
    sourceIds: ["src-a"],
    confidence: "verified",
    ...extra,
  });
  const setHistory = (index: number, history: Json[]) => (raw: Json) => {
    (recs(raw, "relations")[index] as Json).history = history;
  };

  it("accepts dated changes inside the relation's span, oldest first", () => {
    expect(errorsOf(setHistory(1, [change("2023-09-13", { strength: 1 }), change("2024-01-01"), change("2024-06-18", { strength: 3 })]))).toEqual([]);
  });

  it.each([
    [
      "a change before the relation starts",
      setHistory(0, [change("2023-04-25")]),
      'relations.json: records (id "usa-kor-alliance"), field "history[0].date": 2023-04-25 is before start 2023-04-26',
    ],
    [
      "a change after the relation ends",
      setHistory(1, [change("2024-01-01"), change("2024-06-19")]),
      'relations.json: records (id "prk-rus-coop"), field "history[1].date": 2024-06-19 is after end 2024-06-18',
    ],
    [
      "changes out of order",
      setHistory(0, [change("2025-03-01"), change("2024-05-01")]),
      'relations.json: records (id "usa-kor-alliance"), field "history[1].date": 2024-05-01 is before history[0].date 2025-03-01 (history must be oldest first)',
    ],
    [
      "an unknown event id in a change",
      setHistory(0, [change("2025-03-01", { eventIds: ["e1", "e9"] })]),
      'relations.json: records (id "usa-kor-alliance"), field "history[0].eventIds": unknown event id "e9"',
    ],
    [
      "an unknown source id in a change",
      setHistory(2, [change("2025-03-01", { sourceIds: ["nope"] })]),
      'relations.json: records (id "prk-rus-alliance"), field "history[0].sourceIds": unknown source id "nope"',
    ],
  ])("cross-checks %s", (_name, mutate, expected) => {
    expect(errorsOf(mutate)).toEqual([expected]);
  });

  it.each([
    [
      "a strength out of range",
      setHistory(0, [change("2025-03-01", { strength: 4 })]),
      'relations.json: records[0] (id "usa-kor-alliance"), field "history[0].strength"',
    ],
    [
      "a change with no note",
      setHistory(0, [change("2025-03-01", { note: "" })]),
      'relations.json: records[0] (id "usa-kor-alliance"), field "history[0].note": must not be empty',
    ],
    [
      "a change with no source",
      setHistory(0, [change("2025-03-01", { sourceIds: [] })]),
      'relations.json: records[0] (id "usa-kor-alliance"), field "history[0].sourceIds": must name at least one source id',
    ],
    [
      "an impossible date",
      setHistory(0, [change("2025-02-30")]),
      'relations.json: records[0] (id "usa-kor-alliance"), field "history[0].date": must be a real date written YYYY-MM-DD',
    ],
    [
      "a confidence outside the scale",
      setHistory(0, [change("2025-03-01", { confidence: "likely" })]),
      'relations.json: records[0] (id "usa-kor-alliance"), field "history[0].confidence": must be one of',
    ],
  ])("names the field for %s", (_name, mutate, expected) => {
    const errors = errorsOf(mutate);
    expect(errors.some((e) => e.startsWith(expected))).toBe(true);
  });
});

describe("lapsed article claims", () => {
  const setLapsed = (extra: Json) => (raw: Json) => {
    (recs(raw, "article")[0] as Json).lapsed = {
      date: "2026-02-24",
      note: "The rate stopped applying.",
      eventIds: ["e2"],
      sourceIds: ["src-a"],
      ...extra,
    };
  };

  it("accepts a lapsed claim whose events and sources exist", () => {
    expect(errorsOf(setLapsed({}))).toEqual([]);
  });

  it.each([
    [
      "an unknown event id",
      setLapsed({ eventIds: ["e2", "e9"] }),
      'article.json: records (id "c1"), field "lapsed.eventIds": unknown event id "e9"',
    ],
    [
      "an unknown source id",
      setLapsed({ sourceIds: ["nope"] }),
      'article.json: records (id "c1"), field "lapsed.sourceIds": unknown source id "nope"',
    ],
  ])("cross-checks %s", (_name, mutate, expected) => {
    expect(errorsOf(mutate)).toEqual([expected]);
  });

  it.each([
    [
      "an impossible date",
      setLapsed({ date: "2026-02-30" }),
      'article.json: records[0] (id "c1"), field "lapsed.date": must be a real date written YYYY-MM-DD',
    ],
    ["no note", setLapsed({ note: "" }), 'article.json: records[0] (id "c1"), field "lapsed.note": must not be empty'],
    [
      "no source",
      setLapsed({ sourceIds: [] }),
      'article.json: records[0] (id "c1"), field "lapsed.sourceIds": must name at least one source id',
    ],
  ])("names the field for %s", (_name, mutate, expected) => {
    expect(errorsOf(mutate)).toEqual([expected]);
  });
});

describe("dates", () => {
  it.each(["2024-02-29", "2025-12-31", "2023-01-01"])("accepts %s", (d) => expect(isRealIsoDate(d)).toBe(true));
  it.each(["2025-02-29", "2025-13-01", "2025-1-1", "25-01-01", "2025-01-01T00:00", ""])("rejects %s", (d) =>
    expect(isRealIsoDate(d)).toBe(false),
  );
  it("accepts partial dates", () => {
    expect(isPartialDate("2025")).toBe(true);
    expect(isPartialDate("2025-07")).toBe(true);
    expect(isPartialDate("2025-13")).toBe(false);
  });
});

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

import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { eventsOfActor, eventsOfRelation, isRelationInForce, relationsAsOf, strengthOn } from "../../src/domain/graph";
import type { Relation, RelationChange } from "../../src/domain/schemas";
import { buildDataset } from "../fixtures/build-dataset";

const ds = buildDataset();
const rels = ds.relations.records;

describe("relationsAsOf", () => {
  it("shows the North Korea–Russia alliance only from the treaty date", () => {
    const ids = (d: string) => relationsAsOf(rels, d).map((r) => r.id);
    expect(ids("2024-01-01")).toContain("prk-rus-coop");
    expect(ids("2024-01-01")).not.toContain("prk-rus-alliance");
    expect(ids("2025-01-01")).toContain("prk-rus-alliance");
    expect(ids("2025-01-01")).not.toContain("prk-rus-coop");
  });

  it("with no date shows the relations that have not ended", () => {
    expect(relationsAsOf(rels, null).map((r) => r.id)).toEqual(["usa-kor-alliance", "prk-rus-alliance"]);
  });

  it("a relation is in force on its start and end dates and not outside them", () => {
    const day = fc.integer({ min: 0, max: 2000 }).map((n) => new Date(Date.UTC(2022, 0, 1) + n * 864e5).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, day, (a, b, d) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        const r = { ...rels[1]!, start, end };
        expect(isRelationInForce(r, start)).toBe(true);
        expect(isRelationInForce(r, end)).toBe(true);
        expect(isRelationInForce(r, d)).toBe(d >= start && d <= end);
      }),
    );
  });
});

describe("events of actors and relations", () => {
  it("lists an actor's events newest first", () => {
    expect(eventsOfActor(ds.events.records, "KOR").map((e) => e.id)).toEqual(["e1"]);
  });
  it("lists the evidence of a relation", () => {
    expect(eventsOfRelation(ds.events.records, rels[2]!).map((e) => e.id)).toEqual(["e2"]);
  });
});

describe("strengthOn", () => {
  const change = (date: string, strength?: 1 | 2 | 3): RelationChange => ({
    date,
    ...(strength === undefined ? {} : { strength }),
    note: "n",
    eventIds: [],
    sourceIds: ["src-a"],
    confidence: "verified",
  });
  const base: Relation = { ...rels[0]!, start: "2025-01-01", strength: 1 };
  const thaw = { ...base, history: [change("2026-01-05", 2), change("2026-02-01"), change("2026-05-14", 3)] };

  it("is the base strength without history, on any date and for the latest", () => {
    expect(strengthOn(base, "2025-06-01")).toBe(1);
    expect(strengthOn(base, null)).toBe(1);
  });

  it("is the base strength before the first change and the changed strength from its date on", () => {
    expect(strengthOn(thaw, "2026-01-04")).toBe(1);
    expect(strengthOn(thaw, "2026-01-05")).toBe(2);
    expect(strengthOn(thaw, "2026-03-01")).toBe(2);
    expect(strengthOn(thaw, "2026-05-14")).toBe(3);
  });

  it("with no date is the latest change with a strength", () => {
    expect(strengthOn(thaw, null)).toBe(3);
    expect(strengthOn({ ...base, history: [change("2026-01-05", 2), change("2026-02-01")] }, null)).toBe(2);
  });

  it("ignores a change that records no strength", () => {
    expect(strengthOn({ ...base, history: [change("2026-02-01")] }, "2026-03-01")).toBe(1);
  });

  it("equals the latest change with a strength on or before the date, else the base (property)", () => {
    const day = fc.integer({ min: 0, max: 1500 }).map((n) => new Date(Date.UTC(2025, 0, 1) + n * 864e5).toISOString().slice(0, 10));
    const level = fc.constantFrom<1 | 2 | 3>(1, 2, 3);
    const entry = fc.record({ date: day, strength: fc.option(level, { nil: undefined }) });
    fc.assert(
      fc.property(level, fc.array(entry, { maxLength: 8 }), day, (baseStrength, raw, date) => {
        const history = [...raw].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0)).map((e) => change(e.date, e.strength));
        const r: Relation = { ...base, strength: baseStrength, history };
        const upTo = history.filter((h) => h.date <= date && h.strength !== undefined);
        expect(strengthOn(r, date)).toBe(upTo.at(-1)?.strength ?? baseStrength);
        const all = history.filter((h) => h.strength !== undefined);
        expect(strengthOn(r, null)).toBe(all.at(-1)?.strength ?? baseStrength);
      }),
    );
  });
});

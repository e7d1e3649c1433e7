import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { eventsOfActor, eventsOfRelation, isRelationInForce, relationsAsOf } from "../../src/domain/graph";
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

import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import digest from "virtual:data-digest";
import { buildDataDigest, type DigestFile } from "../../src/domain/data-digest";
import { urlVocabulary } from "../../src/data/url-vocabulary";
import { currentCompiledDate, currentDataAsOf, currentDataVersion } from "../../src/data/data-status";
import { allDataLoaded } from "../../src/data/dataset";

const raw = (name: DigestFile) => JSON.parse(readFileSync(`data/${name}.json`, "utf8")) as Record<string, unknown>;
const events = (raw("events") as { records: { id: string; date: string }[] }).records;

describe("the build-time digest of the files the first screen does not carry", () => {
  it("lists every event id and the events' date range, the data's as-of, compiled date and version", () => {
    expect(digest.eventIds).toEqual(events.map((e) => e.id));
    const dates = events.map((e) => e.date).sort();
    expect(digest.minDate).toBe(dates[0]);
    expect(digest.maxDate).toBe(dates.at(-1));
    expect(digest.asOf).toBe("2026-07-02");
    expect(digest.version).toBe((raw("releases") as { version: string }).version);
    expect(digest.compiled).toBe("2026-12-04");
  });

  it("a missing or damaged file contributes nothing and never throws", () => {
    const empty = buildDataDigest(() => null);
    expect(empty).toEqual({ eventIds: [], minDate: null, maxDate: null, asOf: null, compiled: null, version: null });
    const odd = buildDataDigest((n) => (n === "events" ? { records: [{ id: 7, date: "2026-01-01" }, "x", { id: "a" }] } : { meta: 1, records: "no" }));
    expect(odd.eventIds).toEqual(["a"]);
    expect(odd.maxDate).toBe("2026-01-01");
  });

  it("before the events file loads, links may name any event and the header knows the as-of and version", async () => {
    expect(allDataLoaded()).toBe(false);
    const before = urlVocabulary();
    expect(before.eventIds.has("2026-02-20-scotus-ieepa-ruling")).toBe(true);
    expect(before.maxDate).toBe(digest.maxDate);
    expect(currentDataAsOf()).toBe("2026-07-02");
    expect(currentCompiledDate()).toBe("2026-12-04");
    expect(currentDataVersion()).toBe(digest.version);
    // Once the panels' files are in, the loaded files answer, with the same values.
    await import("../../src/data/extra-data");
    expect(allDataLoaded()).toBe(true);
    const after = urlVocabulary();
    expect([...after.eventIds]).toEqual([...before.eventIds]);
    expect([after.minDate, after.maxDate]).toEqual([before.minDate, before.maxDate]);
    expect(currentDataAsOf()).toBe("2026-07-02");
  });
});

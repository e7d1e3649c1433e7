import { describe, expect, it } from "vitest";
import { validateDataset } from "../../src/domain/validate-dataset";
import { buildRaw } from "../fixtures/build-dataset";
import releases from "../../data/releases.json";

type Json = Record<string, unknown>;
type Releases = { version: string; releases: (Json & { added: Json[]; changed: Json[]; corrected: Json[] })[]; pending: Json[] };

function errorsOf(mutate: (r: Releases) => void): string[] {
  const raw = buildRaw() as unknown as Json;
  mutate(raw["releases"] as Releases);
  const r = validateDataset(raw as never);
  return r.ok ? [] : r.error;
}

describe("releases.json checks", () => {
  it("accepts changelog ids that name records in their files (events, actor codes, indicator ids)", () => {
    expect(errorsOf(() => undefined)).toEqual([]);
  });

  it.each([
    [
      "an added id that names no record in its file",
      (r: Releases) => ((r.releases[1]!.added[0] as Json).ids = ["e2", "no-such-event"]),
      'releases.json: releases (version "2026.12.0"), added[0] (file "events.json"), field "ids": "no-such-event" names no record in events.json',
    ],
    [
      "an id of another file",
      (r: Releases) => ((r.releases[1]!.changed[0] as Json).ids = ["e1"]),
      'releases.json: releases (version "2026.12.0"), changed[0] (file "actors.json"), field "ids": "e1" names no record in actors.json',
    ],
    [
      "a corrected id that is not an indicator",
      (r: Releases) => ((r.releases[1]!.corrected[0] as Json).ids = ["usfk"]),
      'releases.json: releases (version "2026.12.0"), corrected[0] (file "indicators.json"), field "ids": "usfk" names no record in indicators.json',
    ],
    [
      "a pending item citing an unknown source",
      (r: Releases) => ((r.pending[0] as Json).sourceIds = ["src-a", "ghost"]),
      'releases.json: pending (id "p1"), field "sourceIds": unknown source id "ghost"',
    ],
    [
      "a version that names no release",
      (r: Releases) => (r.version = "2027.1.0"),
      'releases.json: field "version": "2027.1.0" names no release in "releases"',
    ],
    [
      "a version that is not the newest release",
      (r: Releases) => (r.version = "2025.12.0"),
      'releases.json: field "version": "2025.12.0" is not the newest release ("2026.12.0", 2026-12-04)',
    ],
    [
      "two releases with one version",
      (r: Releases) => (r.releases[0]!.version = "2026.12.0"),
      'releases.json: release version "2026.12.0" is used more than once',
    ],
  ])("reports %s precisely", (_, mutate, message) => {
    expect(errorsOf(mutate)).toEqual([message]);
  });

  it.each([
    ["a malformed version", (r: Releases) => (r.version = "v2026"), 'releases.json: field "version": must be a data version written YYYY.M.N, e.g. 2026.12.0'],
    ["an unknown file", (r: Releases) => ((r.releases[1]!.added[0] as Json).file = "notes.json"), 'releases.json: releases[1] (version "2026.12.0"), field "added[0].file": must be one of "sources.json",'],
    ["an unknown pending topic", (r: Releases) => ((r.pending[0] as Json).topic = "weather"), 'releases.json: pending[0] (id "p1"), field "topic": must be one of'],
    ["a pending item with no source", (r: Releases) => ((r.pending[0] as Json).sourceIds = []), 'releases.json: pending[0] (id "p1"), field "sourceIds": must name at least one source id'],
  ])("rejects %s in the schema", (_, mutate, start) => {
    const errors = errorsOf(mutate);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(start);
  });
});

describe("the bundled releases.json", () => {
  it("lists the current version last in time and every pending item with a topic and sources", () => {
    const newest = [...releases.releases].sort((a, b) => (a.date < b.date ? 1 : -1))[0];
    expect(newest?.version).toBe(releases.version);
    expect(releases.pending.length).toBeGreaterThan(0);
    expect(releases.pending.map((p) => p.id)).toContain("section-122-after-expiry");
  });
});

import { describe, expect, it } from "vitest";
import { buildSearchDocuments, createSearchIndex, createSearchIndexAsync, normalizeTerm, type SearchData, type SearchGroup } from "../../src/domain/search";
import type { Dataset } from "../../src/domain/schemas";
import { buildDataset } from "../fixtures/build-dataset";
import { INDICATOR_PARTS } from "../../src/domain/panel-parts";
import { PANEL_PARTS } from "../../src/domain/types";
import actors from "../../data/actors.json";
import relations from "../../data/relations.json";
import events from "../../data/events.json";
import indicators from "../../data/indicators.json";
import trade from "../../data/trade.json";
import sources from "../../data/sources.json";
import releases from "../../data/releases.json";

const real = { actors, relations, events, indicators, trade, sources, releases } as unknown as SearchData;
const index = createSearchIndex(buildSearchDocuments(real));

const group = (groups: SearchGroup[], kind: SearchGroup["kind"]) => groups.find((g) => g.kind === kind);
const ids = (groups: SearchGroup[], kind: SearchGroup["kind"]) => group(groups, kind)?.hits.map((h) => h.id) ?? [];

describe("search over the real data", () => {
  it('"Patriot" finds the 7 Mar 2026 event first, and opens it in Details', () => {
    const groups = index.search("Patriot");
    const first = groups[0]?.hits[0];
    expect(first?.id).toBe("event:2026-03-07-usfk-patriots-to-gulf");
    expect(first?.detail).toContain("7 Mar 2026");
    expect(first?.target).toEqual({ kind: "event", id: "2026-03-07-usfk-patriots-to-gulf" });
    // The US Forces Korea indicator lists it as a milestone: it opens in the Alliance panel, at its part and card.
    expect(group(groups, "indicator")?.hits.map((h) => h.target)).toContainEqual({
      kind: "panel",
      panel: "alliance",
      part: INDICATOR_PARTS["usfk-troops"],
      anchor: "indicator-usfk-troops",
    });
  });

  it('"Takaichi" finds Japan among the actors (a leader\'s name)', () => {
    const groups = index.search("Takaichi");
    expect(ids(groups, "actor")[0]).toBe("actor:JPN");
    expect(group(groups, "actor")?.hits[0]?.target).toEqual({ kind: "actor", code: "JPN" });
  });

  it('"Section 122" finds the tariff events and the surcharge itself, every word matching', () => {
    const groups = index.search("Section 122");
    const eventIds = ids(groups, "event");
    expect(eventIds).toContain("event:2026-02-24-ieepa-collection-ends-section-122-10pct");
    expect(eventIds).toContain("event:2026-05-07-cit-section-122-unlawful");
    expect(group(groups, "event")!.total).toBeGreaterThanOrEqual(4);
    expect(group(groups, "indicator")?.hits.some((h) => h.title.includes("Section 122") && h.target.kind === "panel")).toBe(true);
    // Every event hit names both words (AND, not OR: "Section 232" events stay out).
    expect(eventIds.every((id) => JSON.stringify(events.records.find((e) => `event:${e.id}` === id)).includes("122"))).toBe(true);
  });

  it("finds a relation by its actors' names and a source by its publisher, each opening where it is shown", () => {
    const rel = group(index.search("North Korea Russia alliance"), "relation");
    expect(rel?.hits[0]?.target).toEqual({ kind: "relation", id: "prk-rus-alliance" });
    const src = group(index.search("reuters patriots"), "source");
    expect(src?.hits.map((h) => h.id)).toContain("source:reuters-asiams-patriots-2026");
    // First citing record: the event.
    expect(src?.hits.find((h) => h.id === "source:reuters-asiams-patriots-2026")?.target).toEqual({ kind: "event", id: "2026-03-07-usfk-patriots-to-gulf" });
  });

  it("an indicator opens its panel at the part (sub-tab) that shows it, at its card", () => {
    const hit = group(index.search("troops in Russia"), "indicator")?.hits.find((h) => h.id === "indicator:dprk-troops-russia");
    expect(hit?.target).toEqual({ kind: "panel", panel: "threats", part: INDICATOR_PARTS["dprk-troops-russia"], anchor: "indicator-dprk-troops-russia" });
    expect(INDICATOR_PARTS["dprk-troops-russia"]).not.toBe(PANEL_PARTS.threats[0]);
  });

  it("matches as you type (prefix) and forgives one typo in a long word", () => {
    expect(ids(index.search("Takai"), "actor")).toContain("actor:JPN");
    expect(ids(index.search("Patriott"), "event")).toContain("event:2026-03-07-usfk-patriots-to-gulf");
  });

  it.each(["", "   ", "관세", "관세 인상", "🇰🇷", "---", "\u0000", "(Section", "a".repeat(500)])("does not crash on %j", (q) => {
    expect(() => index.search(q)).not.toThrow();
  });

  it("an empty or blank query gives no results", () => {
    expect(index.search("")).toEqual([]);
    expect(index.search("   ")).toEqual([]);
  });

  it("caps each group but counts every hit, groups ordered by their best hit", () => {
    const groups = index.search("Korea", 3);
    for (const g of groups) {
      expect(g.hits.length).toBeLessThanOrEqual(3);
      expect(g.total).toBeGreaterThanOrEqual(g.hits.length);
    }
    expect(group(groups, "event")!.total).toBeGreaterThan(3);
    expect(new Set(groups.map((g) => g.kind)).size).toBe(groups.length);
  });

  it("indexes only sources some view shows", () => {
    const docs = buildSearchDocuments(real);
    const cited = docs.filter((d) => d.kind === "source").length;
    expect(cited).toBeGreaterThan(400);
    expect(cited).toBeLessThanOrEqual(sources.records.length);
    expect(docs.every((d) => d.title.length > 0)).toBe(true);
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
  });
});

describe("buildSearchDocuments on a small dataset", () => {
  it("builds one document per record, with actor names in relations and events", () => {
    const ds: Dataset = buildDataset();
    const docs = buildSearchDocuments(ds);
    const rel = docs.find((d) => d.id === "relation:prk-rus-alliance");
    expect(rel?.title).toBe("North Korea–Russia: military alliance");
    expect(docs.find((d) => d.id === "event:e1")?.detail).toBe("26 Apr 2023 · United States, South Korea");
    expect(docs.find((d) => d.id === "actor:KOR")?.target).toEqual({ kind: "actor", code: "KOR" });
    // src-a is first cited by event e1; src-b by an actor's capital.
    expect(docs.find((d) => d.id === "source:src-a")?.target).toEqual({ kind: "event", id: "e1" });
    expect(docs.find((d) => d.id === "source:src-b")?.target).toEqual({ kind: "actor", code: "USA" });
  });

  it("degrades when files are missing: only what is loaded is indexed", () => {
    const ds = buildDataset();
    const docs = buildSearchDocuments({ events: ds.events });
    expect(docs.map((d) => d.kind)).toEqual(["event", "event"]);
    expect(createSearchIndex(buildSearchDocuments({})).search("anything")).toEqual([]);
  });

  it("normalises case and accents, keeps other scripts", () => {
    expect(normalizeTerm("Türkiye")).toBe("turkiye");
    expect(normalizeTerm("관세")).toBe("관세");
  });
});

describe("createSearchIndexAsync", () => {
  it("gives the same results as the index built at once", async () => {
    const docs = buildSearchDocuments(real);
    const chunked = await createSearchIndexAsync(docs, 100);
    expect(chunked.size).toBe(index.size);
    expect(chunked.search("Section 122")).toEqual(index.search("Section 122"));
  });
});

import { describe, expect, it } from "vitest";
import { dataAsOf } from "../../src/domain/freshness";
import { computeChanges, resolveSince, SUMMIT_DATE, type ChangesData, type IndicatorChange } from "../../src/domain/changes";
import type { Dataset, TariffMeasure } from "../../src/domain/schemas";
import { buildDataset } from "../fixtures/build-dataset";
import relations from "../../data/relations.json";
import events from "../../data/events.json";
import trade from "../../data/trade.json";
import indicators from "../../data/indicators.json";
import article from "../../data/article.json";

const measure = (m: Partial<TariffMeasure> & Pick<TariffMeasure, "id" | "sectors" | "effective" | "ratePct">): TariffMeasure => ({
  status: "in_force",
  instrument: `instrument of ${m.id}`,
  sourceIds: ["src-a"],
  confidence: "verified",
  ...m,
});

/** The shared fixture plus a tariff timeline, series, a relation history, later events and a lapsed claim. */
function fixture(): ChangesData {
  const ds: Dataset = buildDataset();
  ds.trade.tariffs = [
    measure({ id: "korus", sectors: ["autos", "steel", "other"], effective: "2012-03-01", ratePct: 0, instrument: "KORUS FTA" }),
    measure({ id: "steel_50", sectors: ["steel"], effective: "2025-06-04", ratePct: 50, instrument: "Section 232 steel" }),
    measure({ id: "recip_15", sectors: ["other"], effective: "2025-08-07", ratePct: 15, instrument: "IEEPA reciprocal 15%" }),
    measure({ id: "threat_25", sectors: ["other"], effective: "2026-01-26", ratePct: 25, status: "threatened" }),
    measure({ id: "s122_10", sectors: ["other"], effective: "2026-02-24", ratePct: 10, instrument: "Section 122 surcharge", end: "2026-07-24", afterEnd: "unknown", endNote: "What replaced it was not found." }),
  ];
  ds.trade.series = [
    { id: "kor_exports_to_us_korea_reported", label: "Korea's exports to the US", unit: "USD bn", group: "trade", direction: "neutral", points: [
      { date: "2024", value: 127.8, sourceIds: ["src-a"], confidence: "verified" },
      { date: "2025", value: 122.9, sourceIds: ["src-b"], confidence: "secondary" },
    ] },
  ];
  ds.indicators.series = [
    { id: "usfk_troops", label: "USFK troops", unit: "troops", group: "alliance", direction: "neutral", points: [
      { date: "2024", value: 28500, sourceIds: ["src-a"], confidence: "verified" },
      { date: "2026-05", value: 28500, sourceIds: ["src-a"], confidence: "verified" },
    ] },
    { id: "dprk_troops_in_russia", label: "DPRK personnel in Russia", unit: "personnel", group: "threat", direction: "up_bad", points: [
      { date: "2025-06-17", value: 6000, label: "NIS", sourceIds: ["src-a"], confidence: "verified" },
      { date: "2026-02-12", value: 11000, label: "NIS", sourceIds: ["src-a"], confidence: "verified" },
      { date: "2026-02-12", value: 8000, label: "Ukraine", sourceIds: ["src-b"], confidence: "secondary" },
    ] },
    { id: "dprk_launches_japan_mod", label: "Launches", unit: "launch occasions", group: "threat", direction: "up_bad", points: [
      { date: "2024", value: 12, sourceIds: ["src-a"], confidence: "verified" },
      { date: "2025", value: 6, sourceIds: ["src-a"], confidence: "verified" },
      { date: "2026", value: 7, sourceIds: ["src-b"], confidence: "secondary" },
    ] },
    { id: "rok_defense_budget", label: "ROK defence budget", unit: "KRW tn", group: "alliance", direction: "neutral", points: [
      { date: "2024", value: 59.42, sourceIds: ["src-a"], confidence: "verified" },
      { date: "2025", value: 61.25, sourceIds: ["src-a"], confidence: "verified" },
      { date: "2026", value: 65.86, sourceIds: ["src-a"], confidence: "verified" },
    ] },
  ];
  const alliance = ds.relations.records[0]!;
  alliance.history = [
    { date: "2024-01-01", strength: 2, note: "cooled", eventIds: [], sourceIds: ["src-a"], confidence: "verified" },
    { date: "2026-03-10", strength: 1, note: "Patriots moved to the Gulf", eventIds: ["e4"], sourceIds: ["src-b"], confidence: "secondary" },
  ];
  ds.relations.records.push(
    { id: "prk-ukr-hostility", a: "PRK", b: "RUS", type: "hostility", label: "hostility", start: "2025-09-01", strength: 2, description: "d", eventIds: [], indicatorIds: [], sourceIds: ["src-a"] },
    { id: "old-coop", a: "USA", b: "RUS", type: "partnership", label: "talks", start: "2025-01-01", end: "2026-03-19", strength: 1, description: "d", eventIds: [], indicatorIds: [], sourceIds: ["src-a"] },
  );
  ds.events.records.push(
    { id: "e3", date: "2025-08-25", actors: ["USA", "KOR"], type: "diplomacy", title: "Summit", summary: "s", sourceIds: ["src-a"], confidence: "verified" },
    { id: "e4", date: "2026-03-10", actors: ["USA", "KOR"], type: "military", title: "Patriots moved", summary: "s", sourceIds: ["src-a"], confidence: "verified" },
    { id: "e5", date: "2026-02-20", actors: ["USA"], type: "trade", title: "Court ruling", summary: "s", sourceIds: ["src-a"], confidence: "verified" },
    { id: "e6", date: "2026-01-26", actors: ["USA", "KOR"], type: "trade", title: "25% threat", summary: "s", sourceIds: ["src-a"], confidence: "verified" },
    { id: "e7", date: "2026-08-01", actors: ["PRK"], type: "threat", title: "After as-of", summary: "s", sourceIds: ["src-a"], confidence: "verified" },
  );
  ds.article.records.push(
    { id: "c15", section: "trade", text: "tariffs cut to 15%", kind: "fact", status: "verified", check: "ok", eventIds: [], relationIds: [], indicatorIds: [], sourceIds: ["src-a"], lapsed: { date: "2026-02-20", note: "IEEPA void", eventIds: ["e5"], sourceIds: ["src-a"] } },
    { id: "c-old", section: "meeting", text: "an old claim", kind: "fact", status: "verified", check: "ok", eventIds: [], relationIds: [], indicatorIds: [], sourceIds: ["src-a"], lapsed: { date: "2025-01-01", note: "long gone", eventIds: [], sourceIds: ["src-a"] } },
  );
  return ds;
}

const SINCE = "2025-08-25";
const AS_OF = "2026-07-02";
const line = (rows: readonly IndicatorChange[], id: string) => {
  const r = rows.find((x) => x.id === id);
  if (!r) throw new Error(`no line ${id}`);
  return r;
};

describe("computeChanges on a fixture", () => {
  const c = computeChanges(fixture(), SINCE, AS_OF);

  it("reads the tariff by sector on both dates with the legal basis of each", () => {
    const other = c.tariffs.find((t) => t.sector === "other")!;
    expect(other.then.rate).toMatchObject({ status: "known", ratePct: 15, measureIds: ["recip_15"], basis: expect.stringContaining("IEEPA reciprocal 15%") });
    expect(other.now.rate).toMatchObject({ status: "known", ratePct: 10, measureIds: ["s122_10"], basis: expect.stringContaining("Section 122 surcharge") });
    expect(other.deltaPts).toBe(-5);
    expect(other.changed).toBe(true);
    const steel = c.tariffs.find((t) => t.sector === "steel")!;
    expect([steel.then.rate, steel.deltaPts, steel.changed]).toEqual([expect.objectContaining({ status: "known", ratePct: 50, measureIds: ["steel_50"] }), 0, false]);
    expect(steel.now.sourceIds).toEqual(["src-a"]);
  });

  it("a rate the sources leave open after a measure ended is not known, with since when and why", () => {
    const later = computeChanges(fixture(), SINCE, "2026-08-01");
    const other = later.tariffs.find((t) => t.sector === "other")!;
    expect(other.now.rate).toMatchObject({ status: "unknown", since: "2026-07-24", measureIds: ["s122_10"] });
    expect([other.deltaPts, other.changed]).toEqual([null, true]);
    const headline = line(later.indicators, "us-tariff-korea");
    expect(headline.status).toBe("not-known");
    expect(headline.note).toContain("What replaced it was not found.");
  });

  it("never counts a threatened measure", () => {
    expect(computeChanges(fixture(), SINCE, "2026-02-01").tariffs.find((t) => t.sector === "other")!.now.rate).toMatchObject({ ratePct: 15 });
  });

  it("gives each headline indicator its value then and latest, with both dates and the change", () => {
    const tariff = line(c.indicators, "us-tariff-korea");
    expect([tariff.then?.date, tariff.latest?.date, tariff.delta, tariff.status]).toEqual(["2025-08-07", "2026-02-24", -5, "changed"]);
    // A full-year figure counts once its year is over: on 25 Aug 2025 the 2025 total was not known.
    const exports = line(c.indicators, "kor_exports_to_us_korea_reported");
    expect([exports.then?.date, exports.latest?.date, exports.status]).toEqual(["2024", "2025", "changed"]);
    expect(exports.delta).toBeCloseTo(-4.9, 6);
    expect(exports.pct).toBeCloseTo((-4.9 / 127.8) * 100, 6);
    expect(exports.latest?.points[0]?.sourceIds).toEqual(["src-b"]);
    // A flow's year still running on the as-of date counts from its start: the total so far.
    const launches = line(c.indicators, "dprk_launches_japan_mod");
    expect([launches.then?.date, launches.then?.periodOpen, launches.latest?.date, launches.latest?.periodOpen, launches.delta]).toEqual(["2024", false, "2026", true, -5]);
    // A level set for a year (a budget) counts from the year's start: on 25 Aug 2025, the 2025 budget.
    const budget = line(c.indicators, "rok_defense_budget");
    expect([budget.then?.date, budget.latest?.date, budget.latest?.periodOpen, budget.status]).toEqual(["2025", "2026", false, "changed"]);
    expect(budget.delta).toBeCloseTo(4.61, 6);
    const usfk = line(c.indicators, "usfk_troops");
    expect([usfk.then?.date, usfk.latest?.date, usfk.delta, usfk.status]).toEqual(["2024", "2026-05", 0, "unchanged"]);
  });

  it("keeps disputed values and estimates by different estimators side by side, uncompared", () => {
    const troops = line(c.indicators, "dprk_troops_in_russia");
    expect(troops.then?.points.map((p) => p.value)).toEqual([6000]);
    expect(troops.latest?.points.map((p) => [p.value, p.label])).toEqual([[11000, "NIS"], [8000, "Ukraine"]]);
    expect([troops.delta, troops.status]).toEqual([null, "not-comparable"]);
  });

  it("marks a headline whose series is not in the data as missing", () => {
    expect(line(c.indicators, "dprk_warheads_sipri").status).toBe("missing");
  });

  it("finds the relations that began, ended or changed strength", () => {
    expect(c.relations.began.map((l) => l.relation.id)).toEqual(["prk-ukr-hostility"]);
    expect(c.relations.ended.map((l) => [l.relation.id, l.strengthThen, l.strengthNow])).toEqual([["old-coop", 1, null]]);
    const changed = c.relations.strength.map((l) => [l.relation.id, l.strengthThen, l.strengthNow, l.entries.map((h) => h.note)]);
    expect(changed).toEqual([["usa-kor-alliance", 2, 1, ["Patriots moved to the Gulf"]]]);
  });

  it("lists the events after since up to as-of, by actor then type, oldest first", () => {
    expect(c.events.count).toBe(3);
    const groups = c.events.groups.map((g) => [g.actor, g.types.map((t) => [t.type, t.events.map((e) => e.id)])]);
    expect(groups).toEqual([
      ["USA", [["trade", ["e6", "e5"]], ["military", ["e4"]]]],
      ["KOR", [["trade", ["e6"]], ["military", ["e4"]]]],
    ]);
  });

  it("lists the article's claims that lapsed, noting one that had already lapsed by then", () => {
    expect(c.lapsedClaims.map((l) => [l.claim.id, l.before])).toEqual([["c-old", true], ["c15", false]]);
    expect(computeChanges(fixture(), SINCE, "2026-02-19").lapsedClaims.map((l) => l.claim.id)).toEqual(["c-old"]);
  });

  it("is a pure function of the data and the two dates", () => {
    expect(computeChanges(fixture(), SINCE, AS_OF)).toEqual(c);
    const same = computeChanges(fixture(), AS_OF, AS_OF);
    expect(same.tariffs.every((t) => !t.changed)).toBe(true);
    expect(same.events.count).toBe(0);
    expect(same.relations).toEqual({ began: [], ended: [], strength: [], noted: [] });
    expect(same.indicators.filter((i) => i.status === "changed")).toEqual([]);
    // A `since` after the as-of date is taken as the as-of date.
    expect(computeChanges(fixture(), "2027-01-01", AS_OF).since).toBe(AS_OF);
  });
});

describe("resolveSince", () => {
  it("defaults to the summit and clamps to the data's range", () => {
    expect(SUMMIT_DATE).toBe("2025-08-25");
    expect(resolveSince(null, "2022-02-04", "2026-07-02")).toBe("2025-08-25");
    expect(resolveSince("2024-06-19", "2022-02-04", "2026-07-02")).toBe("2024-06-19");
    expect(resolveSince("2019-01-01", "2022-02-04", "2026-07-02")).toBe("2022-02-04");
    expect(resolveSince(null, "2022-02-04", "2025-06-30")).toBe("2025-06-30");
  });
});

describe("computeChanges on the real data, since the summit", () => {
  const data = { relations, events, trade, indicators, article } as unknown as ChangesData;
  // The data's "as of", as the app computes it: the newest sourced item.
  const asOf = dataAsOf({
    events: data.events.records,
    series: [...data.trade.series, ...data.indicators.series],
    tariffs: data.trade.tariffs,
    facts: [...data.trade.dealTerms, ...data.indicators.facts],
    exercises: data.indicators.exercises,
    today: data.events.meta.retrieved > data.trade.meta.retrieved ? data.events.meta.retrieved : data.trade.meta.retrieved,
  })!;
  const c = computeChanges(data, SUMMIT_DATE, asOf);

  it("the data reaches into 2026", () => {
    expect(asOf > "2026-06-01").toBe(true);
  });

  it("the tariff on all other goods went from 15% (IEEPA reciprocal) to 10% (Section 122 surcharge)", () => {
    const other = c.tariffs.find((t) => t.sector === "other")!;
    expect(other.then.rate).toMatchObject({ status: "known", ratePct: 15, measureIds: ["tariff_reciprocal_15"], basis: expect.stringContaining("IEEPA") });
    expect(other.now.rate).toMatchObject({ status: "known", ratePct: 10, measureIds: ["tariff_section122_10"], basis: expect.stringContaining("Section 122") });
    expect(other.deltaPts).toBe(-5);
    expect(other.now.sourceIds.length).toBeGreaterThan(0);
    const headline = c.indicators.find((i) => i.id === "us-tariff-korea")!;
    expect([headline.then?.points[0]?.value, headline.latest?.points[0]?.value, headline.delta]).toEqual([15, 10, -5]);
  });

  it("autos went from 25% to 15% all-in under Section 232; steel stayed at 50%", () => {
    const autos = c.tariffs.find((t) => t.sector === "autos")!;
    expect([autos.then.rate.status === "known" && autos.then.rate.ratePct, autos.now.rate.status === "known" && autos.now.rate.ratePct]).toEqual([25, 15]);
    expect(autos.now.rate).toMatchObject({ basis: expect.stringContaining("Section 232") });
    const steel = c.tariffs.find((t) => t.sector === "steel")!;
    expect(steel.then.rate).toMatchObject({ ratePct: 50, measureIds: ["tariff_steel_232_50"] });
    expect(steel.deltaPts).toBe(0);
  });

  it("the article's 15% claim no longer holds, from 24 Feb 2026", () => {
    const lapsed = c.lapsedClaims.find((l) => l.claim.id === "trade-july-15pct");
    expect(lapsed).toBeDefined();
    expect([lapsed!.lapsed.date, lapsed!.before]).toEqual(["2026-02-24", false]);
    expect(lapsed!.lapsed.sourceIds.length).toBeGreaterThan(0);
    // Seen from before it lapsed, it still held.
    expect(computeChanges(data, SUMMIT_DATE, "2026-02-23").lapsedClaims.map((l) => l.claim.id)).not.toContain("trade-july-15pct");
  });

  it("headline indicators: Korea's exports to the US, 2024 then and 2025 latest; the defence budget, 2025 then and 2026 latest", () => {
    const exports = c.indicators.find((i) => i.id === "kor_exports_to_us_korea_reported")!;
    expect([exports.then?.date, exports.latest?.date, exports.status]).toEqual(["2024", "2025", "changed"]);
    const budget = c.indicators.find((i) => i.id === "rok_defense_budget")!;
    expect([budget.then?.date, budget.latest?.date, budget.status]).toEqual(["2025", "2026", "changed"]);
  });

  it("every line is sourced", () => {
    for (const t of c.tariffs) expect(t.then.sourceIds.length * t.now.sourceIds.length).toBeGreaterThan(0);
    for (const i of c.indicators) for (const side of [i.then, i.latest]) for (const p of side?.points ?? []) expect(p.sourceIds.length).toBeGreaterThan(0);
  });

  it("relations: China–North Korea and South Korea–China began after the summit; others changed without moving strength", () => {
    expect(c.relations.began.map((l) => l.relation.id)).toEqual(expect.arrayContaining(["chn-prk-partnership", "kor-chn-partnership"]));
    expect(c.relations.noted.map((l) => l.relation.id)).toContain("usa-kor-alliance");
    for (const l of c.relations.noted) expect(l.strengthThen).toBe(l.strengthNow);
    for (const l of c.relations.began) expect(l.relation.start > SUMMIT_DATE).toBe(true);
  });

  it("events in between are exactly those after the summit", () => {
    const expected = events.records.filter((e) => e.date > SUMMIT_DATE && e.date <= asOf).length;
    expect(c.events.count).toBe(expected);
    expect(expected).toBeGreaterThan(0);
    expect(c.events.groups.flatMap((g) => g.types.flatMap((t) => t.events)).every((e) => e.date > SUMMIT_DATE)).toBe(true);
  });
});

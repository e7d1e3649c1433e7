import { describe, expect, it } from "vitest";
import tradeJson from "../../data/trade.json";
import eventsJson from "../../data/events.json";
import { eventsFileSchema, tradeFileSchema, type AtlasEvent } from "../../src/domain/schemas";
import { scenarioForEvent, scenarioForRelation } from "../../src/domain/tariff/scenario-for-event";
import { DEFAULT_COMPARE, MAX_COMPARE } from "../../src/domain/tariff/scenario-ref";

const tariffs = tradeFileSchema.parse(tradeJson).tariffs;
const events = eventsFileSchema.parse(eventsJson).records;

describe("scenarioForRelation", () => {
  it("the US–South Korea trade edge opens the headline comparison", () => {
    expect(scenarioForRelation("usa-kor-trade")).toEqual(DEFAULT_COMPARE);
  });

  it.each(["usa-kor-alliance", "prk-rus-alliance"])("%s opens no trade scenario (the alliance edge belongs to Alliance)", (id) => {
    expect(scenarioForRelation(id)).toBeNull();
  });
});

describe("scenarioForEvent", () => {
  it("the threat letter and the deal open KORUS, the threat and the deal", () => {
    expect(scenarioForEvent("2025-07-07-trump-letter-25pct", events, tariffs)).toEqual(DEFAULT_COMPARE);
    expect(scenarioForEvent("2025-07-30-tariff-deal-15pct", events, tariffs)).toEqual(DEFAULT_COMPARE);
  });

  it("a measure that took effect opens the rates in force from that day", () => {
    expect(scenarioForEvent("2025-06-04-steel-aluminium-50pct", events, tariffs)).toEqual([
      { kind: "preset", id: "korus" },
      { kind: "dated", date: "2025-06-04" },
    ]);
  });

  it("the latest measure opens the deal as implemented", () => {
    expect(scenarioForEvent("2025-12-04-federal-register-autos-15pct", events, tariffs)).toEqual([
      { kind: "preset", id: "korus" },
      { kind: "dated", date: "2025-11-01" },
      { kind: "preset", id: "implemented" },
    ]);
  });

  it("an older paused threat becomes a named scenario built from the timeline", () => {
    const refs = scenarioForEvent("2025-04-02-liberation-day-tariffs", events, tariffs);
    expect(refs?.[1]).toEqual({ kind: "dated", date: "2025-04-05" });
    expect(refs?.[2]).toMatchObject({ kind: "custom", name: "Threatened 25% (9 Apr 2025)" });
    const custom = refs?.[2];
    if (custom?.kind === "custom") expect(custom.ratesPct).toMatchObject({ machinery: 25, autos: 25, steel: 25 });
  });

  it("opens nothing for events that are not tariff events", () => {
    expect(scenarioForEvent("2025-08-26-lee-philly-shipyard", events, tariffs)).toBeNull(); // trade, but no tariff record
    const diplomacy = events.find((e) => e.type !== "trade")!;
    expect(scenarioForEvent(diplomacy.id, events, tariffs)).toBeNull();
    expect(scenarioForEvent("no-such-event", events, tariffs)).toBeNull();
  });

  it("a non-trade event is ignored even when a tariff record points at it", () => {
    const relabelled: AtlasEvent[] = events.map((e) => (e.id === "2025-06-04-steel-aluminium-50pct" ? { ...e, type: "diplomacy" } : e));
    expect(scenarioForEvent("2025-06-04-steel-aluminium-50pct", relabelled, tariffs)).toBeNull();
  });

  it("every tariff event gives 2 to 4 scenarios, KORUS first", () => {
    const ids = new Set(tariffs.flatMap((t) => (t.eventId ? [t.eventId] : [])));
    expect(ids.size).toBeGreaterThan(5);
    for (const id of ids) {
      const refs = scenarioForEvent(id, events, tariffs);
      expect(refs, id).not.toBeNull();
      expect(refs!.length).toBeGreaterThanOrEqual(2);
      expect(refs!.length).toBeLessThanOrEqual(MAX_COMPARE);
      expect(refs![0]).toEqual({ kind: "preset", id: "korus" });
    }
  });
});

describe("scenarioForEvent, 2026", () => {
  it.each([
    ["2026-01-26-trump-25pct-korea-threat", { kind: "preset", id: "threat_2026" }],
    ["2026-01-16-lutnick-memory-100pct", { kind: "preset", id: "memory_threat" }],
    ["2026-02-24-ieepa-collection-ends-section-122-10pct", { kind: "preset", id: "surcharge" }],
    ["2026-04-06-sec232-metals-full-value", { kind: "dated", date: "2026-04-06" }],
    ["2026-01-15-sec232-ai-chips-25pct", { kind: "dated", date: "2026-01-15" }],
  ])("%s opens KORUS and its own scenario", (id, ref) => {
    expect(scenarioForEvent(id, events, tariffs)).toEqual([{ kind: "preset", id: "korus" }, ref]);
  });

  it("the ruling opens the last day of the IEEPA 15% and the day it was no longer collected", () => {
    expect(scenarioForEvent("2026-02-20-scotus-ieepa-ruling", events, tariffs)).toEqual([
      { kind: "preset", id: "korus" },
      { kind: "dated", date: "2026-02-23" },
      { kind: "dated", date: "2026-02-24" },
    ]);
  });

  it("the announced 15% becomes a named scenario with competitors at 15% too", () => {
    const refs = scenarioForEvent("2026-02-21-trump-15pct-section-122-announced", events, tariffs);
    expect(refs?.[1]).toMatchObject({ kind: "custom", name: "Announced 15% (24 Feb 2026)", ratesPct: { machinery: 15, autos: 15, petroleum_products: 0 } });
    const custom = refs?.[1];
    if (custom?.kind === "custom") expect(custom.competitorRatesPct).toMatchObject({ machinery: 15, steel: 50 });
  });
});

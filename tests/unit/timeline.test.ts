import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  NO_FILTERS,
  buildTimelineRows,
  eventsMatching,
  firstRowAfter,
  monthIndex,
  monthStart,
  monthlyDensity,
  type EventFilters,
} from "../../src/domain/timeline";
import { ACTOR_CODES, EVENT_TYPES } from "../../src/domain/types";
import { generateEvents } from "../fixtures/generate-events";

const events = generateEvents(400, 7);

describe("eventsMatching", () => {
  it("returns everything with no filters", () => {
    expect(eventsMatching(events, NO_FILTERS)).toHaveLength(400);
  });

  it("combines actor, type and date filters with AND", () => {
    const f: EventFilters = { actors: ["PRK"], types: ["military"], from: "2024-01-01", to: "2024-12-31" };
    const got = eventsMatching(events, f);
    const expected = events.filter(
      (e) => e.actors.includes("PRK") && e.type === "military" && e.date >= "2024-01-01" && e.date <= "2024-12-31",
    );
    expect(got.map((e) => e.id)).toEqual(expected.map((e) => e.id));
    expect(got.length).toBeGreaterThan(0);
  });

  it("matches types through tags too", () => {
    const tagged = [{ ...events[0]!, type: "diplomacy" as const, tags: ["military" as const] }];
    expect(eventsMatching(tagged, { ...NO_FILTERS, types: ["military"] })).toHaveLength(1);
  });

  it("every result passes every filter and nothing passing is left out (property)", () => {
    const filters = fc.record({
      actors: fc.subarray([...ACTOR_CODES]),
      types: fc.subarray([...EVENT_TYPES]),
      from: fc.option(fc.constantFrom("2023-06-01", "2024-01-01", "2025-03-15"), { nil: null }),
      to: fc.option(fc.constantFrom("2023-12-31", "2024-06-30", "2025-12-31"), { nil: null }),
    });
    fc.assert(
      fc.property(filters, (f) => {
        const got = new Set(eventsMatching(events, f).map((e) => e.id));
        for (const e of events) {
          const pass =
            (f.actors.length === 0 || e.actors.some((a) => f.actors.includes(a))) &&
            (f.types.length === 0 || f.types.includes(e.type)) &&
            (f.from === null || e.date >= f.from) &&
            (f.to === null || e.date <= f.to);
          expect(got.has(e.id)).toBe(pass);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe("timeline rows", () => {
  it("groups by month with a header whose count matches its events", () => {
    const rows = buildTimelineRows(events);
    const headers = rows.filter((r) => r.kind === "month");
    const eventRows = rows.filter((r) => r.kind === "event");
    expect(eventRows).toHaveLength(400);
    expect(headers.reduce((s, h) => s + (h.kind === "month" ? h.count : 0), 0)).toBe(400);
    const dates = eventRows.map((r) => (r.kind === "event" ? r.event.date : ""));
    expect([...dates].sort()).toEqual(dates);
  });

  it("finds the first row after a date", () => {
    const rows = buildTimelineRows(events);
    const i = firstRowAfter(rows, "2024-06-15");
    for (const [k, r] of rows.entries()) {
      const d = r.kind === "event" ? r.event.date : `${r.month}-01`;
      expect(d > "2024-06-15").toBe(k >= i);
    }
  });

  it("month steps round-trip", () => {
    expect(monthStart(monthIndex("2024-06-19"))).toBe("2024-06-01");
    expect(monthStart(monthIndex("2025-12-31") + 1)).toBe("2026-01-01");
  });

  it("density counts every event in range once", () => {
    const d = monthlyDensity(events, "2023-01-01", "2025-12-31");
    expect(d).toHaveLength(36);
    expect(d.reduce((a, b) => a + b, 0)).toBe(400);
  });
});

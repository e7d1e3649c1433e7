import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { dataAsOf, endOfPeriod, isDataVersion, isStale, monthsBefore, startOfPeriod } from "../../src/domain/freshness";
import events from "../../data/events.json";
import trade from "../../data/trade.json";
import indicators from "../../data/indicators.json";
import sources from "../../data/sources.json";
import type { EventsFile, IndicatorsFile, SourcesFile, TradeFile } from "../../src/domain/schemas";

const day = fc
  .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2090-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe("endOfPeriod and startOfPeriod", () => {
  it.each([
    ["2025", "2025-12-31", "2025-01-01"],
    ["2026-02", "2026-02-28", "2026-02-01"],
    ["2024-02", "2024-02-29", "2024-02-01"],
    ["2026-06-22", "2026-06-22", "2026-06-22"],
  ])("%s runs from %s to %s", (d, end, start) => {
    expect(endOfPeriod(d)).toBe(end);
    expect(startOfPeriod(d)).toBe(start);
  });
});

describe("monthsBefore", () => {
  it.each([
    ["2026-07-02", 6, "2026-01-02"],
    ["2026-08-31", 6, "2026-02-28"],
    ["2026-03-15", 6, "2025-09-15"],
  ])("%s minus %i months is %s", (d, n, out) => expect(monthsBefore(d, n)).toBe(out));

  it("always gives an earlier real date, at most 6×31 days earlier", () => {
    fc.assert(
      fc.property(day, (d) => {
        const back = monthsBefore(d, 6);
        const gap = (Date.parse(d) - Date.parse(back)) / 86_400_000;
        return /^\d{4}-\d{2}-\d{2}$/.test(back) && !Number.isNaN(Date.parse(back)) && gap >= 181 && gap <= 186;
      }),
    );
  });
});

describe("isStale", () => {
  const asOf = "2026-07-02";
  it.each([
    ["2026-01-02", false],
    ["2026-01-01", true],
    ["2025-12", true],
    ["2026-01", false],
    ["2025", true],
    ["2026", false],
    ["2026-06-22", false],
  ])("a value dated %s is stale on 2 Jul 2026: %s", (d, stale) => expect(isStale(d, asOf)).toBe(stale));

  it("is monotone: if a date is stale, every earlier date is stale too", () => {
    fc.assert(
      fc.property(day, day, day, (a, b, asOfDay) => {
        const [older, newer] = a <= b ? [a, b] : [b, a];
        return !isStale(newer, asOfDay) || isStale(older, asOfDay);
      }),
    );
  });

  it("never calls a value stale when it is no older than the as-of date itself", () => {
    fc.assert(fc.property(day, day, (v, asOfDay) => v < asOfDay || !isStale(v, asOfDay)));
  });

  it("treats a year as its last day: a yearly value is stale exactly when 31 Dec is", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2090 }), day, (y, asOfDay) => isStale(String(y), asOfDay) === isStale(`${y}-12-31`, asOfDay)),
    );
  });
});

describe("dataAsOf", () => {
  it("is the newest sourced date, never one after the compile date", () => {
    expect(
      dataAsOf({
        today: "2026-12-04",
        events: [{ date: "2026-04-19" }, { date: "2026-07-02" }],
        tariffs: [{ effective: "2027-01-01", announced: "2026-06-01" }, { effective: "2026-06-08" }],
        facts: [{ date: "2027-10-01" }, {}],
        exercises: [{ start: "2026-03-09" }],
        series: [{ points: [{ date: "2026-06", sourceIds: ["s"] }] }],
      }),
    ).toBe("2026-07-02");
  });

  it("counts a tariff by its announcement, and a monthly or yearly point by its first day", () => {
    expect(dataAsOf({ today: "2026-12-04", tariffs: [{ effective: "2027-01-01", announced: "2026-06-01" }] })).toBe("2026-06-01");
    expect(dataAsOf({ today: "2026-12-04", series: [{ points: [{ date: "2026-06" }, { date: "2026" }] }] })).toBe("2026-06-01");
  });

  it("counts the date of a source an item cites: a column of 2 Jul on a patrol of 27 Jun", () => {
    const sourceDates = new Map([
      ["column", "2026-07-02"],
      ["plan", "2027-01"],
      ["yearbook", "2026-06"],
    ]);
    const events = [{ date: "2026-06-27", sourceIds: ["column", "unknown-id"] }];
    expect(dataAsOf({ today: "2026-12-04", events })).toBe("2026-06-27");
    expect(dataAsOf({ today: "2026-12-04", events, sourceDates })).toBe("2026-07-02");
    // A source dated after the compile date is a plan, not a report; a month counts from its first day.
    expect(dataAsOf({ today: "2026-12-04", facts: [{ figure: { sourceIds: ["plan", "yearbook"] } }], sourceDates })).toBe("2026-06-01");
  });

  it("is null when nothing is dated", () => expect(dataAsOf({ today: "2026-12-04", events: [] })).toBeNull());

  it("is one of the input dates and no input date at or before today is newer", () => {
    fc.assert(
      fc.property(fc.array(day, { minLength: 1, maxLength: 20 }), day, (dates, today) => {
        const got = dataAsOf({ today, events: dates.map((date) => ({ date })) });
        const eligible = dates.filter((d) => d <= today);
        if (eligible.length === 0) return got === null;
        return got !== null && eligible.includes(got) && eligible.every((d) => d <= got);
      }),
    );
  });

  it("gives the research's newest sourced item for the bundled data (2026-07-02, brief-2026)", () => {
    const ev = events as EventsFile;
    const tr = trade as TradeFile;
    const ind = indicators as IndicatorsFile;
    expect(
      dataAsOf({
        today: ev.meta.retrieved > "2026-12-04" ? ev.meta.retrieved : "2026-12-04",
        sourceDates: new Map((sources as SourcesFile).records.flatMap((r) => (r.date ? [[r.id, r.date] as const] : []))),
        events: ev.records,
        series: [...tr.series, ...ind.series],
        tariffs: tr.tariffs,
        facts: [...tr.dealTerms, ...ind.facts],
        exercises: ind.exercises,
      }),
    ).toBe("2026-07-02");
  });
});

describe("isDataVersion", () => {
  it.each(["2026.12.0", "2025.12.0", "2026.7.3"])("accepts %s", (v) => expect(isDataVersion(v)).toBe(true));
  it.each(["2026.12", "2026.13.0", "2026.07.0", "v2026.12.0", "2026.12.0 ", ""])("rejects %j", (v) => expect(isDataVersion(v)).toBe(false));
});

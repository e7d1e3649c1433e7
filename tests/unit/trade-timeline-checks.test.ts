import { describe, expect, it } from "vitest";
import { validateDataset } from "../../src/domain/validate-dataset";
import { buildRaw } from "../fixtures/build-dataset";

type Json = Record<string, unknown>;

/** A valid tariff record; override what the test is about. */
function measure(over: Json = {}): Json {
  return {
    id: "m1",
    sectors: ["machinery", "other"],
    effective: "2026-02-24",
    ratePct: 10,
    status: "in_force",
    instrument: "A surcharge",
    sourceIds: ["src-a"],
    confidence: "secondary",
    ...over,
  };
}

const deal = measure({ id: "deal", status: "agreed", effective: "2025-07-30", ratePct: 15 });

/** The data:check messages for a dataset whose tariff timeline is `tariffs`. */
function errorsWith(tariffs: Json[]): string[] {
  const raw = buildRaw() as unknown as Json;
  (raw.trade as Json).tariffs = tariffs;
  const r = validateDataset(raw as never);
  return r.ok ? [] : r.error;
}

describe("data:check: the tariff timeline", () => {
  it("accepts ends, exemptions, competitor rates, an announcement and a deal's implementation", () => {
    expect(
      errorsWith([
        deal,
        measure({
          end: "2026-07-24",
          endNote: "Statutory limit.",
          endEventId: "e2",
          afterEnd: "unknown",
          exemptions: [{ sectors: ["steel", "autos"], reason: "Under Section 232." }],
          competitorRatePct: 10,
          competitorNote: "Every supplier.",
        }),
        measure({ id: "m2", status: "announced", ratePct: 15 }),
        measure({ id: "m3", effective: "2025-08-07", ratePct: 15, implements: "deal", coverage: "sector", legalBasis: "IEEPA" }),
      ]),
    ).toEqual([]);
  });

  it.each([
    [
      "an end before its start",
      [measure({ end: "2026-01-01", afterEnd: "reverts" })],
      'trade.json: tariffs (id "m1"), field "end": 2026-01-01 is not after effective 2026-02-24 (end is the first day the measure no longer applies)',
    ],
    [
      "an end on its first day (it would never apply)",
      [measure({ end: "2026-02-24", afterEnd: "reverts" })],
      'trade.json: tariffs (id "m1"), field "end": 2026-02-24 is not after effective 2026-02-24',
    ],
    [
      "an end that does not say what follows",
      [measure({ end: "2026-07-24" })],
      'trade.json: tariffs (id "m1"), field "afterEnd": is required with "end" (say "reverts" or "unknown": what applies once the measure ends)',
    ],
    [
      "afterEnd without an end",
      [measure({ afterEnd: "unknown" })],
      'trade.json: tariffs (id "m1"), field "afterEnd": is set but the measure has no "end"',
    ],
    [
      "an end note without an end",
      [measure({ endNote: "Struck down." })],
      'trade.json: tariffs (id "m1"), field "endNote": is set but the measure has no "end"',
    ],
    [
      "an afterEnd that is neither reverts nor unknown",
      [measure({ end: "2026-07-24", afterEnd: "lapses" })],
      'trade.json: tariffs[0] (id "m1"), field "afterEnd": must be one of "reverts", "unknown"',
    ],
    [
      "an end event that does not exist",
      [measure({ end: "2026-07-24", afterEnd: "reverts", endEventId: "no-such-event" })],
      'trade.json: tariffs (id "m1"), field "endEventId": unknown event id "no-such-event"',
    ],
    [
      "an exemption naming an unknown sector",
      [measure({ exemptions: [{ sectors: ["chips"], reason: "Electronics." }] })],
      'trade.json: tariffs[0] (id "m1"), field "exemptions[0].sectors[0]": must be one of "autos", "auto_parts"',
    ],
    [
      "an exemption with no sector",
      [measure({ exemptions: [{ sectors: [], reason: "Nothing." }] })],
      'trade.json: tariffs[0] (id "m1"), field "exemptions[0].sectors": must name at least one sector',
    ],
    [
      "an exemption with no reason",
      [measure({ exemptions: [{ sectors: ["steel"], reason: "" }] })],
      'trade.json: tariffs[0] (id "m1"), field "exemptions[0].reason": must not be empty',
    ],
    [
      "an exempt sector also listed as covered",
      [measure({ exemptions: [{ sectors: ["steel", "machinery"], reason: "Under Section 232." }] })],
      'trade.json: tariffs (id "m1"), field "exemptions[0].sectors": "machinery" is exempt but also listed as covered in "sectors"',
    ],
    [
      "a sector exempted twice",
      [measure({ exemptions: [{ sectors: ["steel"], reason: "A." }, { sectors: ["steel"], reason: "B." }] })],
      'trade.json: tariffs (id "m1"), field "exemptions[1].sectors": "steel" is already exempt in exemptions[0]',
    ],
    [
      "an unknown status",
      [measure({ status: "rumoured" })],
      'trade.json: tariffs[0] (id "m1"), field "status": must be one of "in_force", "threatened", "agreed", "announced"',
    ],
    [
      "a competitor rate over 100%",
      [measure({ competitorRatePct: 150 })],
      'trade.json: tariffs[0] (id "m1"), field "competitorRatePct"',
    ],
    [
      "a competitor note without a competitor rate",
      [measure({ competitorNote: "Every supplier." })],
      'trade.json: tariffs (id "m1"), field "competitorNote": is set but the measure has no "competitorRatePct"',
    ],
    [
      "implements naming no record",
      [measure({ implements: "nothing" })],
      'trade.json: tariffs (id "m1"), field "implements": unknown tariff id "nothing"',
    ],
    [
      "implements naming a measure that is not an agreement",
      [measure({ id: "m0" }), measure({ implements: "m0" })],
      'trade.json: tariffs (id "m1"), field "implements": "m0" is in force, not an agreed measure',
    ],
    [
      "a threat that claims to implement a deal",
      [deal, measure({ status: "threatened", implements: "deal" })],
      'trade.json: tariffs (id "m1"), field "implements": only an in-force measure implements a deal (this one is threatened)',
    ],
  ])("rejects %s with a precise message", (_name, tariffs, message) => {
    const errors = errorsWith(tariffs as Json[]);
    expect(errors.some((e) => e.startsWith(message)), errors.join("\n")).toBe(true);
  });
});

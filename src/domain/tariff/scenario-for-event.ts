/**
 * Links from the map and the timeline to the Trade comparison: which scenarios to show when the
 * user selects the US–South Korea edge or a tariff event. Pure; the trade feature applies the result.
 */
import type { AtlasEvent, TariffMeasure } from "../schemas";
import {
  findDealMeasure,
  findThreatMeasure,
  latestInForceDate,
  measureScenario,
} from "./presets";
import { DEFAULT_COMPARE, MAX_COMPARE, sameScenarioRef, type ScenarioRef } from "./scenario-ref";

/** The edges that open the Trade comparison. */
export const TRADE_LINKED_RELATIONS = ["usa-kor-trade"] as const;

/** The comparison to open for a selected relation, or null when the relation is not linked. */
export function scenarioForRelation(relationId: string): ScenarioRef[] | null {
  return (TRADE_LINKED_RELATIONS as readonly string[]).includes(relationId) ? [...DEFAULT_COMPARE] : null;
}

function byEffective(a: TariffMeasure, b: TariffMeasure): number {
  return a.effective < b.effective ? -1 : a.effective > b.effective ? 1 : 0;
}

/** The scenario that shows one tariff record. */
function refForMeasure(m: TariffMeasure, tariffs: readonly TariffMeasure[]): ScenarioRef {
  if (m.id === findThreatMeasure(tariffs)?.id) return { kind: "preset", id: "threat" };
  if (m.id === findDealMeasure(tariffs)?.id) return { kind: "preset", id: "deal" };
  if (m.status === "in_force") {
    return m.effective === latestInForceDate(tariffs) ? { kind: "preset", id: "implemented" } : { kind: "dated", date: m.effective };
  }
  // An older threat (e.g. the paused April rate): its rates, built from the timeline, as a named custom scenario.
  const basis = measureScenario(tariffs, m);
  return { kind: "custom", name: basis.label, ratesPct: basis.ratesPct };
}

/**
 * The comparison to open for a selected event: the KORUS baseline first, then one scenario per
 * tariff record that references the event (oldest first). The threat and the deal are always shown
 * together (the headline comparison). Null when the event is not a trade event or no tariff record
 * references it. At most MAX_COMPARE scenarios.
 */
export function scenarioForEvent(
  eventId: string,
  events: readonly AtlasEvent[],
  tariffs: readonly TariffMeasure[],
): ScenarioRef[] | null {
  const event = events.find((e) => e.id === eventId);
  if (!event || event.type !== "trade") return null;
  const records = tariffs.filter((t) => t.eventId === eventId).sort(byEffective);
  if (records.length === 0) return null;
  const refs: ScenarioRef[] = [{ kind: "preset", id: "korus" }];
  const add = (r: ScenarioRef) => {
    if (refs.length < MAX_COMPARE && !refs.some((x) => sameScenarioRef(x, r))) refs.push(r);
  };
  const own = records.map((m) => refForMeasure(m, tariffs));
  const headline = own.some((r) => r.kind === "preset" && (r.id === "threat" || r.id === "deal"));
  if (headline) DEFAULT_COMPARE.forEach(add);
  own.forEach(add);
  return refs;
}

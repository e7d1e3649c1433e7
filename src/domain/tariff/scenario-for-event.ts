/**
 * Links from the map and the timeline to the Trade comparison: which scenarios to show when the
 * user selects the US–South Korea edge or a tariff event. Pure; the trade feature applies the result.
 */
import type { AtlasEvent, TariffMeasure } from "../schemas";
import {
  dayBefore,
  findChipThreat,
  findDealMeasure,
  findLaterThreat,
  findOpenEndedMeasure,
  findThreatMeasure,
  implementedDate,
  measureScenario,
} from "./presets";
import { customRef, DEFAULT_COMPARE, MAX_COMPARE, sameScenarioRef, type ScenarioRef } from "./scenario-ref";

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
  if (m.id === findLaterThreat(tariffs)?.id) return { kind: "preset", id: "threat_2026" };
  if (m.id === findChipThreat(tariffs)?.id) return { kind: "preset", id: "memory_threat" };
  if (m.id === findOpenEndedMeasure(tariffs)?.id) return { kind: "preset", id: "surcharge" };
  if (m.status === "in_force") {
    return m.implements !== undefined && m.effective === implementedDate(tariffs)
      ? { kind: "preset", id: "implemented" }
      : { kind: "dated", date: m.effective };
  }
  // An older threat (e.g. the paused April rate) or an announcement: its rates, built from the timeline, as a named custom scenario.
  const basis = measureScenario(tariffs, m);
  return customRef(basis.label, basis.ratesPct, basis.competitorRatesPct);
}

/** The scenario that shows what applied once a measure ended (the day it ended). */
function refForEnd(m: TariffMeasure, tariffs: readonly TariffMeasure[]): ScenarioRef | null {
  if (!m.end) return null;
  if (m.id === findOpenEndedMeasure(tariffs)?.id) return { kind: "preset", id: "surcharge_lapse" };
  return { kind: "dated", date: m.end };
}

/**
 * The comparison to open for a selected event: the KORUS baseline first, then one scenario per
 * tariff record that references the event (oldest first): its own rates for `eventId`, the rates
 * from the day it ended for `endEventId` (with the rates in force just before). The threat and the
 * deal are always shown together (the headline comparison). Null when the event is neither a trade
 * nor a threat event, or no tariff record references it. At most MAX_COMPARE scenarios.
 */
export function scenarioForEvent(
  eventId: string,
  events: readonly AtlasEvent[],
  tariffs: readonly TariffMeasure[],
): ScenarioRef[] | null {
  const event = events.find((e) => e.id === eventId);
  // Trade events, and threats (a tariff threat is a "threat" event), that a tariff record names.
  if (!event || (event.type !== "trade" && event.type !== "threat")) return null;
  const records = tariffs.filter((t) => t.eventId === eventId).sort(byEffective);
  const ended = tariffs.filter((t) => t.endEventId === eventId && t.end !== undefined).sort(byEffective);
  if (records.length === 0 && ended.length === 0) return null;
  const refs: ScenarioRef[] = [{ kind: "preset", id: "korus" }];
  const add = (r: ScenarioRef) => {
    if (refs.length < MAX_COMPARE && !refs.some((x) => sameScenarioRef(x, r))) refs.push(r);
  };
  const own = records.map((m) => refForMeasure(m, tariffs));
  const headline = own.some((r) => r.kind === "preset" && (r.id === "threat" || r.id === "deal"));
  if (headline) DEFAULT_COMPARE.forEach(add);
  own.forEach(add);
  for (const m of ended) {
    const after = refForEnd(m, tariffs);
    if (!after) continue;
    // The last day it applied, then the day it no longer did.
    add({ kind: "dated", date: dayBefore(m.end ?? m.effective) });
    add(after);
  }
  return refs;
}

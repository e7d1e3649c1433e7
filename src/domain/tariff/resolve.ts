/**
 * Turns the refs of a comparison into scenarios with labels and rates, reading presets from the
 * tariff timeline. Pure: the date for "Tariffs in force on" comes in as `asOf` (the date chosen in
 * the Trade panel, else the time scrubber's).
 */
import type { TariffMeasure } from "../schemas";
import type { IsoDate } from "../types";
import { buildPreset, datedScenario, uniformRates, type ScenarioBasis } from "./presets";
import type { ScenarioRef } from "./scenario-ref";

export interface ResolvedScenario extends ScenarioBasis {
  /** Unique within the comparison ("s0"…"s3"): chart data keys and React keys. */
  key: string;
  ref: ScenarioRef;
  index: number;
}

/** The basis of one ref; null when a preset cannot be built from the data. */
export function resolveScenario(ref: ScenarioRef, tariffs: readonly TariffMeasure[], asOf: IsoDate | null): ScenarioBasis | null {
  switch (ref.kind) {
    case "preset":
      return buildPreset(ref.id, tariffs, asOf);
    case "dated":
      return datedScenario(tariffs, ref.date);
    case "custom": {
      const competitorRatesPct = ref.competitorRatesPct ?? uniformRates(0);
      const assumptions = ref.competitorRatesPct
        ? ["Competitors' tariffs set by you."]
        : ["Competitors' tariffs stay at their 2024 level in every sector (only Korea's tariff changes); set them in the custom editor."];
      return {
        label: ref.name,
        description: "Custom scenario: tariffs set by you.",
        ratesPct: ref.ratesPct,
        competitorRatesPct,
        measureIds: [],
        assumptions,
        descriptionParts: [{ kind: "lead", lead: "custom" }],
        assumptionParts: [{ kind: ref.competitorRatesPct ? "custom_competitors_set" : "custom_competitors_default" }],
      };
    }
  }
}

/** Resolves every ref in order; refs that cannot be built are left out and listed in `missing`. */
export function resolveScenarios(
  refs: readonly ScenarioRef[],
  tariffs: readonly TariffMeasure[],
  asOf: IsoDate | null,
): { scenarios: ResolvedScenario[]; missing: ScenarioRef[] } {
  const scenarios: ResolvedScenario[] = [];
  const missing: ScenarioRef[] = [];
  refs.forEach((ref, index) => {
    const basis = resolveScenario(ref, tariffs, asOf);
    if (basis) scenarios.push({ ...basis, key: `s${index}`, ref, index });
    else missing.push(ref);
  });
  return { scenarios, missing };
}

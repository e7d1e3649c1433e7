/**
 * The parts of the saved-scenarios format that need no schema: its types, the writer and the copy
 * namer. The store imports these on the first screen; reading (with zod) lives in
 * saved-scenarios-codec.ts and loads with the Trade panel.
 */
import type { SectorRates } from "./presets";
import { SCENARIO_NAME_MAX } from "./scenario-ref";

export const SAVED_SCENARIOS_VERSION = 2;

export interface SavedScenario {
  id: string;
  name: string;
  ratesPct: SectorRates;
  /** Competitors' rates; absent (0 % everywhere) in data saved before they existed. */
  competitorRatesPct?: SectorRates;
  /** ISO timestamp of the last save. */
  savedAt: string;
}

export interface SavedScenariosRead {
  scenarios: SavedScenario[];
  /** One line per thing that was set aside or changed; empty when the data was clean. */
  problems: string[];
  /** True when the stored text holds something not in `scenarios`: keep a copy before overwriting it. */
  preserveRaw: boolean;
  /** True when old-version data was converted (it should be written back in the current version). */
  migrated: boolean;
}

/** The stored text for a list (current version). */
export function serializeSavedScenarios(scenarios: readonly SavedScenario[]): string {
  return JSON.stringify({ version: SAVED_SCENARIOS_VERSION, scenarios });
}

/** "Name (copy)", "Name (copy 2)"… not yet used in `taken`, within the name length limit. */
export function copyName(name: string, taken: readonly string[]): string {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? " (copy)" : ` (copy ${n})`;
    const base = [...name].slice(0, SCENARIO_NAME_MAX - suffix.length).join("").trimEnd();
    const candidate = `${base}${suffix}`;
    if (!taken.includes(candidate)) return candidate;
  }
}

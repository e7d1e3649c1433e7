/**
 * localStorage for the user's saved scenarios: where they live and how a list is written. Never
 * throws: a browser without storage or a full quota comes back as a message. Reading (which
 * validates with zod) is in saved-scenarios.ts and loads with the Trade panel, not the first screen.
 */
import { serializeSavedScenarios, type SavedScenario } from "../domain/tariff/saved-scenarios-format";

export const SAVED_SCENARIOS_KEY = "alliance-atlas:saved-scenarios";
/** Prefix of the keys where unreadable saved data is kept aside (never deleted by the app). */
export const SAVED_SCENARIOS_BACKUP_PREFIX = `${SAVED_SCENARIOS_KEY}:set-aside:`;

/** The page's localStorage, or null where it is unavailable (privacy mode, sandboxed frames). */
export function browserStorage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}

export interface LoadedScenarios {
  scenarios: SavedScenario[];
  /** What was recovered or set aside, for a notice; empty when everything was read cleanly. */
  problems: string[];
  /** False when unreadable data could not be copied aside: writing would lose it, so saves stay in memory. */
  writable: boolean;
}

/** Writes the list; returns an error message instead of throwing. */
export function storeSavedScenarios(storage: Storage | null, scenarios: readonly SavedScenario[]): string | null {
  if (!storage) return "This browser does not allow saving; the scenario is kept until the page is closed.";
  try {
    storage.setItem(SAVED_SCENARIOS_KEY, serializeSavedScenarios(scenarios));
    return null;
  } catch {
    return "The scenario could not be saved: this browser's storage is full or blocked.";
  }
}

/**
 * localStorage for the user's saved scenarios. The format and its recovery rules live in the domain
 * (saved-scenarios-codec.ts); this file only touches the browser storage, and never throws: a
 * browser without storage, a full quota or damaged data all come back as messages.
 */
import {
  parseSavedScenarios,
  serializeSavedScenarios,
  type SavedScenario,
} from "../domain/tariff/saved-scenarios-codec";

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

/**
 * Reads the saved scenarios. Unreadable data is copied to a set-aside key before the cleaned list
 * replaces it, so nothing the user saved is lost; other keys are never touched.
 */
export function loadSavedScenarios(storage: Storage | null, now: () => number = Date.now): LoadedScenarios {
  if (!storage) return { scenarios: [], problems: [], writable: false };
  let raw: string | null;
  try {
    raw = storage.getItem(SAVED_SCENARIOS_KEY);
  } catch {
    return { scenarios: [], problems: ["Saved scenarios could not be read from this browser's storage."], writable: false };
  }
  const read = parseSavedScenarios(raw);
  const problems = [...read.problems];
  let writable = true;
  if (read.preserveRaw && raw !== null) {
    const backupKey = `${SAVED_SCENARIOS_BACKUP_PREFIX}${now()}`;
    try {
      storage.setItem(backupKey, raw);
      storage.setItem(SAVED_SCENARIOS_KEY, serializeSavedScenarios(read.scenarios));
      problems.push(`A copy of the original saved data was kept in this browser under "${backupKey}".`);
    } catch {
      problems.push("The original saved data was left untouched because no copy could be made (storage is full); new saves last until the page is closed.");
      writable = false;
    }
  }
  return { scenarios: read.scenarios, problems, writable };
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

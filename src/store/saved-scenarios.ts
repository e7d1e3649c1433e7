/**
 * Reading the user's saved scenarios from localStorage. The format and its recovery rules live in
 * the domain (saved-scenarios-codec.ts); this file only touches the browser storage, and never
 * throws: damaged data comes back as messages, and is copied aside before anything replaces it.
 */
import { parseSavedScenarios } from "../domain/tariff/saved-scenarios-codec";
import { serializeSavedScenarios } from "../domain/tariff/saved-scenarios-format";
import { SAVED_SCENARIOS_BACKUP_PREFIX, SAVED_SCENARIOS_KEY, type LoadedScenarios } from "./saved-scenarios-storage";

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

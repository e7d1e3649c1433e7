/**
 * The panels' files and the schema check (zod), as the app loads them right after the map has
 * painted (app/lazy-panels.tsx): importing this module registers the files (extra-data.ts) and starts
 * checking every file, one per task, yielding to the page in between so that clicks on the map are
 * answered during the check. `dataCheckDone` resolves once the check is registered; the panels wait
 * for it, so they never draw an unchecked file. Tests register the check at once (validation.ts).
 */
import "./extra-data";
import { crossCheck, validateFile } from "../domain/validate-dataset";
import { registerValidatorInSteps } from "./dataset";

type Scheduler = { yield?: () => Promise<void> };

/** A new task: `scheduler.yield()` where there is one (it resumes ahead of other tasks), else a timer. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export const dataCheckDone: Promise<void> = registerValidatorInSteps({ validateFile, crossCheck }, yieldToPage);

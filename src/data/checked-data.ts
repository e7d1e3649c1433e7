/**
 * The panels' files and the schema check (zod), as the app loads them right after the map has
 * painted (app/lazy-panels.tsx): importing this module loads and registers the files (extra-data.ts)
 * and checks every file. The check runs in a worker (check-worker.ts), so the page's main thread only
 * hands the files over, one per task, and stays free for clicks on the map; where there is no worker
 * (or it fails), the page checks the files itself, one per task, yielding in between.
 * `dataCheckDone` resolves once the check is registered; the panels wait for it, so they never draw
 * an unchecked file. Tests register the check at once (validation.ts).
 */
import { DATA_FILE_NAMES, dataChecked, rawDataFile, registerValidator, registerValidatorInSteps } from "./dataset";
import { isCheckReport, validatorFromReport, type CheckMessage } from "./check-report";
import type { DataFileName } from "../domain/schemas";

type Scheduler = { yield?: () => Promise<void> };

/** A new task: `scheduler.yield()` where there is one (it resumes ahead of other tasks), else a timer. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The check's worker, or why there is none (no Worker here, or it could not start). */
function startWorker(): Worker | Error {
  if (typeof Worker !== "function") return new Error("no Worker here");
  try {
    return new Worker(new URL("./check-worker.ts", import.meta.url), { type: "module", name: "data-check" });
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

/** Checks the files in `worker` and registers its report; rejects when there is no worker or it fails. */
function checkInWorker(worker: Worker | Error): Promise<void> {
  return new Promise((resolve, reject) => {
    if (worker instanceof Error) {
      reject(worker);
      return;
    }
    const sent: Partial<Record<DataFileName, unknown>> = {};
    const fail = (why: string) => {
      worker.terminate();
      reject(new Error(why));
    };
    worker.onmessage = (e: MessageEvent<unknown>) => {
      worker.terminate();
      if (!isCheckReport(e.data)) {
        reject(new Error("the check worker sent something other than a report"));
        return;
      }
      if (!dataChecked()) registerValidator(validatorFromReport(e.data, sent));
      resolve();
    };
    worker.onerror = (e) => {
      e.preventDefault();
      fail(`the check worker failed: ${e.message}`);
    };
    worker.onmessageerror = () => fail("the check worker could not read a message");
    void (async () => {
      try {
        for (const name of DATA_FILE_NAMES) {
          const file = rawDataFile(name);
          if (file === undefined) continue;
          // Each file is copied to the worker in a task of its own.
          await yieldToPage();
          sent[name] = file;
          worker.postMessage({ kind: "file", name, file } satisfies CheckMessage);
        }
        worker.postMessage({ kind: "done", expected: DATA_FILE_NAMES } satisfies CheckMessage);
      } catch (e) {
        fail(`the files could not be sent to the check worker: ${String(e)}`);
      }
    })();
  });
}

/** The page's own check, in steps (zod is loaded only now, as a chunk of its own). */
async function checkOnPage(): Promise<void> {
  const { crossCheck, validateFile } = await import("../domain/validate-dataset");
  await registerValidatorInSteps({ validateFile, crossCheck }, yieldToPage);
}

// The worker starts at once (its script and zod load while the panels' files download); the files
// are sent once they have loaded and registered themselves (extra-data.ts).
const worker = startWorker();
export const dataCheckDone: Promise<void> = import("./extra-data").then(
  () => checkInWorker(worker).catch(() => checkOnPage()),
  (e: unknown) => {
    if (!(worker instanceof Error)) worker.terminate();
    throw e;
  },
);

/// <reference lib="webworker" />
/**
 * The schema check (zod) in a worker, started by checked-data.ts right after the map has painted:
 * the page sends its data files one message each, then which files there should be; each file is
 * checked here, off the page's main thread, and one report goes back (check-report.ts).
 */
import { crossCheck, validateFile } from "../domain/validate-dataset";
import type { DataFileName } from "../domain/schemas";
import { checkReport, type CheckMessage } from "./check-report";

const files: Partial<Record<DataFileName, unknown>> = {};

self.onmessage = (e: MessageEvent<CheckMessage>) => {
  const m = e.data;
  if (m.kind === "file") files[m.name] = m.file;
  else self.postMessage(checkReport(files, m.expected, { validateFile, crossCheck }));
};

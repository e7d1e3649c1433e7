import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { checkReport, isCheckReport, validatorFromReport, type CheckMessage, type CheckReport } from "../../src/data/check-report";
import { crossCheck, validateFile } from "../../src/domain/validate-dataset";
import type { DataFileName } from "../../src/domain/schemas";
import { DATA_FILE_NAMES as NAMES } from "../../src/data/dataset";
import { buildRaw } from "../fixtures/build-dataset";

type Json = Record<string, unknown>;
const realValidator = { validateFile, crossCheck };

function brokenActorsRaw(): Json {
  const raw = buildRaw() as unknown as Json;
  (raw.actors as { records: Json[] }).records[0]!.capital = "Seoul";
  return raw;
}

describe("the check's report (what the worker sends back)", () => {
  it("passes a sound dataset file by file and carries the cross-reference problems", () => {
    const raw = buildRaw() as unknown as Json;
    const report = checkReport(raw, NAMES, realValidator);
    expect(Object.keys(report.files).sort()).toEqual([...NAMES].sort());
    expect(Object.values(report.files).every((f) => f.ok)).toBe(true);
    expect(report.cross).toEqual(crossCheck(raw as never));
  });

  it("fails a broken file with the very problems the page's own check reports, and skips the cross-references", () => {
    const raw = brokenActorsRaw();
    const report = checkReport(raw, NAMES, realValidator);
    const direct = validateFile("actors", raw.actors);
    expect(direct.ok).toBe(false);
    expect(report.files.actors).toEqual({ ok: false, error: direct.ok ? [] : direct.error });
    expect(report.files.actors?.ok === false && report.files.actors.error.some((p) => p.includes("capital"))).toBe(true);
    expect(report.cross).toBeNull();
  });

  it("does not cross-check while a file is missing", () => {
    const raw = buildRaw() as unknown as Json;
    delete raw.events;
    const report = checkReport(raw, NAMES, realValidator);
    expect(report.files.events).toBeUndefined();
    expect(report.cross).toBeNull();
  });

  it("recognises a report and nothing else", () => {
    expect(isCheckReport(checkReport(buildRaw() as unknown as Json, NAMES, realValidator))).toBe(true);
    expect(isCheckReport({ files: { actors: { ok: false, error: ["x"] } }, cross: null })).toBe(true);
    for (const junk of [null, 3, "report", {}, { files: null, cross: [] }, { files: {}, cross: [1] }, { files: { actors: { ok: "yes" } }, cross: [] }, { files: { actors: { ok: false, error: "x" } }, cross: null }])
      expect(isCheckReport(junk)).toBe(false);
  });

  it("answers for the checked file objects only: the same object passes as itself, any other fails as unchecked", () => {
    const raw = buildRaw() as unknown as Json;
    const report = checkReport(raw, NAMES, realValidator);
    const v = validatorFromReport(report, raw);
    const same = v.validateFile("actors", raw.actors);
    expect(same.ok && same.value).toBe(raw.actors);
    const copy = structuredClone(raw.actors);
    const other = v.validateFile("actors", copy);
    expect(other.ok).toBe(false);
    expect(other.ok ? [] : other.error).toEqual(["actors.json: not checked (the file changed after the check ran)"]);
    expect(v.crossCheck(raw as never)).toEqual(report.cross);
    expect(v.crossCheck({ ...raw, events: copy } as never)).toEqual(["dataset: cross-references not checked (a file changed after the check ran)"]);
  });

  it("passes on a failed file's problems", () => {
    const raw = brokenActorsRaw();
    const v = validatorFromReport(checkReport(raw, NAMES, realValidator), raw);
    const r = v.validateFile("actors", raw.actors);
    const direct = validateFile("actors", raw.actors);
    expect(r).toEqual(direct);
  });
});

/**
 * A stand-in for the browser's Worker: runs the worker's side (check-worker.ts does the same with
 * checkReport) when the page says it has sent every file, and answers in a later task.
 */
class FakeWorker {
  static last: FakeWorker | null = null;
  static reply: ((files: Json, expected: readonly DataFileName[]) => unknown) | null = null;
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: { message: string; preventDefault: () => void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  readonly messages: CheckMessage[] = [];
  terminated = false;
  private readonly files: Json = {};
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.last = this;
  }
  postMessage(m: CheckMessage) {
    this.messages.push(m);
    if (m.kind === "file") this.files[m.name] = structuredClone(m.file);
    else {
      const data = (FakeWorker.reply ?? ((files, expected) => checkReport(files, expected, realValidator)))(this.files, m.expected);
      setTimeout(() => this.onmessage?.({ data }), 0);
    }
  }
  terminate() {
    this.terminated = true;
  }
}

/** A fresh module graph (dataset, checked-data) with no check registered, as in a page that has just painted its map. */
async function freshPage(raw?: Json) {
  vi.resetModules();
  const dataset = await import("../../src/data/dataset");
  if (raw) dataset.setRawDataForTests(raw as never);
  expect(dataset.dataChecked()).toBe(false);
  const { dataCheckDone } = await import("../../src/data/checked-data");
  await dataCheckDone;
  return dataset;
}

describe("the app's data check (checked-data.ts)", () => {
  beforeEach(() => {
    FakeWorker.last = null;
    FakeWorker.reply = null;
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("sends each file to a module worker in a message of its own, then registers the worker's verdict", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    const dataset = await freshPage();
    const w = FakeWorker.last;
    expect(w).not.toBeNull();
    expect(w!.options.type).toBe("module");
    expect(String(w!.url)).toMatch(/check-worker\.ts$/);
    expect(w!.messages.map((m) => (m.kind === "file" ? m.name : "done"))).toEqual([...dataset.DATA_FILE_NAMES, "done"]);
    expect(w!.terminated).toBe(true);
    expect(dataset.dataChecked()).toBe(true);
    expect(dataset.dataProblems()).toEqual([]);
    expect(dataset.requireDataFile("actors").records.length).toBeGreaterThan(0);
  });

  it("reports a broken file found by the worker with the page check's own words, and serves the rest", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    const raw = brokenActorsRaw();
    const dataset = await freshPage(raw);
    const direct = validateFile("actors", raw.actors);
    expect(dataset.dataProblems()).toEqual(direct.ok ? [] : direct.error);
    expect(() => dataset.requireDataFile("actors")).toThrow(dataset.DataFileError);
    expect(dataset.requireDataFile("events").records.length).toBeGreaterThan(0);
  });

  it.each([
    ["there is no Worker", undefined],
    [
      "the worker cannot start",
      class {
        constructor() {
          throw new Error("blocked");
        }
      },
    ],
  ])("checks on the page itself when %s", async (_why, worker) => {
    vi.stubGlobal("Worker", worker);
    const raw = brokenActorsRaw();
    const dataset = await freshPage(raw);
    const direct = validateFile("actors", raw.actors);
    expect(dataset.dataChecked()).toBe(true);
    expect(dataset.dataProblems()).toEqual(direct.ok ? [] : direct.error);
  });

  it("checks on the page itself when the worker answers with something that is not a report", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    FakeWorker.reply = () => ({ files: "all fine" });
    const raw = brokenActorsRaw();
    const dataset = await freshPage(raw);
    expect(FakeWorker.last?.terminated).toBe(true);
    const direct = validateFile("actors", raw.actors);
    expect(dataset.dataProblems()).toEqual(direct.ok ? [] : direct.error);
  });

  it("checks on the page itself when the worker fails", async () => {
    class FailingWorker extends FakeWorker {
      override postMessage(m: CheckMessage) {
        this.messages.push(m);
        if (m.kind === "done") setTimeout(() => this.onerror?.({ message: "boom", preventDefault: () => {} }), 0);
      }
    }
    vi.stubGlobal("Worker", FailingWorker);
    const dataset = await freshPage();
    expect(FakeWorker.last?.terminated).toBe(true);
    expect(dataset.dataChecked()).toBe(true);
    expect(dataset.dataProblems()).toEqual([]);
  });

  it("leaves a check registered meanwhile alone", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    const bogus: CheckReport = { files: Object.fromEntries(NAMES.map((n) => [n, { ok: false, error: [`${n}: bogus`] }])), cross: null };
    FakeWorker.reply = () => bogus;
    vi.resetModules();
    const dataset = await import("../../src/data/dataset");
    const { dataCheckDone } = await import("../../src/data/checked-data");
    dataset.registerValidator(realValidator);
    await dataCheckDone;
    expect(dataset.dataProblems()).toEqual([]);
  });
});

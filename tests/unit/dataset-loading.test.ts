import { afterEach, describe, expect, it } from "vitest";
import {
  DATA_FILE_NAMES,
  DataFileError,
  allDataLoaded,
  dataChecked,
  dataProblems,
  dataRevision,
  registerValidator,
  registerValidatorInSteps,
  requireDataFile,
  setRawDataForTests,
  subscribeData,
} from "../../src/data/dataset";
import { urlVocabulary } from "../../src/data/url-vocabulary";
import { currentDataAsOf } from "../../src/data/data-status";
import { DATA_FILES } from "../../src/domain/schemas";
import { crossCheck, validateFile } from "../../src/domain/validate-dataset";
import { buildRaw } from "../fixtures/build-dataset";

type Json = Record<string, unknown>;
const realValidator = { validateFile, crossCheck };

afterEach(() => {
  setRawDataForTests(null);
  registerValidator(realValidator);
});

function brokenActors() {
  const raw = buildRaw() as unknown as Json;
  const actors = (raw.actors as { records: Json[] }).records;
  actors[0]!.capital = "Seoul";
  return raw as never;
}

describe("the dataset before and after the schema check has loaded", () => {
  it("names every file that has a schema", () => {
    expect([...DATA_FILE_NAMES].sort()).toEqual(Object.keys(DATA_FILES).sort());
  });

  it("serves the bundled files unchecked until the check arrives, then fails a broken file with precise problems", () => {
    registerValidator(null);
    setRawDataForTests(brokenActors());
    expect(dataChecked()).toBe(false);
    expect(dataProblems()).toEqual([]);
    // Provisional: the map may draw it (a damaged record then fails in its region's error boundary).
    expect(requireDataFile("actors").records[0]?.capital).toBe("Seoul");

    const seen: number[] = [];
    const stop = subscribeData(() => seen.push(dataRevision()));
    const before = dataRevision();
    registerValidator(realValidator);
    stop();
    expect(seen).toEqual([before + 1]);
    expect(dataChecked()).toBe(true);
    expect(() => requireDataFile("actors")).toThrow(DataFileError);
    let problems: string[] = [];
    try {
      requireDataFile("actors");
    } catch (e) {
      problems = (e as DataFileError).problems;
    }
    expect(problems).toEqual(['actors.json: records[0] (id "USA"), field "capital": expected object, got string']);
    expect(dataProblems().join("\n")).toMatch(/actors\.json/);
  });

  it("keeps a file's identity when it passes the check, so nothing drawn early is drawn again", () => {
    registerValidator(null);
    const raw = buildRaw();
    setRawDataForTests(raw);
    const early = requireDataFile("relations");
    const seen: number[] = [];
    const stop = subscribeData(() => seen.push(dataRevision()));
    const before = dataRevision();
    registerValidator(realValidator);
    stop();
    // Listeners are told (the problem report waits for the check), but the revision the views
    // redraw on stays: every file came out of the check as it was served.
    expect(seen).toEqual([before]);
    expect(dataChecked()).toBe(true);
    expect(requireDataFile("relations")).toBe(early);
    expect(allDataLoaded()).toBe(true);
    expect(dataProblems()).toEqual([]);
  });

  it("reads a link's vocabulary from damaged, unchecked files without throwing", () => {
    registerValidator(null);
    const raw = buildRaw() as unknown as Json;
    raw.events = { meta: {}, records: "not a list" };
    (raw.relations as { records: unknown[] }).records.push(null, { id: 7 });
    setRawDataForTests(raw as never);
    const v = urlVocabulary();
    expect(v.eventIds.size).toBe(0);
    expect(v.relationIds.has("usa-kor-alliance")).toBe(true);
    expect(v.minDate).toBe("2023-01-01");
  });

  it("checks in steps: one file per step, then the cross-references, then registers once with those results", async () => {
    registerValidator(null);
    setRawDataForTests(brokenActors());
    const checked: string[] = [];
    let crossChecks = 0;
    const counting = {
      validateFile: ((name, raw) => {
        checked.push(`${name}@${steps}`);
        return validateFile(name, raw);
      }) as typeof validateFile,
      crossCheck: (ds: Parameters<typeof crossCheck>[0]) => {
        crossChecks++;
        return crossCheck(ds);
      },
    };
    let steps = 0;
    const seen: number[] = [];
    const stop = subscribeData(() => seen.push(dataRevision()));
    const before = dataRevision();
    await registerValidatorInSteps(counting, async () => {
      steps++;
    });
    stop();
    // Every file in a step of its own, none checked twice; told once, at the end.
    expect(checked).toEqual(DATA_FILE_NAMES.map((n, i) => `${n}@${i + 1}`));
    expect(seen).toEqual([before + 1]);
    expect(dataChecked()).toBe(true);
    expect(() => requireDataFile("actors")).toThrow(DataFileError);
    expect(dataProblems().join("\n")).toMatch(/actors\.json: records\[0\]/);
    // A file failed: no cross-reference check (as dataProblems).
    expect(crossChecks).toBe(0);
  });

  it("cross-checks a sound dataset once, in a step of its own, and never again", async () => {
    registerValidator(null);
    setRawDataForTests(buildRaw());
    let crossChecks = 0;
    const counting = { validateFile, crossCheck: (ds: Parameters<typeof crossCheck>[0]) => (crossChecks++, crossCheck(ds)) };
    await registerValidatorInSteps(counting, async () => {});
    expect(crossChecks).toBe(1);
    expect(dataProblems()).toEqual([]);
    expect(dataProblems()).toEqual([]);
    expect(crossChecks).toBe(1);
  });

  it("leaves a check already registered alone", async () => {
    const other = { validateFile, crossCheck };
    await registerValidatorInSteps(other, async () => {});
    expect(dataChecked()).toBe(true);
    expect(requireDataFile("actors").records.length).toBeGreaterThan(0);
  });
});

describe("the data's as-of date", () => {
  it("is computed again whenever the files change, never served from an older dataset", () => {
    // The app's bundled files (this worker may share modules with others: load them here).
    setRawDataForTests(null);
    const bundled = currentDataAsOf();
    expect(bundled).not.toBeNull();
    const raw = buildRaw() as unknown as Json;
    setRawDataForTests(raw as never);
    const small = currentDataAsOf();
    // The fixture's newest dated item is an event of 19 Jun 2024 or a series point; whatever it is, it is not the app's.
    expect(small).not.toBe(bundled);
    // One more event, newer than anything else in the fixture: the as-of follows it.
    const events = (raw.events as { records: Json[] }).records;
    events.push({ ...events[0]!, id: "e-new", date: "2026-11-01" });
    setRawDataForTests(JSON.parse(JSON.stringify(raw)) as never);
    expect(currentDataAsOf()).toBe("2026-11-01");
    setRawDataForTests(null);
    expect(currentDataAsOf()).toBe(bundled);
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { parseSavedScenarios } from "../../src/domain/tariff/saved-scenarios-codec";
import {
  copyName,
  SAVED_SCENARIOS_VERSION,
  serializeSavedScenarios,
  type SavedScenario,
} from "../../src/domain/tariff/saved-scenarios-format";
import { uniformRates } from "../../src/domain/tariff/presets";
import { loadSavedScenarios } from "../../src/store/saved-scenarios";
import { SAVED_SCENARIOS_BACKUP_PREFIX, SAVED_SCENARIOS_KEY, storeSavedScenarios } from "../../src/store/saved-scenarios-storage";

function buildSaved(over: Partial<SavedScenario> = {}): SavedScenario {
  return { id: "a1", name: "Steel at 50", ratesPct: { ...uniformRates(15), steel: 50 }, savedAt: "2026-11-27T10:00:00.000Z", ...over };
}

/** A Storage backed by a Map; `failWrites` makes setItem throw like a full quota. */
class MemoryStorage implements Storage {
  map = new Map<string, string>();
  failWrites = false;
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
  setItem(k: string, v: string) {
    if (this.failWrites) throw new DOMException("full", "QuotaExceededError");
    this.map.set(k, v);
  }
}

describe("parseSavedScenarios", () => {
  it("round-trips the current version", () => {
    const list = [buildSaved(), buildSaved({ id: "b2", name: "Zero", ratesPct: uniformRates(0) })];
    const text = serializeSavedScenarios(list);
    expect(JSON.parse(text).version).toBe(SAVED_SCENARIOS_VERSION);
    expect(parseSavedScenarios(text)).toEqual({ scenarios: list, problems: [], preserveRaw: false, migrated: false });
  });

  it("treats nothing stored as an empty list", () => {
    expect(parseSavedScenarios(null).scenarios).toEqual([]);
    expect(parseSavedScenarios(null).problems).toEqual([]);
  });

  it.each([
    ["truncated JSON", serializeSavedScenarios([buildSaved()]).slice(0, 40), "damaged or cut short"],
    ["not JSON", "<html>", "damaged or cut short"],
    ["a bare array", "[1,2]", "not in a format this app knows"],
    ["a newer version", JSON.stringify({ version: 99, scenarios: [] }), "newer version"],
    ["an unknown version", JSON.stringify({ version: 1.5, scenarios: [] }), "cannot be read"],
  ])("sets aside %s with a reason and keeps the raw text", (_name, raw, reason) => {
    const r = parseSavedScenarios(raw);
    expect(r.scenarios).toEqual([]);
    expect(r.preserveRaw).toBe(true);
    expect(r.problems.join(" ")).toContain(reason);
  });

  it("keeps the readable scenarios of a partly damaged list", () => {
    const raw = JSON.stringify({
      version: 2,
      scenarios: [buildSaved(), { id: "x", name: "Bad", ratesPct: { autos: "lots" } }, buildSaved({ id: "c3", name: "Third" }), buildSaved()],
    });
    const r = parseSavedScenarios(raw);
    expect(r.scenarios.map((s) => s.name)).toEqual(["Steel at 50", "Third"]);
    expect(r.problems).toEqual([
      "Saved scenario 2 could not be read and was set aside.",
      "Saved scenario 4 repeated an id and was set aside.",
    ]);
    expect(r.preserveRaw).toBe(true);
  });

  it("rejects rates outside 0–100 rather than passing them to the model", () => {
    const raw = JSON.stringify({ version: 2, scenarios: [buildSaved({ ratesPct: { ...uniformRates(15), steel: 150 } })] });
    expect(parseSavedScenarios(raw).scenarios).toEqual([]);
  });

  it("converts version 1 (decimal rates) to the current format", () => {
    const tariffs = Object.fromEntries(Object.entries(uniformRates(0.15)).map(([k, v]) => [k, k === "steel" ? 0.5 : v]));
    const r = parseSavedScenarios(JSON.stringify({ version: 1, items: [{ name: "Old plan", tariffs }] }));
    expect(r.migrated).toBe(true);
    expect(r.scenarios).toEqual([{ id: "v1-1", name: "Old plan", ratesPct: { ...uniformRates(15), steel: 50 }, savedAt: "" }]);
    expect(r.problems[0]).toContain("converted");
  });

  it("names copies without clashing", () => {
    expect(copyName("Plan", ["Plan"])).toBe("Plan (copy)");
    expect(copyName("Plan", ["Plan", "Plan (copy)"])).toBe("Plan (copy 2)");
    expect([...copyName("x".repeat(40), [])]).toHaveLength(40);
  });
});

describe("loadSavedScenarios (browser storage)", () => {
  let storage: MemoryStorage;
  beforeEach(() => {
    storage = new MemoryStorage();
    storage.setItem("other-app-key", "keep me");
  });

  it("reads clean data without touching anything", () => {
    storage.setItem(SAVED_SCENARIOS_KEY, serializeSavedScenarios([buildSaved()]));
    const r = loadSavedScenarios(storage);
    expect(r).toEqual({ scenarios: [buildSaved()], problems: [], writable: true });
    expect(storage.length).toBe(2);
  });

  it("copies damaged data aside before replacing it, and leaves other keys alone", () => {
    const damaged = serializeSavedScenarios([buildSaved()]).slice(0, 30);
    storage.setItem(SAVED_SCENARIOS_KEY, damaged);
    const r = loadSavedScenarios(storage, () => 1234);
    expect(r.scenarios).toEqual([]);
    expect(r.writable).toBe(true);
    expect(storage.getItem(`${SAVED_SCENARIOS_BACKUP_PREFIX}1234`)).toBe(damaged);
    expect(parseSavedScenarios(storage.getItem(SAVED_SCENARIOS_KEY)).problems).toEqual([]);
    expect(storage.getItem("other-app-key")).toBe("keep me");
    expect(r.problems.at(-1)).toContain(`${SAVED_SCENARIOS_BACKUP_PREFIX}1234`);
  });

  it("leaves damaged data in place when no copy can be made, and stops writing", () => {
    storage.setItem(SAVED_SCENARIOS_KEY, "{broken");
    storage.failWrites = true;
    const r = loadSavedScenarios(storage);
    expect(r.writable).toBe(false);
    expect(storage.getItem(SAVED_SCENARIOS_KEY)).toBe("{broken");
  });

  it("reports a failed write instead of throwing", () => {
    storage.failWrites = true;
    expect(storeSavedScenarios(storage, [buildSaved()])).toContain("could not be saved");
    expect(storeSavedScenarios(null, [buildSaved()])).toContain("does not allow saving");
  });
});

describe("saved scenarios with competitors' rates", () => {
  it("reads data saved before competitors' rates existed, unchanged", () => {
    const old = JSON.stringify({ version: 2, scenarios: [{ id: "a1", name: "Steel at 50", ratesPct: { ...uniformRates(15), steel: 50 }, savedAt: "" }] });
    const read = parseSavedScenarios(old);
    expect(read.problems).toEqual([]);
    expect(read.scenarios[0]).toEqual({ id: "a1", name: "Steel at 50", ratesPct: { ...uniformRates(15), steel: 50 }, savedAt: "" });
    expect(read.scenarios[0]).not.toHaveProperty("competitorRatesPct");
  });

  it("round-trips competitors' rates in the current version", () => {
    const list = [buildSaved({ competitorRatesPct: { ...uniformRates(10), steel: 50 } })];
    expect(parseSavedScenarios(serializeSavedScenarios(list))).toEqual({ scenarios: list, problems: [], preserveRaw: false, migrated: false });
  });

  it("drops an all-zero competitors' row (the same as none) and sets aside one out of range", () => {
    const zero = serializeSavedScenarios([buildSaved({ competitorRatesPct: uniformRates(0) })]);
    expect(parseSavedScenarios(zero).scenarios[0]).not.toHaveProperty("competitorRatesPct");
    const bad = serializeSavedScenarios([buildSaved({ competitorRatesPct: { ...uniformRates(0), autos: 250 } })]);
    expect(parseSavedScenarios(bad).problems).toEqual(["Saved scenario 1 could not be read and was set aside."]);
  });
});

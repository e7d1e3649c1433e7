import { beforeEach, describe, expect, it } from "vitest";
import { initialAppState, STATE_PERSISTENCE, useAppStore } from "../../src/store/app-store";
import { DEFAULT_COMPARE, type ScenarioRef } from "../../src/domain/tariff/scenario-ref";
import { uniformRates } from "../../src/domain/tariff/presets";
import { applyUrlState, stateToUrl } from "../../src/store/url-sync";
import { buildUrlState } from "../../src/domain/url-state";
import { loadSavedScenarios } from "../../src/store/saved-scenarios";
import { browserStorage } from "../../src/store/saved-scenarios-storage";

const custom = (name: string, pct = 20): ScenarioRef => ({ kind: "custom", name, ratesPct: uniformRates(pct) });
const store = () => useAppStore.getState();

beforeEach(() => useAppStore.setState(initialAppState, true));

describe("scenarios slice", () => {
  it("starts with KORUS, the threat and the deal, kept out of the URL", () => {
    expect(store().compare).toEqual(DEFAULT_COMPARE);
    expect(buildUrlState(stateToUrl(store()))).toBe("");
  });

  it("keeps 2 to 4 scenarios when toggling", () => {
    store().toggleScenario({ kind: "preset", id: "korus" });
    expect(store().compare).toHaveLength(2);
    store().toggleScenario({ kind: "preset", id: "threat" });
    expect(store().compare).toHaveLength(2); // not below two
    store().toggleScenario({ kind: "preset", id: "implemented" });
    store().toggleScenario({ kind: "preset", id: "in_force" });
    store().toggleScenario({ kind: "preset", id: "korus" });
    expect(store().compare).toHaveLength(4); // not above four
    expect(store().addScenario(custom("x"))).toBe(false);
  });

  it("edits a custom scenario only with valid values (the last valid value stays)", () => {
    store().addScenario(custom("Mine"));
    const i = store().compare.length - 1;
    store().updateCustomAt(i, { sector: "steel", ratePct: 50 });
    for (const bad of [-5, 101, Number.NaN, Number.POSITIVE_INFINITY, 12.345]) store().updateCustomAt(i, { sector: "steel", ratePct: bad });
    store().updateCustomAt(i, { name: "   " });
    const ref = store().compare[i];
    expect(ref).toEqual({ kind: "custom", name: "Mine", ratesPct: { ...uniformRates(20), steel: 50 } });
  });

  it("puts the comparison and the model settings in the URL and reads them back", () => {
    store().addScenario(custom("A, b"));
    store().setTradeMethod("smart");
    store().setElasticityPreset("gtap");
    store().setPassThrough("border", 0.53);
    store().setPassThrough("retail", 2); // out of range: ignored
    const url = buildUrlState(stateToUrl(store()));
    expect(url).toContain("method=smart");
    expect(url).toContain("phi=0.53");
    expect(url).not.toContain("psi");
    const saved = store().compare;
    useAppStore.setState(initialAppState, true);
    applyUrlState({ compare: saved, method: "smart", elast: "gtap", phi: 0.53 });
    expect(store().compare).toEqual(saved);
    expect(store().tradeMethod).toBe("smart");
  });

  it("declares where every scenario key lives", () => {
    expect(STATE_PERSISTENCE.compare).toBe("url");
    expect(STATE_PERSISTENCE.savedScenarios).toBe("local");
  });

  it("saves, replaces by name, duplicates and deletes scenarios (in memory without a browser)", () => {
    store().receiveSavedScenarios(loadSavedScenarios(browserStorage()));
    expect(store().savedScenariosStatus).toBe("memory");
    expect(store().saveScenario("  ", uniformRates(10))).toContain("name");
    expect(store().saveScenario("Plan", uniformRates(10))).toBeNull();
    expect(store().saveScenario("Plan", uniformRates(12))).toBeNull();
    expect(store().savedScenarios).toHaveLength(1);
    expect(store().savedScenarios[0]?.ratesPct.autos).toBe(12);
    store().duplicateSavedScenario(store().savedScenarios[0]!.id);
    expect(store().savedScenarios.map((s) => s.name)).toEqual(["Plan", "Plan (copy)"]);
    store().deleteSavedScenario(store().savedScenarios[0]!.id);
    expect(store().savedScenarios.map((s) => s.name)).toEqual(["Plan (copy)"]);
  });
});

describe("scenarios slice: competitors' rates and the rates date", () => {
  it("edits a custom scenario's competitors' rates with valid values only, dropping an all-zero row", () => {
    store().addScenario(custom("Mine"));
    const i = store().compare.length - 1;
    store().updateCustomAt(i, { sector: "steel", ratePct: 50, competitor: true });
    store().updateCustomAt(i, { sector: "autos", ratePct: -1, competitor: true });
    expect(store().compare[i]).toEqual({ kind: "custom", name: "Mine", ratesPct: uniformRates(20), competitorRatesPct: { ...uniformRates(0), steel: 50 } });
    expect(new URLSearchParams(buildUrlState(stateToUrl(store()))).get("compare")).toContain("custom:20_20_20_20_20_20_20_20~0_0_0_0_50_0_0_0:Mine");
    store().updateCustomAt(i, { sector: "steel", ratePct: 0, competitor: true });
    expect(store().compare[i]).toEqual(custom("Mine"));
  });

  it("saves and duplicates competitors' rates with the scenario", () => {
    expect(store().saveScenario("Both", uniformRates(10), { ...uniformRates(0), steel: 50 })).toBeNull();
    expect(store().savedScenarios[0]?.competitorRatesPct).toEqual({ ...uniformRates(0), steel: 50 });
    expect(store().saveScenario("Bad", uniformRates(10), { ...uniformRates(0), steel: 150 })).toMatch(/from 0 to 100/);
    store().duplicateSavedScenario(store().savedScenarios[0]!.id);
    expect(store().savedScenarios[1]?.competitorRatesPct?.steel).toBe(50);
  });

  it("keeps the rates date in the URL as ratesOn, and ignores a date that is not real", () => {
    store().setRatesOn("2026-03-01");
    store().setRatesOn("2026-02-30");
    expect(store().ratesOn).toBe("2026-03-01");
    expect(STATE_PERSISTENCE.ratesOn).toBe("url");
    expect(buildUrlState(stateToUrl(store()))).toBe("?ratesOn=2026-03-01");
    applyUrlState({});
    expect(store().ratesOn).toBeNull();
    applyUrlState({ ratesOn: "2025-12-01" });
    expect(store().ratesOn).toBe("2025-12-01");
  });
});

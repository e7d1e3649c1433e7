import type { StateCreator } from "zustand";
import type { Method } from "../domain/tariff/model";
import { uniformRates, type SectorRates } from "../domain/tariff/preset-ids";
import { isRealIsoDate } from "../domain/dates";
import {
  checkRate,
  customRef,
  DEFAULT_COMPARE,
  MAX_COMPARE,
  MIN_COMPARE,
  normalizeScenarioName,
  sameScenarioRef,
  type ScenarioRef,
} from "../domain/tariff/scenario-ref";
import { copyName, type SavedScenario } from "../domain/tariff/saved-scenarios-format";
import type { IsoDate, SectorId } from "../domain/types";
import type { AppState } from "./app-store";
import { browserStorage, storeSavedScenarios, type LoadedScenarios } from "./saved-scenarios-storage";

/**
 * Tariff scenarios: what is compared and with which model settings (all in the URL), and the user's
 * saved custom scenarios (localStorage). Model results are never stored: features compute them.
 */
export interface ScenariosSlice {
  /** 1–4 scenarios side by side (the picker keeps at least 2). */
  compare: ScenarioRef[];
  tradeMethod: Method;
  /** null = the data's first elasticity preset. */
  elasticityPresetId: string | null;
  /** Border pass-through φ in [0, 1]; null = the data's default. */
  borderPassThrough: number | null;
  /** Retail pass-through ψ in [0, 1]; null = the data's default. */
  retailPassThrough: number | null;
  /** The date of the tariff rates in force the Trade panel shows (and "Tariffs in force on" uses); null = the time scrubber's. */
  ratesOn: IsoDate | null;
  savedScenarios: SavedScenario[];
  /** "memory" when saving to the browser is impossible or would lose set-aside data. */
  savedScenariosStatus: "unloaded" | "stored" | "memory";
  setCompare: (refs: readonly ScenarioRef[]) => void;
  /** Adds the scenario (if there is room) or removes it (if more than the minimum remain). */
  toggleScenario: (ref: ScenarioRef) => void;
  /** Adds a scenario at the end; false when the comparison is full or already has it. */
  addScenario: (ref: ScenarioRef) => boolean;
  removeScenarioAt: (index: number) => void;
  /**
   * Edits the custom scenario at `index`; invalid names or rates are ignored (the last valid value
   * stays). `competitor: true` sets the competitors' rate of `sector` instead of Korea's.
   */
  updateCustomAt: (index: number, patch: { name?: string; sector?: SectorId; ratePct?: number; competitor?: boolean }) => void;
  /** A real YYYY-MM-DD date, or null for the scrubber's; anything else is ignored. */
  setRatesOn: (date: IsoDate | null) => void;
  setTradeMethod: (m: Method) => void;
  setElasticityPreset: (id: string | null) => void;
  setPassThrough: (which: "border" | "retail", value: number | null) => void;
  /**
   * Takes what `loadSavedScenarios` (saved-scenarios.ts, loaded with the Trade panel) read, once;
   * recovery problems become a notice. Later calls are ignored.
   */
  receiveSavedScenarios: (loaded: LoadedScenarios) => void;
  /** Saves (or replaces, by name) a custom scenario; returns an error message or null. */
  saveScenario: (name: string, ratesPct: SectorRates, competitorRatesPct?: SectorRates) => string | null;
  duplicateSavedScenario: (id: string) => void;
  deleteSavedScenario: (id: string) => void;
}

let nextId = 1;
const newId = () => `s${Date.now().toString(36)}-${nextId++}`;

const isValidRate = (n: number) => checkRate(String(n)).ok;
const inUnit = (v: number) => Number.isFinite(v) && v >= 0 && v <= 1;

export const createScenariosSlice: StateCreator<AppState, [], [], ScenariosSlice> = (set, get) => {
  /** Writes the list (unless memory-only) and reports a failed write as a notice. */
  const persist = (list: SavedScenario[]) => {
    set({ savedScenarios: list });
    if (get().savedScenariosStatus !== "stored") return;
    const error = storeSavedScenarios(browserStorage(), list);
    if (error) {
      set({ savedScenariosStatus: "memory" });
      get().pushNotice(error);
    }
  };

  return {
    compare: [...DEFAULT_COMPARE],
    tradeMethod: "ces",
    elasticityPresetId: null,
    borderPassThrough: null,
    retailPassThrough: null,
    ratesOn: null,
    savedScenarios: [],
    savedScenariosStatus: "unloaded",

    setCompare: (refs) => {
      const unique = refs.filter((r, i) => refs.findIndex((x) => sameScenarioRef(x, r)) === i).slice(0, MAX_COMPARE);
      if (unique.length > 0) set({ compare: unique });
    },
    toggleScenario: (ref) => {
      const { compare } = get();
      const at = compare.findIndex((r) => sameScenarioRef(r, ref));
      if (at >= 0) {
        if (compare.length > MIN_COMPARE) set({ compare: compare.filter((_, i) => i !== at) });
      } else if (compare.length < MAX_COMPARE) set({ compare: [...compare, ref] });
    },
    addScenario: (ref) => {
      const { compare } = get();
      if (compare.length >= MAX_COMPARE || compare.some((r) => sameScenarioRef(r, ref))) return false;
      set({ compare: [...compare, ref] });
      return true;
    },
    removeScenarioAt: (index) => {
      const { compare } = get();
      if (compare.length > MIN_COMPARE && index >= 0 && index < compare.length) {
        set({ compare: compare.filter((_, i) => i !== index) });
      }
    },
    updateCustomAt: (index, patch) => {
      const { compare } = get();
      const current = compare[index];
      if (!current || current.kind !== "custom") return;
      let next = current;
      if (patch.name !== undefined) {
        const name = normalizeScenarioName(patch.name);
        if (name !== "") next = { ...next, name };
      }
      if (patch.sector !== undefined && patch.ratePct !== undefined && isValidRate(patch.ratePct)) {
        if (patch.competitor) {
          const row = { ...(next.competitorRatesPct ?? uniformRates(0)), [patch.sector]: patch.ratePct + 0 };
          next = customRef(next.name, next.ratesPct, row);
        } else next = { ...next, ratesPct: { ...next.ratesPct, [patch.sector]: patch.ratePct + 0 } };
      }
      if (next !== current) set({ compare: compare.map((r, i) => (i === index ? next : r)) });
    },
    setRatesOn: (date) => {
      if (date === null || isRealIsoDate(date)) set({ ratesOn: date });
    },
    setTradeMethod: (m) => set({ tradeMethod: m }),
    setElasticityPreset: (id) => set({ elasticityPresetId: id }),
    setPassThrough: (which, value) => {
      if (value !== null && !inUnit(value)) return;
      set(which === "border" ? { borderPassThrough: value } : { retailPassThrough: value });
    },

    receiveSavedScenarios: (loaded) => {
      if (get().savedScenariosStatus !== "unloaded") return;
      set({ savedScenarios: loaded.scenarios, savedScenariosStatus: loaded.writable ? "stored" : "memory" });
      if (loaded.problems.length > 0) {
        get().pushNotice({ key: "notice.savedRecovered" }, loaded.problems);
      }
    },
    saveScenario: (rawName, ratesPct, competitorRatesPct) => {
      const name = normalizeScenarioName(rawName);
      if (name === "") return "Give the scenario a name before saving it.";
      if (![...Object.values(ratesPct), ...Object.values(competitorRatesPct ?? {})].every(isValidRate))
        return "Every tariff must be a number from 0 to 100 before saving.";
      const list = get().savedScenarios;
      const savedAt = new Date().toISOString();
      const existing = list.find((s) => s.name === name);
      const competitors = customRef(name, ratesPct, competitorRatesPct).competitorRatesPct;
      const entry: SavedScenario = { id: existing?.id ?? newId(), name, ratesPct: { ...ratesPct }, ...(competitors ? { competitorRatesPct: competitors } : {}), savedAt };
      persist(existing ? list.map((s) => (s.id === existing.id ? entry : s)) : [...list, entry]);
      return null;
    },
    duplicateSavedScenario: (id) => {
      const list = get().savedScenarios;
      const original = list.find((s) => s.id === id);
      if (!original) return;
      const copy: SavedScenario = {
        id: newId(),
        name: copyName(original.name, list.map((s) => s.name)),
        ratesPct: { ...original.ratesPct },
        ...(original.competitorRatesPct ? { competitorRatesPct: { ...original.competitorRatesPct } } : {}),
        savedAt: new Date().toISOString(),
      };
      const at = list.indexOf(original);
      persist([...list.slice(0, at + 1), copy, ...list.slice(at + 1)]);
    },
    deleteSavedScenario: (id) => persist(get().savedScenarios.filter((s) => s.id !== id)),
  };
};

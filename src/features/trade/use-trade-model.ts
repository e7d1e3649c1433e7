import { useMemo } from "react";
import { requireDataFile } from "../../data/dataset";
import { useAppStore } from "../../store/app-store";
import {
  computeComparison,
  defaultPassThrough,
  figureToUsd,
  type ComparisonResult,
  type PassThroughSetting,
} from "../../domain/tariff/comparison";
import { resolveScenarios, type ResolvedScenario } from "../../domain/tariff/resolve";
import type { ElasticityPreset, TradeFile } from "../../domain/schemas";
import type { Method } from "../../domain/tariff/model";
import type { ScenarioRef } from "../../domain/tariff/scenario-ref";
import { useFittedPreset } from "./use-fitted-preset";

export interface TradeModel {
  trade: TradeFile;
  scenarios: ResolvedScenario[];
  /** Refs in the comparison that the data cannot build (e.g. a preset whose measure is missing). */
  missing: ScenarioRef[];
  method: Method;
  /** The presets a reader can choose: the data's, then the one fitted to 2025 (when it can be built). */
  presets: ElasticityPreset[];
  /** The presets each figure's range runs over: the data's, plus the fitted one when it is chosen. */
  rangePresets: ElasticityPreset[];
  preset: ElasticityPreset;
  /** The URL named an elasticity preset the data does not have (the first preset is used). */
  unknownPresetId: string | null;
  passThrough: PassThroughSetting;
  koreaGdpUsd: number;
  gdpSourceIds: string[];
  comparison: ComparisonResult;
}

/**
 * Everything the comparison shows, computed from the store's inputs and the data with useMemo;
 * nothing computed is written back to the store.
 */
export function useTradeModel(): TradeModel {
  const trade = requireDataFile("trade");
  const actors = requireDataFile("actors");
  const compare = useAppStore((s) => s.compare);
  const asOf = useAppStore((s) => s.asOf);
  const ratesOn = useAppStore((s) => s.ratesOn);
  // "Tariffs in force on" follows the date chosen in the Trade panel, else the time scrubber; a
  // comparison without it does not depend on the date, so changing the date does not recompute it.
  const usesDate = compare.some((r) => r.kind === "preset" && r.id === "in_force");
  const date = usesDate ? (ratesOn ?? asOf) : null;
  const method = useAppStore((s) => s.tradeMethod);
  const presetId = useAppStore((s) => s.elasticityPresetId);
  const border = useAppStore((s) => s.borderPassThrough);
  const retail = useAppStore((s) => s.retailPassThrough);

  const { scenarios, missing } = useMemo(() => resolveScenarios(compare, trade.tariffs, date), [compare, trade.tariffs, date]);
  const fitted = useFittedPreset().preset;
  const presets = useMemo(() => (fitted ? [...trade.elasticityPresets, fitted] : trade.elasticityPresets), [trade.elasticityPresets, fitted]);
  const found = presets.find((p) => p.id === presetId);
  const preset = found ?? presets[0];
  const fittedChosen = fitted !== null && found === fitted;
  const rangePresets = useMemo(() => (fittedChosen ? presets : trade.elasticityPresets), [fittedChosen, presets, trade.elasticityPresets]);
  const defaults = defaultPassThrough(trade.passThrough);
  const phi = border ?? defaults.border;
  const psi = retail ?? defaults.retail;
  const gdp = actors.records.find((a) => a.code === "KOR")?.gdp ?? null;
  const koreaGdpUsd = gdp ? figureToUsd(gdp) : Number.NaN;

  const presetUsed = preset?.id ?? "";
  const comparison = useMemo<ComparisonResult>(() => {
    if (!(koreaGdpUsd > 0)) return { ok: false, error: "Korea's GDP is missing from actors.json" };
    return computeComparison(trade.sectors, rangePresets, scenarios, {
      method,
      elasticityPresetId: presetUsed,
      passThrough: { border: phi, retail: psi },
      koreaGdpUsd,
    });
  }, [trade.sectors, rangePresets, scenarios, method, presetUsed, phi, psi, koreaGdpUsd]);

  if (!preset) throw new Error("trade.json has no elasticity presets, so the tariff model cannot run");

  return {
    trade,
    scenarios,
    missing,
    method,
    presets,
    rangePresets,
    preset,
    unknownPresetId: presetId !== null && !found ? presetId : null,
    passThrough: { border: phi, retail: psi },
    koreaGdpUsd,
    gdpSourceIds: gdp?.sourceIds ?? [],
    comparison,
  };
}

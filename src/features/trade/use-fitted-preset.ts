import { useMemo } from "react";
import { requireDataFile } from "../../data/dataset";
import { buildFittedPreset, fitSectors, type SectorFit } from "../../domain/tariff/fitted-preset";
import { figureToUsd } from "../../domain/tariff/comparison";
import type { ActorsFile, ElasticityPreset, TradeFile } from "../../domain/schemas";

export interface FittedPreset {
  fits: SectorFit[];
  /** Null when no sector could be fitted, or Korea's GDP is missing. */
  preset: ElasticityPreset | null;
}

function fittedPresetFor(trade: TradeFile, actors: ActorsFile): FittedPreset {
  const base = trade.elasticityPresets[0];
  const gdp = actors.records.find((a) => a.code === "KOR")?.gdp;
  if (!base || !gdp) return { fits: [], preset: null };
  const fits = fitSectors({
    tariffs: trade.tariffs,
    sectors: trade.sectors,
    base,
    observed: trade.observed2025,
    passThrough: trade.passThrough,
    koreaGdpUsd: figureToUsd(gdp),
  });
  const labelOf = (id: string) => trade.sectors.find((s) => s.id === id)?.label ?? id;
  return { fits, preset: buildFittedPreset(base, fits, labelOf) };
}

/** The "fitted to 2025" preset and its per-sector fits, computed from the data (never stored). */
export function useFittedPreset(): FittedPreset {
  const trade = requireDataFile("trade");
  const actors = requireDataFile("actors");
  return useMemo(() => fittedPresetFor(trade, actors), [trade, actors]);
}

import { useMemo } from "react";
import { requireDataFile } from "../../data/dataset";
import { buildFittedPreset, fitSectors, FITTED_WORDS_EN, type FittedWords, type SectorFit } from "../../domain/tariff/fitted-preset";
import { t, useActiveLang } from "../../i18n/i18n";
import { figureToUsd } from "../../domain/tariff/comparison";
import type { Lang } from "../../domain/locale";
import type { ActorsFile, ElasticityPreset, TradeFile } from "../../domain/schemas";

export interface FittedPreset {
  fits: SectorFit[];
  /** Null when no sector could be fitted, or Korea's GDP is missing. */
  preset: ElasticityPreset | null;
}

function fittedPresetFor(trade: TradeFile, actors: ActorsFile, lang: Lang): FittedPreset {
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
  return { fits, preset: buildFittedPreset(base, fits, labelOf, fittedWords(lang)) };
}

/** The fitted preset's label and description in the active language (the view is keyed by it). */
function fittedWords(lang: Lang): FittedWords {
  if (lang === "en") return FITTED_WORDS_EN;
  return {
    label: t("trade.fitted.label"),
    part: (v) => t("trade.fitted.part", v),
    separator: t("trade.list.pairSeparator"),
    description: (v) => t("trade.fitted.description", v),
  };
}

/** The "fitted to 2025" preset and its per-sector fits, computed from the data (never stored). */
export function useFittedPreset(): FittedPreset {
  const trade = requireDataFile("trade");
  const actors = requireDataFile("actors");
  // The label and description are worded in the active language.
  const lang = useActiveLang();
  return useMemo(() => fittedPresetFor(trade, actors, lang), [trade, actors, lang]);
}

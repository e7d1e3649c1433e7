/**
 * A one-line, sourced summary of any indicator id (series, fact, exercise, tariff, sector, deal term)
 * for Details panels: the latest value of a series, or the text of a fact.
 */
import type { IndicatorsFile, Point, TradeFile } from "./schemas";
import type { Confidence } from "./types";
import { formatDate, formatNumber } from "./format";

export interface IndicatorSummary {
  id: string;
  label: string;
  text: string;
  sourceIds: string[];
  confidence: Confidence;
}

const RANK: Record<Confidence, number> = { verified: 0, secondary: 1, unverified: 2 };

/** The weakest confidence among several. */
export function weakest(levels: readonly Confidence[]): Confidence {
  return levels.reduce<Confidence>((w, c) => (RANK[c] > RANK[w] ? c : w), "verified");
}

function pointText(p: Point, unit: string): string {
  const range =
    p.low !== undefined && p.high !== undefined ? ` (${formatNumber(p.low)}–${formatNumber(p.high)})` : "";
  return `${formatNumber(p.value)} ${unit}${range}${p.label ? `, ${p.label}` : ""} (${formatDate(p.date)})`;
}

/** Latest point of a series by date (ties: last in file order). */
export function latestPoint(points: readonly Point[]): Point | undefined {
  let best: Point | undefined;
  for (const p of points) if (!best || p.date >= best.date) best = p;
  return best;
}

export function summarizeIndicator(
  id: string,
  indicators: IndicatorsFile,
  trade: TradeFile,
): IndicatorSummary | null {
  const series = indicators.series.find((s) => s.id === id) ?? trade.series.find((s) => s.id === id);
  if (series) {
    const p = latestPoint(series.points);
    if (!p) return null;
    return {
      id,
      label: series.label,
      text: `latest ${pointText(p, series.unit)}`,
      sourceIds: p.sourceIds,
      confidence: p.confidence,
    };
  }
  const fact = indicators.facts.find((f) => f.id === id) ?? trade.dealTerms.find((f) => f.id === id);
  if (fact)
    return {
      id,
      label: fact.label,
      text: fact.date ? `${formatDate(fact.date)}: ${fact.text}` : fact.text,
      sourceIds: fact.sourceIds,
      confidence: fact.confidence,
    };
  const ex = indicators.exercises.find((e) => e.id === id);
  if (ex)
    return {
      id,
      label: ex.name,
      text: `${formatDate(ex.start)} – ${formatDate(ex.end)}${ex.note ? `: ${ex.note}` : ""}`,
      sourceIds: ex.sourceIds,
      confidence: ex.confidence,
    };
  const tariff = trade.tariffs.find((t) => t.id === id);
  if (tariff)
    return {
      id,
      label: tariff.instrument,
      text: `${tariff.ratePct}% (${tariff.status.replace("_", " ")}) from ${formatDate(tariff.effective)}`,
      sourceIds: tariff.sourceIds,
      confidence: tariff.confidence,
    };
  const sector = trade.sectors.find((s) => s.id === id);
  if (sector)
    return {
      id,
      label: sector.label,
      text: `${formatNumber(sector.importsKorea.value)} ${sector.importsKorea.unit}`,
      sourceIds: sector.importsKorea.sourceIds,
      confidence: sector.importsKorea.confidence,
    };
  return null;
}

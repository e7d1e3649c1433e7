/**
 * A one-line, sourced summary of any indicator id (series, fact, exercise, tariff, sector, deal term)
 * for Details panels: the latest value of a series, or the text of a fact.
 */
import type { IndicatorsFile, Point, TradeFile } from "./schemas";
import type { Confidence } from "./types";
import { formatDate, formatNumber } from "./format";
import type { SummaryWords } from "./indicators/types";

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

/** The same line in the words' language: "최근 값 28,500명(2026년)". */
function pointWords(p: Point, unit: string, w: SummaryWords): string {
  return w.say("indicators.summary.item.latest", {
    amount: w.amount(p.value, unit),
    range: p.low !== undefined && p.high !== undefined ? w.say("indicators.summary.item.range", { low: w.number(p.low), high: w.number(p.high) }) : "",
    label: p.label ? `, ${p.label}` : "",
    date: w.date(p.date),
  });
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

/** `words` (Korean readers) word the lines in the interface language; without them, English. */
export function summarizeIndicator(
  id: string,
  indicators: IndicatorsFile,
  trade: TradeFile,
  words?: SummaryWords,
): IndicatorSummary | null {
  const date = words ? words.date : formatDate;
  const series = indicators.series.find((s) => s.id === id) ?? trade.series.find((s) => s.id === id);
  if (series) {
    const p = latestPoint(series.points);
    if (!p) return null;
    return {
      id,
      label: series.label,
      text: words ? pointWords(p, series.unit, words) : `latest ${pointText(p, series.unit)}`,
      sourceIds: p.sourceIds,
      confidence: p.confidence,
    };
  }
  const fact = indicators.facts.find((f) => f.id === id) ?? trade.dealTerms.find((f) => f.id === id);
  if (fact)
    return {
      id,
      label: fact.label,
      text: fact.date ? `${date(fact.date)}: ${fact.text}` : fact.text,
      sourceIds: fact.sourceIds,
      confidence: fact.confidence,
    };
  const ex = indicators.exercises.find((e) => e.id === id);
  if (ex)
    return {
      id,
      label: ex.name,
      text: `${date(ex.start)}${words ? "~" : " – "}${date(ex.end)}${ex.note ? `: ${ex.note}` : ""}`,
      sourceIds: ex.sourceIds,
      confidence: ex.confidence,
    };
  const tariff = trade.tariffs.find((t) => t.id === id);
  if (tariff)
    return {
      id,
      label: tariff.instrument,
      text: words
        ? words.say("indicators.summary.tariff", {
            rate: words.number(tariff.ratePct),
            status: words.say(`indicators.summary.tariffStatus.${tariff.status}`),
            date: words.date(tariff.effective),
          })
        : `${tariff.ratePct}% (${tariff.status.replace("_", " ")}) from ${formatDate(tariff.effective)}`,
      sourceIds: tariff.sourceIds,
      confidence: tariff.confidence,
    };
  const sector = trade.sectors.find((s) => s.id === id);
  if (sector)
    return {
      id,
      label: sector.label,
      text: words
        ? words.amount(sector.importsKorea.value, sector.importsKorea.unit)
        : `${formatNumber(sector.importsKorea.value)} ${sector.importsKorea.unit}`,
      sourceIds: sector.importsKorea.sourceIds,
      confidence: sector.importsKorea.confidence,
    };
  return null;
}

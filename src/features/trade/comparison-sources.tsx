import { getSources } from "../../data/lookup";
import { SourceNote } from "../../components/source-note";
import type { Source } from "../../domain/schemas";
import type { TradeModel } from "./use-trade-model";
import { t } from "../../i18n/i18n";

/** Every source behind the comparison: baselines, the tariff records used, elasticities, pass-through, GDP. */
export function comparisonSources(model: TradeModel): Source[] {
  const { trade, scenarios, preset, gdpSourceIds } = model;
  const measureIds = new Set(scenarios.flatMap((s) => s.measureIds));
  const ids = [
    ...trade.sectors.flatMap((s) => [...s.importsKorea.sourceIds, ...(s.importsRow?.sourceIds ?? [])]),
    ...trade.tariffs.filter((t) => measureIds.has(t.id)).flatMap((t) => t.sourceIds),
    ...preset.sourceIds,
    ...trade.passThrough.border.sourceIds,
    ...trade.passThrough.retail.sourceIds,
    ...gdpSourceIds,
  ];
  return getSources([...new Set(ids)]);
}

/** One line for the CSV: what the numbers rest on. */
export function sourceLine(model: TradeModel, sources: readonly Source[]): string {
  const list = sources.map((s) => `${s.publisher}${s.date ? ` (${s.date})` : ""}`);
  return (
    `Alliance Atlas tariff model (docs/methodology.md) on data/trade.json, "${model.trade.meta.title}": ` +
    `sector baselines, the dated tariff timeline, ${model.preset.label} elasticities, pass-through evidence; Korea's GDP from actors.json. ` +
    `Sources: ${[...new Set(list)].join("; ")}`
  );
}

/** The source line under the comparison chart: a short summary, the full list one click away. */
export function ComparisonSources({ sources }: { sources: readonly Source[] }) {
  return (
    <details className="sources-list">
      <summary>
        {t("trade.sources.summary", { count: sources.length })}
      </summary>
      <SourceNote sources={sources} />
    </details>
  );
}

import { useId, useState } from "react";
import { useAppStore } from "../../store/app-store";
import { buildComparisonCsv } from "../../domain/tariff/csv";
import { SECTOR_IDS } from "../../domain/types";
import type { ScenarioOutcome } from "../../domain/tariff/comparison";
import { useTradeModel, type TradeModel } from "./use-trade-model";
import { ScenarioPicker } from "./scenario-picker";
import { CustomEditor } from "./custom-editor";
import { SavedScenariosList } from "./saved-scenarios-list";
import { ModelSettings } from "./model-settings";
import { HeadlineFigures } from "./headline-figures";
import { ModelFlags } from "./model-flags";
import { ComparisonTable, type CellRef } from "./comparison-table";
import { ExplainPanel } from "./explain-panel";
import { SectorChart } from "./sector-chart";
import { ComparisonSources, comparisonSources, sourceLine } from "./comparison-sources";
import { downloadText } from "./download-csv";
import { RulingComparison } from "./ruling-comparison";
import { ScenarioAssumptions } from "./scenario-assumptions";
import { t } from "../../i18n/i18n";
import { scenarioLabel } from "./trade-text";

/** The deal term with KITA's reading of the ruling (shown beside the ruling comparison). */
const RULING_READING = "deal_2026_ruling_korus_advantage";

/** The settings in words, for the table's caption (active language). */
function settingsText(m: TradeModel): string {
  return t(m.method === "ces" ? "trade.compare.settingsCes" : "trade.compare.settingsSmart", {
    preset: m.preset.label,
    border: m.passThrough.border,
    retail: m.passThrough.retail,
  });
}

/** The settings in English, for the CSV file (its headers are English too). */
function settingsCsv(m: TradeModel): string {
  return `${m.method === "ces" ? "CES" : "SMART"} method; ${m.preset.label} elasticities; border pass-through φ = ${m.passThrough.border}; retail pass-through ψ = ${m.passThrough.retail}`;
}

/** "A and B have the same rates, so their results match." for identical columns. */
function sameRatesNote(outcomes: readonly ScenarioOutcome[]): string | null {
  const pairs: string[] = [];
  outcomes.forEach((a, i) =>
    outcomes.slice(i + 1).forEach((b) => {
      const same = (x?: Record<string, number>, y?: Record<string, number>) => SECTOR_IDS.every((s) => (x?.[s] ?? 0) === (y?.[s] ?? 0));
      if (same(a.ratesPct, b.ratesPct) && same(a.competitorRatesPct, b.competitorRatesPct)) pairs.push(t("trade.compare.samePair", { a: a.label, b: b.label }));
    }),
  );
  return pairs.length > 0 ? t("trade.compare.sameRates", { pairs: pairs.join(t("trade.list.pairSeparator")) }) : null;
}

/** Scenario comparison: choose, build and save scenarios; the table, its ranges and flags, the explanations and the sector chart. */
export function ScenarioComparison() {
  const id = useId();
  const model = useTradeModel();
  const { trade, scenarios, comparison, preset, passThrough, method, koreaGdpUsd } = model;
  const setMethod = useAppStore((s) => s.setTradeMethod);
  const [cell, setCell] = useState<CellRef | null>(null);
  const [csvStatus, setCsvStatus] = useState("");
  const sources = comparisonSources(model);
  // The outcomes as the domain names them (English, for the CSV), and named in the active language for the views.
  const rawOutcomes = comparison.ok ? comparison.outcomes : [];
  const names = new Map(scenarios.map((s) => [s.key, scenarioLabel(s)]));
  const outcomes = rawOutcomes.map((o) => ({ ...o, label: names.get(o.key) ?? o.label }));
  const explained = cell ? outcomes.find((o) => o.key === cell.scenario) : undefined;
  const note = sameRatesNote(outcomes);
  const caption = t("trade.compare.caption", { settings: settingsText(model), count: model.rangePresets.length });

  const onCsv = () => {
    const today = new Date().toISOString().slice(0, 10);
    const csv = buildComparisonCsv({
      outcomes: rawOutcomes,
      settings: settingsCsv(model),
      source: sourceLine(model, sources),
      generatedOn: today,
      dataRetrieved: trade.meta.retrieved,
    });
    const ok = downloadText(t("trade.compare.csvFile", { date: today }), csv);
    setCsvStatus(ok ? t("trade.compare.csvDone") : t("trade.compare.csvFailed"));
  };

  return (
    <section className="trade-compare">
      <h3 id={`${id}-h`}>{t("trade.compare.heading")}</h3>
      <ScenarioPicker tariffs={trade.tariffs} scenarios={scenarios} />
      <RulingComparison tariffs={trade.tariffs} sectors={trade.sectors} reading={trade.dealTerms.find((f) => f.id === RULING_READING)} />
      <CustomEditor scenarios={scenarios} sectors={trade.sectors} />
      <SavedScenariosList />
      <ModelSettings
        presets={model.presets}
        preset={preset}
        unknownPresetId={model.unknownPresetId}
        evidence={trade.passThrough}
        passThrough={passThrough}
      />
      {model.missing.length > 0 && <p className="field-error">{t("trade.compare.missing", { count: model.missing.length })}</p>}
      {!comparison.ok ? (
        <p role="alert" className="error-card">
          {t("trade.compare.failed", { error: comparison.error })}
        </p>
      ) : (
        <>
          <HeadlineFigures outcomes={outcomes} presetCount={model.rangePresets.length} />
          <ScenarioAssumptions scenarios={scenarios} />
          {method === "smart" && <ModelFlags outcomes={outcomes} onUseCes={() => setMethod("ces")} />}
          {note && <p className="field-hint">{note}</p>}
          <p className="compare-actions">
            <button type="button" onClick={onCsv}>
              {t("trade.compare.csv")}
            </button>{" "}
            <span role="status">{csvStatus}</span>
          </p>
          <ComparisonTable
            outcomes={outcomes}
            caption={caption}
            open={cell}
            onExplain={(c) => setCell(cell?.scenario === c.scenario && cell.measure === c.measure ? null : c)}
          />
          {explained && cell && (
            <ExplainPanel outcome={explained} measure={cell.measure} model={model} onClose={() => setCell(null)} />
          )}
          <SectorChart outcomes={outcomes} gdpUsd={koreaGdpUsd} presetLabel={preset.label} source={<ComparisonSources sources={sources} />} />
        </>
      )}
    </section>
  );
}

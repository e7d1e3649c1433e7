import { useEffect, useId, useRef, useState } from "react";
import { buildSectorInputs, type ScenarioOutcome } from "../../domain/tariff/comparison";
import { ASSUMPTIONS, explainSmartSector, explainTotal } from "../../domain/tariff/explain";
import { MEASURES, type MeasureId } from "../../domain/tariff/measures";
import { explainSector, type ExplainStep } from "../../domain/tariff/model";
import { toScenarioInput } from "../../domain/tariff/presets";
import { sectorShort } from "./trade-labels";
import type { TradeModel } from "./use-trade-model";
import { t } from "../../i18n/i18n";
import { measureTitleText } from "./trade-text";

interface ExplainPanelProps {
  outcome: ScenarioOutcome;
  measure: MeasureId;
  /** The data and settings the table was computed with. */
  model: TradeModel;
  onClose: () => void;
}

function num(x: number): string {
  if (x === 0) return "0";
  const a = Math.abs(x);
  return a >= 1e6 || a < 1e-4 ? x.toExponential(4) : String(Number(x.toPrecision(6)));
}

function sectorSteps(model: TradeModel, outcome: ScenarioOutcome, sectorId: string): ExplainStep[] {
  const { preset, passThrough, method, koreaGdpUsd } = model;
  const inputs = buildSectorInputs(model.trade.sectors, preset, passThrough);
  const input = inputs.find((s) => s.id === sectorId);
  const result = outcome.point.sectors.find((s) => s.id === sectorId);
  if (!input || !result) return [];
  const scenario = toScenarioInput(outcome.key, outcome.ratesPct, outcome.competitorRatesPct);
  return method === "smart" ? explainSmartSector(input, scenario, result) : explainSector(input, scenario, { koreaGdpUsd });
}

/** "How is this computed?" for one cell: the total with its numbers, one sector's steps, the assumptions. */
export function ExplainPanel({ outcome, measure, model, onClose }: ExplainPanelProps) {
  const { preset, passThrough, method, koreaGdpUsd: gdpUsd } = model;
  const sectors = model.trade.sectors;
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [sectorId, setSectorId] = useState<string>(sectors[0]?.id ?? "");
  useEffect(() => heading.current?.focus(), [outcome.key, measure]);
  const m = MEASURES[measure];
  const total = explainTotal(measure, outcome.point, sectorShort, gdpUsd);
  const sector = sectors.find((s) => s.id === sectorId);
  const steps = sectorSteps(model, outcome, sectorId);
  const elasticity = sector ? preset.sectors[sector.id] : null;
  return (
    <section className="explain">
      <h4 id={`${id}-h`} ref={heading} tabIndex={-1}>
        {t("trade.table.howLabel", { measure: measureTitleText(measure), scenario: outcome.label })}
      </h4>
      <p>
        <strong>{t("trade.explain.is")}</strong> {m.is} <strong>{t("trade.explain.isNot")}</strong> {m.isNot}
      </p>
      <p className="formula">{total.formula}</p>
      <label htmlFor={`${id}-sector`}>{t("trade.explain.sector")}</label>{" "}
      <select id={`${id}-sector`} value={sectorId} onChange={(e) => setSectorId(e.target.value)}>
        {sectors.map((s) => (
          <option key={s.id} value={s.id}>
            {s.label}
          </option>
        ))}
      </select>
      {sector && elasticity && (
        <p className="explain-inputs">
          Inputs: M_K0 = {num(sector.importsKorea.value)} {sector.importsKorea.unit} (2024, {sector.basis === "us_reported" ? "US-reported" : "Korea-reported"});{" "}
          {sector.importsRow
            ? `M_R0 = ${num(sector.importsRow.value)} ${sector.importsRow.unit}`
            : "no sourced rest-of-world baseline, so diversion is off (M_R0 = 0)"}
          ; t_K0 = 0 (KORUS); t_K1 = {outcome.ratesPct[sector.id] / 100}; t_R0 = 0; t_R1 = {(outcome.competitorRatesPct?.[sector.id] ?? 0) / 100}{" "}
          (competitors, over 2024); ε = {elasticity.importDemandElasticity}; σ ={" "}
          {elasticity.substitutionElasticity} ({preset.label}); φ = {passThrough.border}; ψ = {passThrough.retail}.
        </p>
      )}
      <p className="field-hint">
        {method === "smart" ? "SMART (linear) steps, as the table uses." : "CES steps, as the table uses."} Money in USD; steps marked ★ feed this number.
      </p>
      <ol className="explain-steps">
        {steps.map((s) => {
          const feeds = m.steps.includes(s.label);
          return (
            <li key={s.label} className={feeds ? "is-relevant" : undefined}>
              {feeds && (
                <>
                  <span aria-hidden="true">★ </span>
                  <span className="visually-hidden">{t("trade.explain.feeds")} </span>
                </>
              )}
              {s.label}: <code>{s.formula}</code> = <strong>{num(s.value)}</strong>
            </li>
          );
        })}
      </ol>
      <h5>{t("trade.explain.assumptions")}</h5>
      <ul className="assumptions">
        {ASSUMPTIONS.map((a) => (
          <li key={a.title}>
            <strong>{a.title}.</strong> {a.text}
          </li>
        ))}
      </ul>
      <button type="button" onClick={onClose}>
        {t("trade.explain.close")}
      </button>
    </section>
  );
}

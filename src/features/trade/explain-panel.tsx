import { useEffect, useId, useRef, useState } from "react";
import { buildSectorInputs, type ScenarioOutcome } from "../../domain/tariff/comparison";
import { ASSUMPTIONS, explainSmartSector, explainTotal } from "../../domain/tariff/explain";
import { MEASURES, type MeasureId } from "../../domain/tariff/measures";
import { explainSector, type ExplainStep } from "../../domain/tariff/model";
import { toScenarioInput } from "../../domain/tariff/presets";
import { sectorShort } from "./trade-labels";
import type { TradeModel } from "./use-trade-model";
import { t } from "../../i18n/i18n";
import { ASSUMPTION_KEYS, formulaText, stepLabelText, totalWords, measureTitleText } from "./trade-text";

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

/** A baseline's unit: "USD bn" in the active language, any other unit as the data gives it. */
function unitText(unit: string): string {
  return unit === "USD bn" ? t("trade.explain.unitUsdBn") : unit;
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
  const total = explainTotal(measure, outcome.point, sectorShort, gdpUsd, totalWords());
  const sector = sectors.find((s) => s.id === sectorId);
  const steps = sectorSteps(model, outcome, sectorId);
  const elasticity = sector ? preset.sectors[sector.id] : null;
  return (
    <section className="explain">
      <h4 id={`${id}-h`} ref={heading} tabIndex={-1}>
        {t("trade.table.howLabel", { measure: measureTitleText(measure), scenario: outcome.label })}
      </h4>
      <p>
        <strong>{t("trade.explain.is")}</strong> {t(`trade.measureIs.${measure}`)} <strong>{t("trade.explain.isNot")}</strong>{" "}
        {t(`trade.measureIsNot.${measure}`)}
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
          {t("trade.explain.inputs", {
            mK0: num(sector.importsKorea.value),
            unit: unitText(sector.importsKorea.unit),
            basis: t(sector.basis === "us_reported" ? "trade.explain.usReported" : "trade.explain.koreaReported"),
            row: sector.importsRow
              ? t("trade.explain.row", { value: num(sector.importsRow.value), unit: unitText(sector.importsRow.unit) })
              : t("trade.explain.noRow"),
            tK1: outcome.ratesPct[sector.id] / 100,
            tR1: (outcome.competitorRatesPct?.[sector.id] ?? 0) / 100,
            eps: elasticity.importDemandElasticity,
            sigma: elasticity.substitutionElasticity,
            preset: preset.label,
            border: passThrough.border,
            retail: passThrough.retail,
          })}
        </p>
      )}
      <p className="field-hint">
        {t(method === "smart" ? "trade.explain.smartSteps" : "trade.explain.cesSteps")} {t("trade.explain.money")}
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
              {stepLabelText(s.label)}: <code>{formulaText(s.formula)}</code> = <strong>{num(s.value)}</strong>
            </li>
          );
        })}
      </ol>
      <h5>{t("trade.explain.assumptions")}</h5>
      <ul className="assumptions">
        {ASSUMPTIONS.map((a, i) => {
          const key = ASSUMPTION_KEYS[i];
          return (
            <li key={a.title}>
              <strong>{key ? t(`trade.assumption.${key}.title`) : a.title}.</strong> {key ? t(`trade.assumption.${key}.text`) : a.text}
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={onClose}>
        {t("trade.explain.close")}
      </button>
    </section>
  );
}

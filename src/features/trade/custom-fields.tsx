import { useId, useState } from "react";
import { useAppStore } from "../../store/app-store";
import type { Sector } from "../../domain/schemas";
import { normalizeScenarioName, SCENARIO_NAME_MAX, type ScenarioRef } from "../../domain/tariff/scenario-ref";
import { NumberField } from "./number-field";
import { rateCheck } from "./field-checks";
import { CompetitorFields } from "./competitor-fields";
import { t } from "../../i18n/i18n";

interface CustomFieldsProps {
  index: number;
  scenario: Extract<ScenarioRef, { kind: "custom" }>;
  sectors: readonly Sector[];
  canRemove: boolean;
  onStatus: (text: string) => void;
}

/** The name, the eight sector tariffs and the competitors' tariffs of one custom scenario, with save and remove. */
export function CustomFields({ index, scenario, sectors, canRemove, onStatus }: CustomFieldsProps) {
  const id = useId();
  const update = useAppStore((s) => s.updateCustomAt);
  const remove = useAppStore((s) => s.removeScenarioAt);
  const save = useAppStore((s) => s.saveScenario);
  const [name, setName] = useState(scenario.name);
  const nameError = normalizeScenarioName(name) === "" ? t("trade.custom.nameError", { name: scenario.name }) : null;

  return (
    <div className="custom-fields">
      <div className={`name-field${nameError ? " is-invalid" : ""}`}>
        <label htmlFor={`${id}-name`}>{t("trade.custom.name")}</label>
        <input
          id={`${id}-name`}
          type="text"
          value={name}
          maxLength={SCENARIO_NAME_MAX}
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? `${id}-name-error` : undefined}
          onChange={(e) => {
            setName(e.target.value);
            if (normalizeScenarioName(e.target.value) !== "") update(index, { name: e.target.value });
          }}
        />
        {nameError && (
          <span id={`${id}-name-error`} className="field-error" role="alert">
            {nameError}
          </span>
        )}
      </div>
      <fieldset className="rate-grid">
        <legend>{t("trade.custom.ratesLegend")}</legend>
        {sectors.map((s) => (
          <NumberField
            key={s.id}
            label={t("trade.custom.rateLabel", { sector: s.label })}
            value={scenario.ratesPct[s.id]}
            min={0}
            max={100}
            unit="%"
            check={rateCheck(scenario.ratesPct[s.id])}
            onValid={(v) => update(index, { sector: s.id, ratePct: v })}
          />
        ))}
      </fieldset>
      <CompetitorFields
        sectors={sectors}
        rates={scenario.competitorRatesPct}
        onValid={(sector, v) => update(index, { sector, ratePct: v, competitor: true })}
      />
      <p className="editor-actions">
        <button
          type="button"
          onClick={() => {
            const error = save(scenario.name, scenario.ratesPct, scenario.competitorRatesPct);
            onStatus(error ?? t("trade.custom.saved", { name: scenario.name }));
          }}
        >
          {t("trade.custom.save")}
        </button>{" "}
        <button
          type="button"
          disabled={!canRemove}
          onClick={() => {
            remove(index);
            onStatus(t("trade.custom.removed", { name: scenario.name }));
          }}
        >
          {t("trade.custom.remove")}
        </button>
      </p>
    </div>
  );
}

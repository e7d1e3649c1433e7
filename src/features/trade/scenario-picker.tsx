import { useId } from "react";
import { useAppStore } from "../../store/app-store";
import { buildPreset, PRESET_IDS, type ScenarioBasis } from "../../domain/tariff/presets";
import { MAX_COMPARE, MIN_COMPARE, sameScenarioRef, type ScenarioRef } from "../../domain/tariff/scenario-ref";
import type { ResolvedScenario } from "../../domain/tariff/resolve";
import type { TariffMeasure } from "../../domain/schemas";
import { describeRates } from "./trade-labels";
import { t } from "../../i18n/i18n";
import { scenarioAssumptionTexts, scenarioDescriptionText, scenarioLabel } from "./trade-text";

interface ScenarioPickerProps {
  tariffs: readonly TariffMeasure[];
  scenarios: readonly ResolvedScenario[];
}

interface Option {
  ref: ScenarioRef;
  label: string;
  description: string;
}

/** The rates, the description and any "not known" assumption: what a user needs to choose. */
function describe(b: ScenarioBasis): string {
  const unknown = scenarioAssumptionTexts(b)
    .filter((a) => a.kind === "unknown")
    .map((a) => a.text);
  return [t("trade.picker.rates", { rates: describeRates(b.ratesPct) }), scenarioDescriptionText(b), ...unknown].join(" ");
}

/** Check 2–4 scenarios: the presets read from the timeline, plus any dated or custom scenario in the comparison. */
export function ScenarioPicker({ tariffs, scenarios }: ScenarioPickerProps) {
  const compare = useAppStore((s) => s.compare);
  const asOf = useAppStore((s) => s.asOf);
  const ratesOn = useAppStore((s) => s.ratesOn);
  const toggle = useAppStore((s) => s.toggleScenario);
  const base = useId();

  const options: Option[] = [];
  for (const id of PRESET_IDS) {
    const b = buildPreset(id, tariffs, ratesOn ?? asOf);
    if (b) options.push({ ref: { kind: "preset", id }, label: scenarioLabel(b), description: describe(b) });
  }
  for (const s of scenarios) {
    if (s.ref.kind !== "preset") options.push({ ref: s.ref, label: scenarioLabel(s), description: describe(s) });
  }
  const full = compare.length >= MAX_COMPARE;
  const atMin = compare.length <= MIN_COMPARE;

  return (
    <fieldset className="scenario-picker">
      <legend>{t("trade.picker.legend", { min: MIN_COMPARE, max: MAX_COMPARE })}</legend>
      <p className="field-hint" aria-live="polite">
        {t("trade.picker.chosen", { count: compare.length, max: MAX_COMPARE })}
        {full ? ` ${t("trade.picker.full")}` : ""}
        {atMin ? ` ${t("trade.picker.atMin", { min: MIN_COMPARE })}` : ""}
      </p>
      <ul className="picker-list">
        {options.map((o, i) => {
          const checked = compare.some((r) => sameScenarioRef(r, o.ref));
          const id = `${base}-option-${i}`;
          return (
            <li key={id}>
              <input
                id={id}
                type="checkbox"
                checked={checked}
                disabled={checked ? atMin : full}
                aria-describedby={`${id}-desc`}
                onChange={() => toggle(o.ref)}
              />
              <label htmlFor={id}>{o.label}</label>
              <span id={`${id}-desc`} className="field-hint">
                {o.description}
              </span>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

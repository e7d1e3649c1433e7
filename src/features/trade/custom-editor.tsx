import { useId, useState } from "react";
import { useAppStore } from "../../store/app-store";
import type { Sector } from "../../domain/schemas";
import { uniformRates } from "../../domain/tariff/presets";
import type { ResolvedScenario } from "../../domain/tariff/resolve";
import { customRef, DEFAULT_CUSTOM_NAME, MAX_COMPARE, MIN_COMPARE, type ScenarioRef } from "../../domain/tariff/scenario-ref";
import { CustomFields } from "./custom-fields";
import { t } from "../../i18n/i18n";
import { scenarioLabel } from "./trade-text";

interface CustomEditorProps {
  scenarios: readonly ResolvedScenario[];
  sectors: readonly Sector[];
}

type CustomRef = Extract<ScenarioRef, { kind: "custom" }>;

function freshName(taken: readonly string[]): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? DEFAULT_CUSTOM_NAME : `${DEFAULT_CUSTOM_NAME} ${n}`;
    if (!taken.includes(name)) return name;
  }
}

/** Build a per-sector scenario of your own: it joins the comparison (and the URL) and can be saved. */
export function CustomEditor({ scenarios, sectors }: CustomEditorProps) {
  const id = useId();
  const compare = useAppStore((s) => s.compare);
  const saved = useAppStore((s) => s.savedScenarios);
  const addScenario = useAppStore((s) => s.addScenario);
  const [picked, setPicked] = useState<number | null>(null);
  const [status, setStatus] = useState("");
  const customs = compare.flatMap((ref, index): { ref: CustomRef; index: number }[] => (ref.kind === "custom" ? [{ ref, index }] : []));
  const current = customs.find((c) => c.index === picked) ?? customs.at(-1) ?? null;
  const full = compare.length >= MAX_COMPARE;

  const create = () => {
    const template = [...scenarios].reverse().find((s) => s.ref.kind !== "custom") ?? scenarios.at(-1);
    const taken = [...customs.map((c) => c.ref.name), ...saved.map((s) => s.name)];
    const name = freshName(taken);
    const ref: ScenarioRef = customRef(name, { ...(template?.ratesPct ?? uniformRates(0)) }, template?.competitorRatesPct);
    if (addScenario(ref)) {
      setPicked(compare.length);
      setStatus(template ? t("trade.custom.addedFrom", { name, template: scenarioLabel(template) }) : t("trade.custom.addedZero", { name }));
    }
  };

  return (
    <section className="custom-editor">
      <h4 id={`${id}-h`}>{t("trade.custom.heading")}</h4>
      <p className="editor-actions">
        <button type="button" onClick={create} disabled={full}>
          {t("trade.custom.new")}
        </button>
        {full && <span className="field-hint"> {t("trade.custom.full", { max: MAX_COMPARE })}</span>}
      </p>
      {customs.length > 1 && current && (
        <p>
          <label htmlFor={`${id}-pick`}>{t("trade.custom.pick")}</label>{" "}
          <select id={`${id}-pick`} value={current.index} onChange={(e) => setPicked(Number(e.target.value))}>
            {customs.map((c) => (
              <option key={c.index} value={c.index}>
                {c.ref.name}
              </option>
            ))}
          </select>
        </p>
      )}
      {current === null ? (
        <p className="field-hint">{t("trade.custom.hint")}</p>
      ) : (
        <CustomFields
          key={current.index}
          index={current.index}
          scenario={current.ref}
          sectors={sectors}
          canRemove={compare.length > MIN_COMPARE}
          onStatus={setStatus}
        />
      )}
      <p className="status" role="status">
        {status}
      </p>
    </section>
  );
}

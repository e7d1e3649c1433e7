import { useId } from "react";
import { useAppStore } from "../../store/app-store";
import { customRef, MAX_COMPARE, sameScenarioRef, type ScenarioRef } from "../../domain/tariff/scenario-ref";
import { describeRates } from "./trade-labels";

/** The user's saved custom scenarios (this browser only): compare, duplicate or delete each one. */
export function SavedScenariosList() {
  const id = useId();
  const saved = useAppStore((s) => s.savedScenarios);
  const status = useAppStore((s) => s.savedScenariosStatus);
  const compare = useAppStore((s) => s.compare);
  const addScenario = useAppStore((s) => s.addScenario);
  const duplicate = useAppStore((s) => s.duplicateSavedScenario);
  const remove = useAppStore((s) => s.deleteSavedScenario);
  const full = compare.length >= MAX_COMPARE;
  return (
    <section className="saved-scenarios">
      <h4 id={`${id}-h`}>My saved scenarios</h4>
      {status === "memory" && <p className="field-hint">Saving is not available in this browser: saved scenarios last until the page is closed.</p>}
      {saved.length === 0 ? (
        <p className="field-hint">None yet. Build a custom scenario and press &ldquo;Save to my scenarios&rdquo;.</p>
      ) : (
        <ul className="saved-list">
          {saved.map((s) => {
            const ref: ScenarioRef = customRef(s.name, s.ratesPct, s.competitorRatesPct);
            const shown = compare.some((r) => sameScenarioRef(r, ref));
            return (
              <li key={s.id}>
                <span className="saved-name">{s.name}</span> <span className="field-hint">
                  {describeRates(s.ratesPct)}
                  {s.competitorRatesPct ? `; competitors ${describeRates(s.competitorRatesPct)}` : ""}
                </span>
                <span className="saved-actions">
                  <button type="button" disabled={shown || full} onClick={() => addScenario(ref)} aria-label={`Compare ${s.name}`}>
                    {shown ? "In the comparison" : "Compare"}
                  </button>
                  <button type="button" onClick={() => duplicate(s.id)} aria-label={`Duplicate ${s.name}`}>
                    Duplicate
                  </button>
                  <button type="button" onClick={() => remove(s.id)} aria-label={`Delete ${s.name}`}>
                    Delete
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

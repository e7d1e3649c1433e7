import { useId } from "react";
import { useAppStore } from "../../store/app-store";
import { customRef, MAX_COMPARE, sameScenarioRef, type ScenarioRef } from "../../domain/tariff/scenario-ref";
import { describeRates } from "./trade-labels";
import { t } from "../../i18n/i18n";

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
      <h4 id={`${id}-h`}>{t("trade.saved.heading")}</h4>
      {status === "memory" && <p className="field-hint">{t("trade.saved.memory")}</p>}
      {saved.length === 0 ? (
        <p className="field-hint">{t("trade.saved.none")}</p>
      ) : (
        <ul className="saved-list">
          {saved.map((s) => {
            const ref: ScenarioRef = customRef(s.name, s.ratesPct, s.competitorRatesPct);
            const shown = compare.some((r) => sameScenarioRef(r, ref));
            return (
              <li key={s.id}>
                <span className="saved-name">{s.name}</span> <span className="field-hint">
                  {describeRates(s.ratesPct)}
                  {s.competitorRatesPct ? t("trade.saved.competitors", { rates: describeRates(s.competitorRatesPct) }) : ""}
                </span>
                <span className="saved-actions">
                  <button type="button" disabled={shown || full} onClick={() => addScenario(ref)} aria-label={t("trade.saved.compareLabel", { name: s.name })}>
                    {shown ? t("trade.saved.inComparison") : t("trade.saved.compare")}
                  </button>
                  <button type="button" onClick={() => duplicate(s.id)} aria-label={t("trade.saved.duplicateLabel", { name: s.name })}>
                    {t("trade.saved.duplicate")}
                  </button>
                  <button type="button" onClick={() => remove(s.id)} aria-label={t("trade.saved.deleteLabel", { name: s.name })}>
                    {t("trade.saved.delete")}
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

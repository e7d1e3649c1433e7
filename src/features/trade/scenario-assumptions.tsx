import type { ResolvedScenario } from "../../domain/tariff/resolve";
import { t } from "../../i18n/i18n";
import { scenarioAssumptionTexts, scenarioLabel } from "./trade-text";

/**
 * What each scenario in the comparison assumes where the sources stop: rates not known after a
 * measure ended (and the layer below used instead) and the competitors' rates.
 */
export function ScenarioAssumptions({ scenarios }: { scenarios: readonly ResolvedScenario[] }) {
  const withAny = scenarios.filter((s) => s.assumptions.length > 0);
  if (withAny.length === 0) return null;
  return (
    <section className="scenario-assumptions" aria-label={t("trade.assumptions.heading")}>
      <h4>{t("trade.assumptions.heading")}</h4>
      <dl>
        {withAny.map((s) => (
          <div key={s.key}>
            <dt>{scenarioLabel(s)}</dt>
            {scenarioAssumptionTexts(s).map((a) => (
              <dd key={a.text}>{a.text}</dd>
            ))}
          </div>
        ))}
      </dl>
    </section>
  );
}

import { rangeOf, type ScenarioOutcome } from "../../domain/tariff/comparison";
import { formatMeasure, MEASURES, type MeasureId } from "../../domain/tariff/measures";
import { activeLang, t } from "../../i18n/i18n";
import { usdBn } from "./trade-text";

/** "1.2 to 3.4 USD bn" or "0.1% of GDP", in the active language. */
function ranged(id: MeasureId, o: ScenarioOutcome, unit: "usd" | "gdp"): string {
  const r = rangeOf(o, MEASURES[id].total);
  const low = formatMeasure(id, r.low);
  const high = formatMeasure(id, r.high);
  if (unit === "gdp") return low === high ? t("trade.headline.pctGdp", { value: low }) : t("trade.headline.rangeGdp", { low, high });
  if (low === high) return usdBn(low);
  // Korean names the unit with each end ("12억 달러~34억 달러"), English once ("1.2 to 3.4 USD bn").
  const end = (v: string) => (activeLang() === "ko" ? usdBn(v) : v);
  return t("trade.headline.rangeUsd", { low: end(low), high: end(high) });
}

/** The headline numbers as ranges across the elasticity presets, one line per scenario. */
export function HeadlineFigures({ outcomes, presetCount }: { outcomes: readonly ScenarioOutcome[]; presetCount: number }) {
  return (
    <div className="headline">
      <h4>{t("trade.headline.heading", { count: presetCount })}</h4>
      <ul>
        {outcomes.map((o) => (
          <li key={o.key}>
            <strong>{t("trade.headline.label", { label: o.label })}</strong>{" "}
            {t("trade.headline.line", {
              loss: ranged("exportLoss", o, "usd"),
              lossGdp: ranged("exportLossPctGdp", o, "gdp"),
              welfare: ranged("welfare", o, "usd"),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}

import { rangeOf, type ScenarioOutcome } from "../../domain/tariff/comparison";
import { formatMeasure, MEASURES, type MeasureId } from "../../domain/tariff/measures";

function ranged(id: MeasureId, o: ScenarioOutcome, unit: string): string {
  const r = rangeOf(o, MEASURES[id].total);
  const low = formatMeasure(id, r.low);
  const high = formatMeasure(id, r.high);
  return low === high ? `${low}${unit}` : `${low} to ${high}${unit}`;
}

/** The headline numbers as ranges across the elasticity presets, one line per scenario. */
export function HeadlineFigures({ outcomes, presetCount }: { outcomes: readonly ScenarioOutcome[]; presetCount: number }) {
  return (
    <div className="headline">
      <h4>Headline: Korea&apos;s export loss and the US welfare change, as ranges across the {presetCount} elasticity presets</h4>
      <ul>
        {outcomes.map((o) => (
          <li key={o.key}>
            <strong>{o.label}:</strong> Korea loses {ranged("exportLoss", o, " USD bn")} of exports a year ({ranged("exportLossPctGdp", o, "% of GDP")}); US
            welfare changes by {ranged("welfare", o, " USD bn")}.
          </li>
        ))}
      </ul>
    </div>
  );
}

import type { ScenarioOutcome } from "../../domain/tariff/comparison";
import { FLAG_TEXT } from "../../domain/tariff/explain";
import type { ModelFlag } from "../../domain/tariff/model";
import { sectorShort } from "./trade-labels";

interface ModelFlagsProps {
  outcomes: readonly ScenarioOutcome[];
  onUseCes: () => void;
}

interface FlagLine {
  key: string;
  text: string;
}

function flagLines(outcomes: readonly ScenarioOutcome[]): FlagLine[] {
  const lines: FlagLine[] = [];
  for (const o of outcomes) {
    for (const run of o.runs) {
      const bySector = new Map<ModelFlag, string[]>();
      for (const s of run.result.sectors) for (const f of s.flags) bySector.set(f, [...(bySector.get(f) ?? []), sectorShort(s.id)]);
      for (const [flag, sectors] of bySector) {
        lines.push({
          key: `${o.key}-${run.presetId}-${flag}`,
          text: `${o.label}, ${run.presetLabel}: in ${sectors.join(", ")}, ${FLAG_TEXT[flag]}.`,
        });
      }
    }
  }
  return lines;
}

/** SMART's warnings in words, with a switch to the CES method. Nothing is shown when SMART ran clean. */
export function ModelFlags({ outcomes, onUseCes }: ModelFlagsProps) {
  const lines = flagLines(outcomes);
  if (lines.length === 0) return null;
  return (
    <div className="model-flags" role="note" aria-label="Warnings from the SMART method">
      <p>
        <strong>SMART is outside its range for these tariffs.</strong> Its straight-line formulas are meant for small changes, so the
        numbers below are unreliable. Use the CES method for shocks this large.
      </p>
      <ul>
        {lines.map((l) => (
          <li key={l.key}>{l.text}</li>
        ))}
      </ul>
      <button type="button" onClick={onUseCes}>
        Switch to the CES method
      </button>
    </div>
  );
}

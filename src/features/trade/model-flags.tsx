import type { ScenarioOutcome } from "../../domain/tariff/comparison";
import type { ModelFlag } from "../../domain/tariff/model";
import { sectorShort } from "./trade-labels";
import { t } from "../../i18n/i18n";

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
          // The sentence of domain/tariff/explain.ts FLAG_TEXT, whole, by flag.
          text: t(`trade.flag.${flag}`, { scenario: o.label, preset: run.presetLabel, sectors: sectors.join(t("trade.list.separator")) }),
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
    <div className="model-flags" role="note" aria-label={t("trade.flags.label")}>
      <p>
        <strong>{t("trade.flags.title")}</strong> {t("trade.flags.text")}
      </p>
      <ul>
        {lines.map((l) => (
          <li key={l.key}>{l.text}</li>
        ))}
      </ul>
      <button type="button" onClick={onUseCes}>
        {t("trade.flags.useCes")}
      </button>
    </div>
  );
}

import type { Sector } from "../../domain/schemas";
import type { SectorRates } from "../../domain/tariff/presets";
import type { SectorId } from "../../domain/types";
import { NumberField } from "./number-field";
import { rateCheck } from "./field-checks";
import { sectorShort } from "./trade-labels";

interface CompetitorFieldsProps {
  sectors: readonly Sector[];
  /** Competitors' rates of the scenario (absent: 0% everywhere). */
  rates: SectorRates | undefined;
  onValid: (sector: SectorId, value: number) => void;
}

/**
 * The competitors' (every other supplier's) extra tariff per sector, over their 2024 tariffs. The
 * hint says where it can change a result: only sectors with a sourced rest-of-world baseline.
 */
export function CompetitorFields({ sectors, rates, onValid }: CompetitorFieldsProps) {
  const off = sectors.filter((s) => s.importsRow === null).map((s) => sectorShort(s.id).toLowerCase());
  return (
    <details className="competitor-fields">
      <summary>Competitors&rsquo; tariffs (every other supplier), by sector</summary>
      <p className="field-hint">
        What the US charges every other supplier on top of its 2024 tariff (0% = unchanged). A higher rate for competitors shrinks the
        diversion away from Korea. {off.length > 0 && `It changes nothing for ${off.join(", ")}: their rest-of-world baseline is not sourced, so diversion is off.`}
      </p>
      <fieldset className="rate-grid">
        <legend>Competitors&rsquo; US tariff, by sector (%, 0–100)</legend>
        {sectors.map((s) => {
          const value = rates?.[s.id] ?? 0;
          return (
            <NumberField
              key={s.id}
              label={`Competitors' tariff, ${s.label}, in %`}
              value={value}
              min={0}
              max={100}
              unit="%"
              check={rateCheck(value)}
              onValid={(v) => onValid(s.id, v)}
            />
          );
        })}
      </fieldset>
    </details>
  );
}

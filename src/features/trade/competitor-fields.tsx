import type { Sector } from "../../domain/schemas";
import type { SectorRates } from "../../domain/tariff/presets";
import type { SectorId } from "../../domain/types";
import { NumberField } from "./number-field";
import { rateCheck } from "./field-checks";
import { sectorShort } from "./trade-labels";
import { t } from "../../i18n/i18n";

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
      <summary>{t("trade.competitors.summary")}</summary>
      <p className="field-hint">
        {t("trade.competitors.hint")} {off.length > 0 && t("trade.competitors.off", { sectors: off.join(t("trade.list.separator")) })}
      </p>
      <fieldset className="rate-grid">
        <legend>{t("trade.competitors.legend")}</legend>
        {sectors.map((s) => {
          const value = rates?.[s.id] ?? 0;
          return (
            <NumberField
              key={s.id}
              label={t("trade.competitors.rateLabel", { sector: s.label })}
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

import { SourceNote } from "../../components/source-note";
import { getSources } from "../../data/lookup";
import type { Fact, Sector, TariffMeasure } from "../../domain/schemas";
import { rulingComparisonLabel, rulingComparisonParts } from "../../domain/tariff/presets";
import { RULING_COMPARE, sameCompare } from "../../domain/tariff/scenario-ref";
import { useAppStore } from "../../store/app-store";
import { sectorShort } from "./trade-labels";
import { activeLang, t } from "../../i18n/i18n";

interface RulingComparisonProps {
  tariffs: readonly TariffMeasure[];
  sectors: readonly Sector[];
  /** The deal term that reads the ruling's effect (KITA), if the data has it. */
  reading: Fact | undefined;
}

/**
 * One click to what the 20 Feb 2026 ruling did to Korea's relative position: the deal's 15% all-in
 * (competitors' rates mostly not in the sources) beside MFN + the Section 122 surcharge, the same on
 * every supplier. Says where competitors' rates can move the model at all.
 */
export function RulingComparison({ tariffs, sectors, reading }: RulingComparisonProps) {
  const compare = useAppStore((s) => s.compare);
  const setCompare = useAppStore((s) => s.setCompare);
  const parts = rulingComparisonParts(tariffs);
  if (parts === null) return null;
  const label = activeLang() === "en" ? rulingComparisonLabel(tariffs) : t("trade.ruling.name", parts);
  const name = label ?? "";
  const active = sameCompare(compare, RULING_COMPARE);
  const withRow = sectors.filter((s) => s.importsRow !== null).map((s) => sectorShort(s.id).toLowerCase());
  return (
    <section className="ruling-compare" aria-label={t("trade.ruling.label")}>
      <p>
        <button type="button" aria-pressed={active} onClick={() => setCompare(RULING_COMPARE)}>
          {t("trade.ruling.compare", { label: name })}
        </button>
      </p>
      {reading && (
        <p className="field-hint">
          {reading.text} <SourceNote sources={getSources(reading.sourceIds)} />
        </p>
      )}
      <p className="field-hint">
        {t("trade.ruling.hint", { sectors: withRow.join(t("trade.list.separator")) })}
      </p>
    </section>
  );
}

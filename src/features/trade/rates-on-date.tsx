import { useId, useMemo, useState } from "react";
import { urlVocabulary } from "../../data/url-vocabulary";
import { isRealIsoDate } from "../../domain/dates";
import { formatDate } from "../../i18n/format";
import type { Sector, TariffMeasure } from "../../domain/schemas";
import { latestInForceDate } from "../../domain/tariff/presets";
import { legalBasisOf, partMeasuresOn } from "../../domain/tariff/rates-on";
import { MAX_COMPARE, sameScenarioRef, type ScenarioRef } from "../../domain/tariff/scenario-ref";
import { useAppStore } from "../../store/app-store";
import { RatesOnTable } from "./rates-on-table";
import { SourcesStop } from "./sources-stop";
import { activeLang, t } from "../../i18n/i18n";
import { sectorShort } from "./trade-labels";

interface RatesOnDateProps {
  tariffs: readonly TariffMeasure[];
  sectors: readonly Sector[];
}

/** Where the date shown comes from, in words. */
function origin(ratesOn: string | null, asOf: string | null): string {
  if (ratesOn !== null) return t("trade.ratesOn.originChosen");
  return asOf !== null ? t("trade.ratesOn.originScrubber") : t("trade.ratesOn.originLatest");
}

/**
 * "Tariffs in force on a date": pick a day (shareable as ?ratesOn=), read each sector's all-in rate
 * on Korean goods, its legal basis and what the same measure put on competitors, and see where the
 * sources stop. The date is also the one "Tariffs in force on" uses in the comparison.
 */
export function RatesOnDate({ tariffs, sectors }: RatesOnDateProps) {
  const id = useId();
  const ratesOn = useAppStore((s) => s.ratesOn);
  const asOf = useAppStore((s) => s.asOf);
  const setRatesOn = useAppStore((s) => s.setRatesOn);
  const addScenario = useAppStore((s) => s.addScenario);
  const setPanelPart = useAppStore((s) => s.setPanelPart);
  // The same bounds as a ?ratesOn= link (url-state.ts), read once.
  const { minDate, ratesOnMax, maxDate } = useMemo(() => urlVocabulary(), []);
  const max = ratesOnMax ?? maxDate;
  const date = ratesOn ?? asOf ?? latestInForceDate(tariffs) ?? max;
  const [text, setText] = useState(date);
  const [shown, setShown] = useState(date);
  const [error, setError] = useState<string | null>(null);
  // The date changed from outside (the URL, the scrubber): show it unless the user is mid-error.
  if (shown !== date) {
    setShown(date);
    if (error === null) setText(date);
  }
  const parts = partMeasuresOn(tariffs, date);
  const dated: ScenarioRef = { kind: "dated", date };
  // Single values, so editing a custom scenario does not re-render this table.
  const inCompare = useAppStore((s) => s.compare.some((r) => sameScenarioRef(r, dated)));
  const full = useAppStore((s) => s.compare.length >= MAX_COMPARE);

  const onChange = (value: string) => {
    setText(value);
    if (!isRealIsoDate(value) || value < minDate || value > max) {
      setError(t("trade.ratesOn.badDate", { min: formatDate(minDate), max: formatDate(max), date: formatDate(date) }));
      return;
    }
    setError(null);
    setRatesOn(value);
  };

  return (
    <section className="rates-on" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t("trade.ratesOn.heading")}</h3>
      <p className="rates-on-controls">
        <label htmlFor={`${id}-date`}>{t("trade.ratesOn.dateLabel")}</label>{" "}
        <input
          id={`${id}-date`}
          type="date"
          value={text}
          min={minDate}
          max={max}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : `${id}-from`}
          onChange={(e) => onChange(e.target.value)}
        />{" "}
        {ratesOn !== null && (
          <button type="button" onClick={() => setRatesOn(null)}>
            {t("trade.ratesOn.follow")}
          </button>
        )}{" "}
        <button
          type="button"
          disabled={inCompare || full}
          onClick={() => {
            // The comparison is the Trade view's "scenarios" part: show it with the rates added.
            if (addScenario(dated)) setPanelPart("scenarios");
          }}
        >
          {inCompare ? t("trade.saved.inComparison") : t("trade.ratesOn.add")}
        </button>
      </p>
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : (
        <p id={`${id}-from`} className="field-hint">
          {t("trade.ratesOn.showing", { date: formatDate(date), origin: origin(ratesOn, asOf) })}
        </p>
      )}
      <RatesOnTable tariffs={tariffs} sectors={sectors} date={date} />
      {parts.length > 0 && (
        <p className="field-hint">
          {t("trade.ratesOn.parts", {
            parts: parts
              .map((m) =>
                t("trade.ratesOn.part", {
                  basis: legalBasisOf(m),
                  rate: m.ratePct,
                  date: formatDate(m.effective),
                  sectors: m.sectors.map((s) => (activeLang() === "ko" ? sectorShort(s) : s.replaceAll("_", " "))).join(t("trade.list.separator")),
                }),
              )
              .join(t("trade.list.pairSeparator")),
          })}
        </p>
      )}
      <SourcesStop tariffs={tariffs} date={date} />
    </section>
  );
}

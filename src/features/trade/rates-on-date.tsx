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

interface RatesOnDateProps {
  tariffs: readonly TariffMeasure[];
  sectors: readonly Sector[];
}

/** Where the date shown comes from, in words. */
function origin(ratesOn: string | null, asOf: string | null): string {
  if (ratesOn !== null) return "the date chosen here";
  return asOf !== null ? "the time scrubber's date" : "the latest sourced change";
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
      setError(`Enter a date from ${formatDate(minDate)} to ${formatDate(max)}. The rates shown stay those of ${formatDate(date)}.`);
      return;
    }
    setError(null);
    setRatesOn(value);
  };

  return (
    <section className="rates-on" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>US tariffs on Korean goods in force on a date</h3>
      <p className="rates-on-controls">
        <label htmlFor={`${id}-date`}>Show the rates in force on</label>{" "}
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
            Follow the time scrubber
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
          {inCompare ? "In the comparison" : "Add these rates to the comparison"}
        </button>
      </p>
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : (
        <p id={`${id}-from`} className="field-hint">
          Showing {formatDate(date)} ({origin(ratesOn, asOf)}). Tariffs in force on a date in the comparison use this date too.
        </p>
      )}
      <RatesOnTable tariffs={tariffs} sectors={sectors} date={date} />
      {parts.length > 0 && (
        <p className="field-hint">
          Also in force on part of a sector, not in these rates:{" "}
          {parts.map((m) => `${legalBasisOf(m)}, ${m.ratePct}% from ${formatDate(m.effective)} (${m.sectors.join(", ").replaceAll("_", " ")})`).join("; ")}.
        </p>
      )}
      <SourcesStop tariffs={tariffs} date={date} />
    </section>
  );
}

import type { Series } from "../domain/schemas";
import { latestValueDates } from "../domain/freshness";
import { ValueDate } from "./value-date";
import { t } from "../i18n/i18n";

interface SeriesDatesProps {
  series: readonly Pick<Series, "label" | "points">[];
}

/**
 * "Latest value: Jun 2026", or one date per series when there are several; a stale one shows
 * "not updated since <date>" instead.
 */
export function SeriesDates({ series }: SeriesDatesProps) {
  const dates = latestValueDates(series);
  if (dates.length === 0) return null;
  const [only] = dates;
  if (dates.length === 1 && only) {
    return (
      <p className="series-dates">
        <ValueDate date={only.date} prefix={t("indicators.dates.latest")} />
      </p>
    );
  }
  return (
    <p className="series-dates">
      {t("indicators.dates.latestMany")}{" "}
      {dates.map((d, i) => (
        <span key={`${d.label}-${i}`}>
          {i > 0 ? "; " : ""}
          <ValueDate label={d.label} date={d.date} prefix="" />
        </span>
      ))}
    </p>
  );
}

import type { Series, Source } from "../domain/schemas";
import { formatDate, formatNumber } from "../i18n/format";
import { ConfidenceBadge } from "./confidence-badge";
import { SourceNote } from "./source-note";
import { SeriesDates } from "./series-dates";
import { t } from "../i18n/i18n";
import { unitText } from "./indicator-text";

interface SeriesTableProps {
  series: Series;
  sourcesFor: (ids: readonly string[]) => Source[];
}

/** A series as a table: one row per point with its range, note, confidence and source links. */
export function SeriesTable({ series, sourcesFor }: SeriesTableProps) {
  return (
    <table className="data-table">
      <caption>
        {series.label} ({unitText(series.unit)})
        {series.method ? <span className="method"> — {series.method}</span> : null}
        <SeriesDates series={[series]} />
      </caption>
      <thead>
        <tr>
          <th scope="col">{t("indicators.table.date")}</th>
          <th scope="col">{t("indicators.table.value")}</th>
          <th scope="col">{t("indicators.table.source")}</th>
        </tr>
      </thead>
      <tbody>
        {series.points.map((p, i) => (
          <tr key={`${p.date}-${i}`}>
            <th scope="row">
              {formatDate(p.date)}
              {p.label ? ` (${p.label})` : ""}
            </th>
            <td>
              {formatNumber(p.value)}
              {p.low !== undefined && p.high !== undefined
                ? ` (${formatNumber(p.low)}–${formatNumber(p.high)})`
                : ""}{" "}
              <ConfidenceBadge level={p.confidence} />
              {p.note ? <span className="figure-note"> {p.note}</span> : null}
            </td>
            <td>
              <SourceNote sources={sourcesFor(p.sourceIds)} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

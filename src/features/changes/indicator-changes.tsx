import type { IndicatorChange, ValueSide } from "../../domain/changes";
import { formatDate } from "../../i18n/format";
import { weakest } from "../../domain/indicator-summary";
import type { IsoDate } from "../../domain/types";
import { getSources } from "../../data/lookup";
import { SourceNote } from "../../components/source-note";
import { ConfidenceBadge } from "../../components/confidence-badge";
import { changeText, sideValues } from "./changes-format";

/** One side: the value(s), their date, and their sources. */
function ValueCell({ side, unit, on }: { side: ValueSide | null; unit: string; on: IsoDate }) {
  if (!side) return <td className="muted">no value</td>;
  const ids = [...new Set(side.points.flatMap((p) => p.sourceIds))];
  return (
    <td>
      <span className="change-value">{sideValues(side, unit)}</span>
      <ConfidenceBadge level={weakest(side.points.map((p) => p.confidence))} />
      <span className="change-date">
        dated <time dateTime={side.date}>{formatDate(side.date)}</time>
        {side.periodOpen ? ` (total so far: the ${/^\d{4}$/.test(side.date) ? "year" : "month"} was not over on ${formatDate(on)})` : ""}
      </span>
      <SourceNote sources={getSources(ids)} />
    </td>
  );
}

/** Every headline indicator: its value on `since` and its latest value, with both dates and the change. */
export function IndicatorChanges({ rows, since, asOf }: { rows: readonly IndicatorChange[]; since: IsoDate; asOf: IsoDate }) {
  return (
    <section className="changes-block" aria-labelledby="changes-indicators">
      <h4 id="changes-indicators">Headline indicators</h4>
      <div
        className="table-scroll"
        role="region"
        aria-label="Headline indicators, then and latest"
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
      >
        <table className="data-table changes-table">
          <caption>
            Each indicator's newest value on or before {formatDate(since)} and its latest value (data as of {formatDate(asOf)})
          </caption>
          <thead>
            <tr>
              <th scope="col">Indicator</th>
              <th scope="col">On {formatDate(since)}</th>
              <th scope="col">Latest</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c.id} data-indicator={c.id}>
                <th scope="row">
                  {c.label}
                  {c.method ? <span className="change-basis">{c.method}</span> : null}
                </th>
                <ValueCell side={c.then} unit={c.unit} on={since} />
                <ValueCell side={c.latest} unit={c.unit} on={asOf} />
                <td>{changeText(c, since)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

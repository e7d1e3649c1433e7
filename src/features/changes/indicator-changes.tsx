import type { IndicatorChange, ValueSide } from "../../domain/changes";
import { formatDate } from "../../i18n/format";
import { t } from "../../i18n/i18n";
import type { PanelMessageKey } from "../../domain/i18n/panel-keys";
import { weakest } from "../../domain/indicator-summary";
import type { IsoDate } from "../../domain/types";
import { getSources } from "../../data/lookup";
import { SourceNote } from "../../components/source-note";
import { ConfidenceBadge } from "../../components/confidence-badge";
import { changeText, sideValues } from "./changes-format";

/** One side: the value(s), their date, and their sources. */
function ValueCell({ side, unit, on }: { side: ValueSide | null; unit: string; on: IsoDate }) {
  if (!side) return <td className="muted">{t("changes.indicators.noValue")}</td>;
  const ids = [...new Set(side.points.flatMap((p) => p.sourceIds))];
  return (
    <td>
      <span className="change-value">{sideValues(side, unit)}</span>
      <ConfidenceBadge level={weakest(side.points.map((p) => p.confidence))} />
      <span className="change-date">
        <time dateTime={side.date}>{t("changes.indicators.dated", { date: formatDate(side.date) })}</time>
        {side.periodOpen
          ? t(/^\d{4}$/.test(side.date) ? "changes.indicators.openYear" : "changes.indicators.openMonth", { date: formatDate(on) })
          : ""}
      </span>
      <SourceNote sources={getSources(ids)} />
    </td>
  );
}

/** The labels the view gives itself (changes.ts HEADLINES), by id; the indicators' titles come from the registry. */
const HEADLINE_LABELS: Record<string, PanelMessageKey> = {
  "us-tariff-korea": "changes.headline.us-tariff-korea",
  kor_exports_to_us_korea_reported: "changes.headline.kor_exports_to_us_korea_reported",
};

function headlineLabel(c: IndicatorChange): string {
  const key = HEADLINE_LABELS[c.id];
  return key ? t(key) : c.label;
}

/** Every headline indicator: its value on `since` and its latest value, with both dates and the change. */
export function IndicatorChanges({ rows, since, asOf }: { rows: readonly IndicatorChange[]; since: IsoDate; asOf: IsoDate }) {
  return (
    <section className="changes-block" aria-labelledby="changes-indicators">
      <h4 id="changes-indicators">{t("changes.indicators.heading")}</h4>
      <div
        className="table-scroll"
        role="region"
        aria-label={t("changes.indicators.region")}
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
      >
        <table className="data-table changes-table">
          <caption>
            {t("changes.indicators.caption", { since: formatDate(since), asOf: formatDate(asOf) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("changes.indicators.indicator")}</th>
              <th scope="col">{t("changes.col.on", { date: formatDate(since) })}</th>
              <th scope="col">{t("changes.indicators.latest")}</th>
              <th scope="col">{t("changes.col.change")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c.id} data-indicator={c.id}>
                <th scope="row">
                  {headlineLabel(c)}
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

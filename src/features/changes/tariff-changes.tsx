import type { TariffChange, TariffSide } from "../../domain/changes";
import { formatDate } from "../../i18n/format";
import { t } from "../../i18n/i18n";
import type { IsoDate } from "../../domain/types";
import { getEvent, getSources } from "../../data/lookup";
import { SourceNote } from "../../components/source-note";
import { ConfidenceBadge } from "../../components/confidence-badge";
import { EventLink } from "./event-link";
import { rateText, signedPoints } from "./changes-format";

/** One side of a sector's line: the rate, its legal basis, the measure's event and sources. */
function TariffCell({ side }: { side: TariffSide }) {
  const r = side.rate;
  return (
    <td>
      <span className="change-value">{rateText(r)}</span>
      <ConfidenceBadge level={side.confidence} />
      <span className="change-basis">
        {r.status === "known" ? r.basis : t("changes.tariffs.openSince", { date: formatDate(r.since), reason: r.reason })}
      </span>
      {side.measures.map((m) => {
        const e = m.eventId ? getEvent(m.eventId) : undefined;
        return e ? <EventLink key={m.id} event={e} prefix={t("changes.event")} /> : null;
      })}
      <SourceNote sources={getSources(side.sourceIds)} />
    </td>
  );
}

/** The US tariff on Korean goods by sector, on `since` and latest, side by side, each with its legal basis. */
export function TariffChanges({ rows, since, asOf }: { rows: readonly TariffChange[]; since: IsoDate; asOf: IsoDate }) {
  return (
    <section className="changes-block" aria-labelledby="changes-tariffs">
      <h4 id="changes-tariffs">{t("changes.tariffs.heading")}</h4>
      <div
        className="table-scroll"
        role="region"
        aria-label={t("changes.tariffs.region")}
        // A scrolling table must be reachable by keyboard (axe: scrollable-region-focusable).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
      >
        <table className="data-table changes-table">
          <caption>{t("changes.tariffs.caption", { since: formatDate(since), asOf: formatDate(asOf) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("changes.tariffs.sector")}</th>
              <th scope="col">{t("changes.col.on", { date: formatDate(since) })}</th>
              <th scope="col">{t("changes.tariffs.latest", { date: formatDate(asOf) })}</th>
              <th scope="col">{t("changes.col.change")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.sector} data-sector={row.sector} className={row.changed ? "is-changed" : undefined}>
                <th scope="row">{row.label}</th>
                <TariffCell side={row.then} />
                <TariffCell side={row.now} />
                <td>
                  {row.deltaPts === null
                    ? t("changes.notKnown")
                    : row.deltaPts !== 0
                      ? signedPoints(row.deltaPts)
                      : row.changed
                        ? t("changes.tariffs.newBasis")
                        : t("changes.noChange")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

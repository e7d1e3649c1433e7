import type { TariffChange, TariffSide } from "../../domain/changes";
import { formatDate } from "../../i18n/format";
import type { IsoDate } from "../../domain/types";
import { getEvent, getSources } from "../../data/lookup";
import { SourceNote } from "../../components/source-note";
import { ConfidenceBadge } from "../../components/confidence-badge";
import { EventLink } from "./event-link";
import { rateText, signed } from "./changes-format";

/** One side of a sector's line: the rate, its legal basis, the measure's event and sources. */
function TariffCell({ side }: { side: TariffSide }) {
  const r = side.rate;
  return (
    <td>
      <span className="change-value">{rateText(r)}</span>
      <ConfidenceBadge level={side.confidence} />
      <span className="change-basis">
        {r.status === "known" ? r.basis : `open since ${formatDate(r.since)}: ${r.reason}`}
      </span>
      {side.measures.map((m) => {
        const e = m.eventId ? getEvent(m.eventId) : undefined;
        return e ? <EventLink key={m.id} event={e} prefix="Event" /> : null;
      })}
      <SourceNote sources={getSources(side.sourceIds)} />
    </td>
  );
}

/** The US tariff on Korean goods by sector, on `since` and latest, side by side, each with its legal basis. */
export function TariffChanges({ rows, since, asOf }: { rows: readonly TariffChange[]; since: IsoDate; asOf: IsoDate }) {
  return (
    <section className="changes-block" aria-labelledby="changes-tariffs">
      <h4 id="changes-tariffs">US tariff on Korean goods, by sector</h4>
      <div
        className="table-scroll"
        role="region"
        aria-label="US tariff on Korean goods, then and latest"
        // A scrolling table must be reachable by keyboard (axe: scrollable-region-focusable).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
      >
        <table className="data-table changes-table">
          <caption>All-in US tariff in force on {formatDate(since)} and on {formatDate(asOf)}, with the legal basis of each</caption>
          <thead>
            <tr>
              <th scope="col">Sector</th>
              <th scope="col">On {formatDate(since)}</th>
              <th scope="col">Latest ({formatDate(asOf)})</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((t) => (
              <tr key={t.sector} data-sector={t.sector} className={t.changed ? "is-changed" : undefined}>
                <th scope="row">{t.label}</th>
                <TariffCell side={t.then} />
                <TariffCell side={t.now} />
                <td>
                  {t.deltaPts === null
                    ? "not known"
                    : t.deltaPts !== 0
                      ? signed(t.deltaPts, "percentage points")
                      : t.changed
                        ? "same rate, new legal basis"
                        : "no change"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

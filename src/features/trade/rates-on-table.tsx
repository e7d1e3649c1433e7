import { SourceNote } from "../../components/source-note";
import { getSources } from "../../data/lookup";
import { formatDate } from "../../i18n/format";
import type { Sector, TariffMeasure } from "../../domain/schemas";
import { resolveRatesOn } from "../../domain/tariff/rates-on";

interface RatesOnTableProps {
  tariffs: readonly TariffMeasure[];
  sectors: readonly Sector[];
  date: string;
}

/** Per sector on `date`: the rate on Korea (or "Not known", with why and what scenarios use), its legal basis, competitors' rate, sources. */
export function RatesOnTable({ tariffs, sectors, date }: RatesOnTableProps) {
  const rows = resolveRatesOn(tariffs, date);
  return (
    <div
      className="table-scroll"
      role="region"
      aria-label={`Rates in force on ${formatDate(date)}`}
      // A scrolling table must be reachable by keyboard (axe: scrollable-region-focusable).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
    >
      <table className="data-table rates-on-table">
        <caption>US tariff on Korean goods in force on {formatDate(date)}, by sector (all-in, %), with its legal basis and what the same measure put on competitors</caption>
        <thead>
          <tr>
            <th scope="col">Sector</th>
            <th scope="col">Rate on Korea</th>
            <th scope="col">Legal basis</th>
            <th scope="col">Competitors (same measure)</th>
            <th scope="col">Sources</th>
          </tr>
        </thead>
        <tbody>
          {sectors.map((s) => {
            const r = rows[s.id];
            const known = r.on.status === "known";
            return (
              <tr key={s.id} className={known ? undefined : "is-unknown"}>
                <th scope="row">{s.label}</th>
                <td>{r.on.status === "known" ? `${r.on.ratePct}%` : <strong>Not known</strong>}</td>
                <td>
                  {r.on.status === "known"
                    ? r.on.basis
                    : `Not known since ${formatDate(r.on.since)}: ${r.on.reason} Scenarios use ${r.scenarioPct}% (the layer below), an assumption.`}
                </td>
                <td>{r.competitor.sourced ? `${r.competitor.ratePct}%` : `${known ? "not in the sources" : "not known"} (${r.competitor.ratePct}% used)`}</td>
                <td>
                  <SourceNote sources={getSources([...new Set(tariffs.filter((t) => r.on.measureIds.includes(t.id)).flatMap((t) => t.sourceIds))])} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

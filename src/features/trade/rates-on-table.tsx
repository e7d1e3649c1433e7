import { SourceNote } from "../../components/source-note";
import { getSources } from "../../data/lookup";
import { formatDate } from "../../i18n/format";
import type { Sector, TariffMeasure } from "../../domain/schemas";
import { resolveRatesOn } from "../../domain/tariff/rates-on";
import { t } from "../../i18n/i18n";
import { rateBasisText, rateReasonText } from "./trade-text";

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
      aria-label={t("trade.ratesOn.tableLabel", { date: formatDate(date) })}
      // A scrolling table must be reachable by keyboard (axe: scrollable-region-focusable).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
    >
      <table className="data-table rates-on-table">
        <caption>{t("trade.ratesOn.caption", { date: formatDate(date) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("trade.col.sector")}</th>
            <th scope="col">{t("trade.ratesOn.colRate")}</th>
            <th scope="col">{t("trade.ratesOn.colBasis")}</th>
            <th scope="col">{t("trade.ratesOn.colCompetitors")}</th>
            <th scope="col">{t("trade.col.sources")}</th>
          </tr>
        </thead>
        <tbody>
          {sectors.map((s) => {
            const r = rows[s.id];
            const known = r.on.status === "known";
            return (
              <tr key={s.id} className={known ? undefined : "is-unknown"}>
                <th scope="row">{s.label}</th>
                <td>{r.on.status === "known" ? `${r.on.ratePct}%` : <strong>{t("trade.ratesOn.notKnown")}</strong>}</td>
                <td>
                  {r.on.status === "known"
                    ? rateBasisText(r)
                    : t("trade.ratesOn.notKnownSince", { date: formatDate(r.on.since), reason: rateReasonText(r), rate: r.scenarioPct })}
                </td>
                <td>{r.competitor.sourced ? `${r.competitor.ratePct}%` : t(known ? "trade.ratesOn.competitorUnsourced" : "trade.ratesOn.competitorUnknown", { rate: r.competitor.ratePct })}</td>
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

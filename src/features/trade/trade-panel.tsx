import { requireDataFile } from "../../data/dataset";
import { getSources } from "../../data/lookup";
import { SeriesTable } from "../../components/series-table";
import { ConfidenceBadge } from "../../components/confidence-badge";
import { SourceNote } from "../../components/source-note";
import { formatDate } from "../../domain/format";

/** US–Korea trade: both reporting bases, and the 2025 tariff timeline per sector. */
export function TradePanel() {
  const trade = requireDataFile("trade");
  return (
    <div className="panel-body">
      {trade.series.map((s) => (
        <SeriesTable key={s.id} series={s} sourcesFor={getSources} />
      ))}
      <table className="data-table">
        <caption>US tariff on Korean goods, by sector and date</caption>
        <thead>
          <tr>
            <th scope="col">Effective</th>
            <th scope="col">Measure</th>
            <th scope="col">Sectors</th>
            <th scope="col">Rate</th>
            <th scope="col">Status</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {trade.tariffs.map((t) => (
            <tr key={t.id}>
              <th scope="row">{formatDate(t.effective)}</th>
              <td>{t.instrument}</td>
              <td>{t.sectors.join(", ").replaceAll("_", " ")}</td>
              <td>
                {t.ratePct}% <ConfidenceBadge level={t.confidence} />
              </td>
              <td>{t.status.replace("_", " ")}</td>
              <td>
                <SourceNote sources={getSources(t.sourceIds)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

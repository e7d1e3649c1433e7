import { ConfidenceBadge } from "../../components/confidence-badge";
import { SourceNote } from "../../components/source-note";
import { getSources } from "../../data/lookup";
import type { Sector, TariffMeasure } from "../../domain/schemas";
import { formatDate } from "../../domain/format";
import { baselineDate, ratesInForce } from "../../domain/tariff/presets";
import { sectorShort } from "./trade-labels";

/** Dates on which some sector's rate changed, after the KORUS baseline. */
function changeDates(tariffs: readonly TariffMeasure[], from: string): string[] {
  return [...new Set(tariffs.filter((t) => t.status === "in_force" && t.effective > from).map((t) => t.effective))].sort();
}

/** The 2025 tariff timeline per sector (rates in force after each change) and every measure with its sources. */
export function TariffTimeline({ tariffs, sectors }: { tariffs: readonly TariffMeasure[]; sectors: readonly Sector[] }) {
  const base = baselineDate(tariffs);
  const columns = base === null ? [] : [base, ...changeDates(tariffs, base)];
  const grid = columns.map((d) => ratesInForce(tariffs, d));
  const notInForce = tariffs.filter((t) => t.status !== "in_force");
  return (
    <>
      <div
        className="table-scroll"
        role="region"
        aria-label="Tariff timeline by sector"
        // A scrolling table must be reachable by keyboard (axe: scrollable-region-focusable).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
      >
        <table className="data-table timeline-grid">
          <caption>US tariff on Korean goods in force, by sector, from each change date (%, all-in; bold = changed that day)</caption>
          <thead>
            <tr>
              <th scope="col">Sector</th>
              {columns.map((d, i) => (
                <th scope="col" key={d}>
                  {i === 0 ? `KORUS (to ${formatDate(d)})` : formatDate(d)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sectors.map((s) => (
              <tr key={s.id}>
                <th scope="row">{sectorShort(s.id)}</th>
                {grid.map((rates, i) => {
                  const changed = i > 0 && rates[s.id] !== grid[i - 1]?.[s.id];
                  return <td key={columns[i]}>{changed ? <strong>{rates[s.id]}%</strong> : `${rates[s.id]}%`}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {notInForce.length > 0 && (
        <p className="field-hint">
          Not in force (not in this grid):{" "}
          {notInForce.map((t) => `${t.status} ${t.ratePct}% from ${formatDate(t.effective)} (${t.instrument})`).join("; ")}.
        </p>
      )}
      <details className="measures">
        <summary>Every tariff measure with its sources ({tariffs.length})</summary>
        <table className="data-table">
          <caption>US tariff measures on Korean goods, by effective date</caption>
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
            {[...tariffs].sort((a, b) => a.effective.localeCompare(b.effective)).map((t) => (
              <tr key={t.id}>
                <th scope="row">{formatDate(t.effective)}</th>
                <td>
                  {t.instrument}
                  {t.note && <span className="figure-note"> {t.note}</span>}
                </td>
                <td>{t.sectors.map(sectorShort).join(", ")}</td>
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
      </details>
    </>
  );
}

import { ConfidenceBadge } from "../../components/confidence-badge";
import { SourceNote } from "../../components/source-note";
import { getSources } from "../../data/lookup";
import type { Sector, TariffMeasure } from "../../domain/schemas";
import { formatDate } from "../../i18n/format";
import { baselineDate } from "../../domain/tariff/presets";
import { rateChangeDates, sectorRatesOn, type SectorRateOn } from "../../domain/tariff/rates-on";
import { sectorShort } from "./trade-labels";

/** "15%", or "unknown" when the sources do not say. */
function cellText(r: SectorRateOn | undefined): string {
  return r?.status === "known" ? `${r.ratePct}%` : "unknown";
}

/** What a measure ends with, in a few words. */
function endText(t: TariffMeasure): string {
  if (!t.end) return "";
  const after = t.afterEnd === "unknown" ? "what followed is not known" : "the layer below applies again";
  return ` Ends ${formatDate(t.end)} (first day not applied; ${after}).${t.endNote ? ` ${t.endNote}` : ""}`;
}

/** Exemptions and the competitors' rate of a measure, in words. */
function extraText(t: TariffMeasure): string {
  const ex = (t.exemptions ?? []).map((x) => ` Exempt: ${x.sectors.map(sectorShort).join(", ")}: ${x.reason}`).join("");
  const comp = t.competitorRatePct !== undefined ? ` Competitors: ${t.competitorRatePct}%${t.competitorNote ? ` (${t.competitorNote})` : ""}.` : "";
  const part = t.coverage === "part" ? " Covers part of the sector only: not in the sector rates." : "";
  return `${part}${ex}${comp}`;
}

/** The US tariff timeline per sector (rates in force after each change) and every measure with its sources. */
export function TariffTimeline({ tariffs, sectors }: { tariffs: readonly TariffMeasure[]; sectors: readonly Sector[] }) {
  const base = baselineDate(tariffs);
  const columns = base === null ? [] : [base, ...rateChangeDates(tariffs).filter((d) => d > base)];
  const grid = columns.map((d) => sectorRatesOn(tariffs, d));
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
          <caption>
            US tariff on Korean goods in force, by sector, from each change date (%, all-in; bold = changed that day; unknown = not known
            from the sources)
          </caption>
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
                  const text = cellText(rates[s.id]);
                  const changed = i > 0 && text !== cellText(grid[i - 1]?.[s.id]);
                  return <td key={columns[i]}>{changed ? <strong>{text}</strong> : text}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {notInForce.length > 0 && (
        <p className="field-hint">
          Not in force (not in this grid):{" "}
          {notInForce.map((t) => `${t.status.replace("_", " ")} ${t.ratePct}% from ${formatDate(t.effective)} (${t.instrument})`).join("; ")}.
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
                  {(t.end || extraText(t)) && <span className="figure-note">{endText(t)}{extraText(t)}</span>}
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

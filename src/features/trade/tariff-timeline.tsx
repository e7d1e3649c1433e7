import { ConfidenceBadge } from "../../components/confidence-badge";
import { SourceNote } from "../../components/source-note";
import { getSources } from "../../data/lookup";
import type { Sector, TariffMeasure } from "../../domain/schemas";
import { formatDate } from "../../i18n/format";
import { baselineDate } from "../../domain/tariff/presets";
import { rateChangeDates, sectorRatesOn, type SectorRateOn } from "../../domain/tariff/rates-on";
import { sectorShort } from "./trade-labels";
// `t` names a tariff measure in this file, so the message function is `tr`.
import { t as tr } from "../../i18n/i18n";

/** "15%", or "unknown" when the sources do not say. */
function cellText(r: SectorRateOn | undefined): string {
  return r?.status === "known" ? `${r.ratePct}%` : tr("trade.timeline.unknown");
}

/** What a measure ends with, in a few words. */
function endText(t: TariffMeasure): string {
  if (!t.end) return "";
  const ends = tr(t.afterEnd === "unknown" ? "trade.timeline.endsUnknown" : "trade.timeline.endsReverts", { date: formatDate(t.end) });
  return ` ${ends}${t.endNote ? ` ${t.endNote}` : ""}`;
}

/** Exemptions and the competitors' rate of a measure, in words. */
function extraText(t: TariffMeasure): string {
  const ex = (t.exemptions ?? [])
    .map((x) => ` ${tr("trade.timeline.exempt", { sectors: x.sectors.map(sectorShort).join(tr("trade.list.separator")), reason: x.reason })}`)
    .join("");
  const rate = t.competitorRatePct;
  const comp =
    rate === undefined
      ? ""
      : ` ${t.competitorNote ? tr("trade.timeline.competitorsNote", { rate, note: t.competitorNote }) : tr("trade.timeline.competitors", { rate })}`;
  const part = t.coverage === "part" ? ` ${tr("trade.timeline.partOnly")}` : "";
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
        aria-label={tr("trade.timeline.label")}
        // A scrolling table must be reachable by keyboard (axe: scrollable-region-focusable).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
      >
        <table className="data-table timeline-grid">
          <caption>{tr("trade.timeline.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{tr("trade.col.sector")}</th>
              {columns.map((d, i) => (
                <th scope="col" key={d}>
                  {i === 0 ? tr("trade.timeline.korus", { date: formatDate(d) }) : formatDate(d)}
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
          {tr("trade.timeline.notInForce", {
            measures: notInForce
              .map((t) => tr(`trade.timeline.notInForceItem.${t.status}`, { rate: t.ratePct, date: formatDate(t.effective), instrument: t.instrument }))
              .join(tr("trade.list.pairSeparator")),
          })}
        </p>
      )}
      <details className="measures">
        <summary>{tr("trade.timeline.allMeasures", { count: tariffs.length })}</summary>
        <table className="data-table">
          <caption>{tr("trade.timeline.measuresCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{tr("trade.timeline.colEffective")}</th>
              <th scope="col">{tr("trade.timeline.colMeasure")}</th>
              <th scope="col">{tr("trade.timeline.colSectors")}</th>
              <th scope="col">{tr("trade.timeline.colRate")}</th>
              <th scope="col">{tr("trade.timeline.colStatus")}</th>
              <th scope="col">{tr("trade.timeline.colSource")}</th>
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
                <td>{t.sectors.map(sectorShort).join(tr("trade.list.separator"))}</td>
                <td>
                  {t.ratePct}% <ConfidenceBadge level={t.confidence} />
                </td>
                <td>{tr(`trade.status.${t.status}`)}</td>
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

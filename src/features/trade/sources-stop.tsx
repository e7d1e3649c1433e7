import { formatDate } from "../../i18n/format";
import type { TariffMeasure } from "../../domain/schemas";
import { latestInForceDate } from "../../domain/tariff/presets";
import { legalBasisOf, openEnds, resolveRatesOn } from "../../domain/tariff/rates-on";
import { sectorShort } from "./trade-labels";
// `t` names tariff measures elsewhere in the trade views; the message function is `tr` here.
import { t as tr } from "../../i18n/i18n";

/** "0%" or "semiconductors 0%, machinery 5%": the rates scenarios use once a measure ends with nothing sourced after it. */
function fallbackText(tariffs: readonly TariffMeasure[], m: TariffMeasure): string {
  const rows = resolveRatesOn(tariffs, m.end ?? m.effective);
  const values = [...new Set(m.sectors.map((s) => rows[s].scenarioPct))];
  return values.length === 1 ? `${values[0]}%` : m.sectors.map((s) => tr("trade.rates.item", { sector: sectorShort(s).toLowerCase(), rate: rows[s].scenarioPct })).join(tr("trade.list.separator"));
}

/**
 * Where the sourced timeline stops: the newest sourced change, and each measure whose end leaves
 * what followed unknown, with the rate scenarios use from then on (an assumption, said as one).
 */
export function SourcesStop({ tariffs, date }: { tariffs: readonly TariffMeasure[]; date: string }) {
  const latest = latestInForceDate(tariffs);
  const newest = tariffs.filter((t) => t.status === "in_force" && t.coverage !== "part" && t.effective === latest);
  const ends = openEnds(tariffs);
  if (latest === null) return null;
  return (
    <div className="sources-stop" role="note" aria-label={tr("trade.stop.label")}>
      <p>
        {tr("trade.stop.newest", { date: formatDate(latest), bases: newest.map(legalBasisOf).join(tr("trade.list.pairSeparator")) })}
      </p>
      {ends.map((m) => {
        const end = m.end ?? m.effective;
        const past = date >= end;
        return (
          <p key={m.id} className={past ? "is-unknown" : undefined}>
            <strong>{tr(past ? "trade.stop.notKnownSince" : "trade.stop.notKnownAfter", { date: formatDate(end) })}</strong>{" "}
            {tr(past ? "trade.stop.ended" : "trade.stop.ends", {
              sectors: m.sectors.map((s) => sectorShort(s).toLowerCase()).join(tr("trade.list.separator")),
              basis: legalBasisOf(m),
              rate: m.ratePct,
              date: formatDate(end),
              endNote: m.endNote ?? "",
              fallback: fallbackText(tariffs, m),
            })}
          </p>
        );
      })}
    </div>
  );
}

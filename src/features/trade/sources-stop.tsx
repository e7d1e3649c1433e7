import { formatDate } from "../../i18n/format";
import type { TariffMeasure } from "../../domain/schemas";
import { latestInForceDate } from "../../domain/tariff/presets";
import { legalBasisOf, openEnds, resolveRatesOn } from "../../domain/tariff/rates-on";
import { sectorShort } from "./trade-labels";

/** "0%" or "semiconductors 0%, machinery 5%": the rates scenarios use once a measure ends with nothing sourced after it. */
function fallbackText(tariffs: readonly TariffMeasure[], m: TariffMeasure): string {
  const rows = resolveRatesOn(tariffs, m.end ?? m.effective);
  const values = [...new Set(m.sectors.map((s) => rows[s].scenarioPct))];
  return values.length === 1 ? `${values[0]}%` : m.sectors.map((s) => `${sectorShort(s).toLowerCase()} ${rows[s].scenarioPct}%`).join(", ");
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
    <div className="sources-stop" role="note" aria-label="Where the sources stop">
      <p>
        The newest sourced change took effect on {formatDate(latest)} ({newest.map(legalBasisOf).join("; ")}).
      </p>
      {ends.map((m) => {
        const end = m.end ?? m.effective;
        const past = date >= end;
        return (
          <p key={m.id} className={past ? "is-unknown" : undefined}>
            <strong>
              {past ? "Not known" : "Not known after"} {past ? `since ${formatDate(end)}` : formatDate(end)}:
            </strong>{" "}
            the rate on {m.sectors.map((s) => sectorShort(s).toLowerCase()).join(", ")}. {legalBasisOf(m)} ({m.ratePct}%){" "}
            {past ? "ended" : "ends"} on {formatDate(end)}. {m.endNote} Scenarios then use the layer below ({fallbackText(tariffs, m)}), as if
            it lapsed with nothing in its place: an assumption, not a sourced rate.
          </p>
        );
      })}
    </div>
  );
}

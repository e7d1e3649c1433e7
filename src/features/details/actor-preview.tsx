import { getActor } from "../../data/lookup";
import { formatDate } from "../../i18n/format";
import { t } from "../../i18n/i18n";
import type { Leader } from "../../domain/schemas";
import { useAppStore } from "../../store/app-store";

/** A leader's term as shown after the name: " (1 Jan 2020 – 2 Feb 2024)", " (since …)", " (until …)" or "". */
export function leaderDates(l: Leader): string {
  if (l.from && l.to) return t("details.leaderFromTo", { from: formatDate(l.from), to: formatDate(l.to) });
  if (l.from) return t("details.leaderSince", { from: formatDate(l.from) });
  if (l.to) return t("details.leaderUntil", { to: formatDate(l.to) });
  return "";
}

/**
 * What Details shows while its chunk and the panels' files are still loading (right after the map
 * has painted): the selected actor's name, tagline and leaders, from actors.json (in the first
 * chunk), so a click on the map is answered at once; the sources, figures and lists follow with the
 * full profile. Nothing selected, or a line or an event: the plain "Loading…".
 */
export function ActorPreview() {
  const code = useAppStore((s) => s.selectedActor);
  const actor = code ? getActor(code) : undefined;
  const loading = <p className="muted loading">{t("loading.generic")}</p>;
  if (!actor) return loading;
  return (
    <article className="details" aria-labelledby={`details-preview-${actor.code}`}>
      <h3 id={`details-preview-${actor.code}`}>{actor.name}</h3>
      <p className="tagline">{actor.tagline}</p>
      <h4>{t("details.leaders")}</h4>
      <ul className="leaders">
        {actor.leaders.map((l) => (
          <li key={`${l.name}-${l.role}`}>
            {l.title}: <strong>{l.name}</strong>
            {leaderDates(l)}
          </li>
        ))}
      </ul>
      {loading}
    </article>
  );
}

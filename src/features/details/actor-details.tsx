import { memo } from "react";
import { getActor, getSources } from "../../data/lookup";
import { requireDataFile } from "../../data/dataset";
import { eventsOfActor, relationsAsOf, relationsOfActor } from "../../domain/graph";
import { formatDate } from "../../i18n/format";
import type { Iso3 } from "../../domain/types";
import { useAppStore } from "../../store/app-store";
import { useStoreValueAfterPaint } from "../../store/after-paint";
import { selectedActorOf } from "../../store/selection-slice";
import { FigureValue } from "../../components/figure-value";
import { ConfidenceBadge } from "../../components/confidence-badge";
import { SourceNote } from "../../components/source-note";
import { EventList } from "./event-list";
import { RelationList } from "./relation-list";
import { ClearButton } from "./clear-button";
import { t } from "../../i18n/i18n";
import { overlayPath } from "../../domain/overlay-path";
import { EnglishFallback } from "./english-fallback";
import { leaderDates } from "./actor-preview";

/**
 * The profile of one actor: leaders, capital, sourced figures, stance, relations and recent events.
 * Everything above the lists depends on the actor alone, so a profile kept rendered while hidden
 * (see `ActorProfiles`) never re-renders; the lists follow the "as of" date and the selection.
 */
export const ActorDetails = memo(function ActorDetails({ code }: { code: Iso3 }) {
  const actor = getActor(code);
  if (!actor) return <p>{t("details.unknownActor")}</p>;
  const titleId = `details-title-${code}`;
  return (
    <article className="details" aria-labelledby={titleId}>
      <h3 id={titleId}>{actor.name}</h3>
      <p className="tagline">{actor.tagline}</p>
      <ClearButton />
      <h4>{t("details.leaders")}</h4>
      <ul className="leaders">
        {actor.leaders.map((l) => (
          <li key={`${l.name}-${l.role}`}>
            {l.title}: <strong>{l.name}</strong>
            {leaderDates(l)} <ConfidenceBadge level={l.confidence} />{" "}
            <SourceNote sources={getSources(l.sourceIds)} />
          </li>
        ))}
      </ul>
      <dl className="figures">
        <div className="figure">
          <dt>{t("details.capital")}</dt>
          <dd>
            {actor.capital.name} ({actor.capital.lat.toFixed(2)}°, {actor.capital.lon.toFixed(2)}°){" "}
            <ConfidenceBadge level={actor.capital.confidence} />{" "}
            <SourceNote sources={getSources(actor.capital.sourceIds)} />
          </dd>
        </div>
        <FigureValue label={t("details.gdp")} figure={actor.gdp} sources={getSources(actor.gdp?.sourceIds ?? [])} />
        <FigureValue
          label={t("details.population")}
          figure={actor.population}
          sources={getSources(actor.population?.sourceIds ?? [])}
        />
        <FigureValue
          label={t("details.military")}
          figure={actor.military}
          sources={getSources(actor.military?.sourceIds ?? [])}
        />
      </dl>
      <h4>{t("details.stance")}</h4>
      <p>
        <EnglishFallback file="actors" path={overlayPath("records", code, "stance")}>
          {actor.stance}
        </EnglishFallback>{" "}
        <SourceNote sources={getSources(actor.stanceSourceIds)} />
      </p>
      <ActorLists code={code} name={actor.name} />
    </article>
  );
});

/**
 * The actor's relations in force and its most recent events, as buttons that select them. They sit
 * below the profile's first screen (about 900 px down at 1440×900), so they follow one frame after
 * the selection (and leave one frame after it moves on): the click paints the part in view sooner.
 */
function ActorLists({ code, name }: { code: Iso3; name: string }) {
  const shown = useStoreValueAfterPaint(selectedActorOf, "after-paint") === code;
  return shown ? <ListsAsOf code={code} name={name} /> : null;
}

function ListsAsOf({ code, name }: { code: Iso3; name: string }) {
  const asOf = useAppStore((s) => s.asOf);
  const relations = requireDataFile("relations").records;
  const events = requireDataFile("events").records;
  const rels = relationsOfActor(relationsAsOf(relations, asOf), code);
  const recent = eventsOfActor(events, code)
    .filter((e) => asOf === null || e.date <= asOf)
    .slice(0, 6);
  return (
    <>
      <h4>{asOf ? t("details.relationsOn", { date: formatDate(asOf) }) : t("details.relations")}</h4>
      <RelationList relations={rels} label={t("details.relationsOf", { name })} />
      <h4>{t("details.recentEvents")}</h4>
      <EventList events={recent} label={t("details.recentEventsOf", { name })} />
    </>
  );
}

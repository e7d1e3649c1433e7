import { useState } from "react";
import type { EventChanges as Grouped, EventGroup } from "../../domain/changes";
import { formatDate } from "../../i18n/format";
import { t } from "../../i18n/i18n";
import type { EventType, IsoDate } from "../../domain/types";
import { getActor, getSources } from "../../data/lookup";
import { SourceNote } from "../../components/source-note";
import { EventLink } from "./event-link";

const TYPE_LABEL = {
  trade: "changes.type.trade",
  diplomacy: "changes.type.diplomacy",
  military: "changes.type.military",
  threat: "changes.type.threat",
  domestic: "changes.type.domestic",
} as const satisfies Record<EventType, string>;

const TYPE_COUNT = {
  trade: "changes.typeCount.trade",
  diplomacy: "changes.typeCount.diplomacy",
  military: "changes.typeCount.military",
  threat: "changes.typeCount.threat",
  domestic: "changes.typeCount.domestic",
} as const satisfies Record<EventType, string>;

/** One actor's events, by type, folded under a summary that counts them (the list is built when opened). */
function ActorEvents({ group }: { group: EventGroup }) {
  const [open, setOpen] = useState(false);
  const name = getActor(group.actor)?.name ?? group.actor;
  const total = group.types.reduce((n, t) => n + t.events.length, 0);
  const counts = group.types.map((x) => t(TYPE_COUNT[x.type], { count: x.events.length })).join(", ");
  return (
    <details className="change-event-group" data-actor={group.actor} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {t("changes.events.actor", { name, count: total })} <span className="muted">({counts})</span>
      </summary>
      {open && group.types.map((x) => (
        <div key={x.type}>
          <p className="change-type">{t(TYPE_LABEL[x.type])}</p>
          <ul className="link-list" aria-label={t("changes.events.list", { name, type: t(TYPE_LABEL[x.type]) })}>
            {x.events.map((e) => (
              <li key={e.id}>
                <EventLink event={e} /> <SourceNote sources={getSources(e.sourceIds)} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </details>
  );
}

/** The events between the two dates, by actor and type; each a link into the timeline. */
export function EventChanges({ events, since, asOf }: { events: Grouped; since: IsoDate; asOf: IsoDate }) {
  return (
    <section className="changes-block" aria-labelledby="changes-events">
      <h4 id="changes-events">
        {t("changes.events.heading", { since: formatDate(since), asOf: formatDate(asOf), count: events.count })}
      </h4>
      {events.count === 0 ? (
        <p className="muted">{t("changes.events.none")}</p>
      ) : (
        <>
          <p className="muted">{t("changes.events.hint")}</p>
          {events.groups.map((g) => (
            <ActorEvents key={g.actor} group={g} />
          ))}
        </>
      )}
    </section>
  );
}

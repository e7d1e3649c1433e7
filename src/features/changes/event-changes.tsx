import { useState } from "react";
import type { EventChanges as Grouped, EventGroup } from "../../domain/changes";
import { formatDate } from "../../i18n/format";
import type { EventType, IsoDate } from "../../domain/types";
import { getActor, getSources } from "../../data/lookup";
import { SourceNote } from "../../components/source-note";
import { EventLink } from "./event-link";

const TYPE_LABEL: Record<EventType, string> = {
  trade: "Trade",
  diplomacy: "Diplomacy",
  military: "Military",
  threat: "Threat",
  domestic: "Domestic",
};

/** One actor's events, by type, folded under a summary that counts them (the list is built when opened). */
function ActorEvents({ group }: { group: EventGroup }) {
  const [open, setOpen] = useState(false);
  const name = getActor(group.actor)?.name ?? group.actor;
  const total = group.types.reduce((n, t) => n + t.events.length, 0);
  const counts = group.types.map((t) => `${TYPE_LABEL[t.type].toLowerCase()} ${t.events.length}`).join(", ");
  return (
    <details className="change-event-group" data-actor={group.actor} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {name}: {total} {total === 1 ? "event" : "events"} <span className="muted">({counts})</span>
      </summary>
      {open && group.types.map((t) => (
        <div key={t.type}>
          <p className="change-type">{TYPE_LABEL[t.type]}</p>
          <ul className="link-list" aria-label={`${name}: ${TYPE_LABEL[t.type]}`}>
            {t.events.map((e) => (
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
        Events after {formatDate(since)}, to {formatDate(asOf)} ({events.count})
      </h4>
      {events.count === 0 ? (
        <p className="muted">No events recorded in between.</p>
      ) : (
        <>
          <p className="muted">
            By actor (an event with several actors is listed under each), then by type. Each opens in the timeline and in Details.
          </p>
          {events.groups.map((g) => (
            <ActorEvents key={g.actor} group={g} />
          ))}
        </>
      )}
    </section>
  );
}

import { useMemo } from "react";
import { requireDataFile } from "../../data/dataset";
import { useAppStore } from "../../store/app-store";
import { formatDate } from "../../domain/format";
import type { AtlasEvent } from "../../domain/schemas";

function EventButton({ event }: { event: AtlasEvent }) {
  const selected = useAppStore((s) => s.selectedEvent === event.id);
  const selectEvent = useAppStore((s) => s.selectEvent);
  return (
    <button
      type="button"
      className={`event-item type-${event.type}`}
      aria-pressed={selected}
      onClick={() => selectEvent(event.id)}
    >
      <span className="date">{formatDate(event.date)}</span> · <span className="etype">{event.type}</span> ·{" "}
      {event.title}
    </button>
  );
}

/** Every event in date order; selecting one shows it in Details and on the map. */
export function TimelinePanel() {
  const events = requireDataFile("events").records;
  const sorted = useMemo(() => [...events].sort((a, b) => a.date.localeCompare(b.date)), [events]);
  return (
    <ol className="event-list">
      {sorted.map((e) => (
        <li key={e.id}>
          <EventButton event={e} />
        </li>
      ))}
    </ol>
  );
}

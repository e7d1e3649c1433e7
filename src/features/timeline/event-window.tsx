import { memo, useEffect, useRef, useState } from "react";
import { useAppStore } from "../../store/app-store";
import { formatDate } from "../../i18n/format";
import type { TimelineRow } from "../../domain/timeline";
import type { AtlasEvent } from "../../domain/schemas";
import { TYPE_LABELS } from "./timeline-filters";
import { t } from "../../i18n/i18n";

const ROW_HEIGHT = 34;
const VIEW_HEIGHT = 440;
/** Below this many rows every row is rendered (and findable by search); above it the list is windowed. */
const WINDOW_THRESHOLD = 300;
const OVERSCAN = 10;

interface EventWindowProps {
  rows: readonly TimelineRow[];
  /** Index of the first row after the "as of" date (rows from here on are in the future). */
  nowIndex: number;
  related: ReadonlySet<string>;
}

const EventRow = memo(function EventRow({ event, future, related }: { event: AtlasEvent; future: boolean; related: boolean }) {
  const selected = useAppStore((s) => s.selectedEvent === event.id);
  const selectEvent = useAppStore((s) => s.selectEvent);
  return (
    <button
      type="button"
      className={`event-item type-${event.type}${future ? " is-future" : ""}${related ? " is-related" : ""}`}
      aria-pressed={selected}
      data-event={event.id}
      onClick={() => selectEvent(event.id)}
    >
      <span className="date">{formatDate(event.date)}</span> · <span className={`etype etype-${event.type}`}>{TYPE_LABELS[event.type]}</span> ·{" "}
      {event.title}
    </button>
  );
});

function Row({ row, future, related }: { row: TimelineRow; future: boolean; related: ReadonlySet<string> }) {
  if (row.kind === "month")
    return (
      <h3 className="month-head">
        {formatDate(row.month)} <span className="muted">({row.count})</span>
      </h3>
    );
  return <EventRow event={row.event} future={future} related={related.has(row.event.id)} />;
}

/** The event list, grouped by month; windowed when large so 10,000 events scroll smoothly. */
export function EventWindow({ rows, nowIndex, related }: EventWindowProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const selected = useAppStore((s) => s.selectedEvent);
  const windowed = rows.length > WINDOW_THRESHOLD;

  useEffect(() => {
    // Bring the selected event into view (e.g. chosen on the map or in Details).
    if (!selected || !ref.current) return;
    const i = rows.findIndex((r) => r.kind === "event" && r.event.id === selected);
    if (i < 0) return;
    if (windowed) ref.current.scrollTop = Math.max(0, i * ROW_HEIGHT - VIEW_HEIGHT / 2);
    else
      [...ref.current.querySelectorAll<HTMLElement>("[data-event]")]
        .find((el) => el.dataset.event === selected)
        ?.scrollIntoView?.({ block: "nearest" });
  }, [selected, rows, windowed]);

  if (rows.length === 0) return <p className="muted">{t("timeline.noMatch")}</p>;
  if (!windowed)
    return (
      <div className="event-scroll" ref={ref}>
        <ul className="event-list">
          {rows.map((r, i) => (
            <li key={r.key}>
              <Row row={r} future={i >= nowIndex} related={related} />
            </li>
          ))}
        </ul>
      </div>
    );
  const start = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const end = Math.min(rows.length, Math.ceil((scrollTop + VIEW_HEIGHT) / ROW_HEIGHT) + OVERSCAN);
  return (
    <div className="event-scroll" ref={ref} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
      <ul className="event-list" style={{ height: rows.length * ROW_HEIGHT, position: "relative" }}>
        {rows.slice(start, end).map((r, k) => (
          <li key={r.key} style={{ position: "absolute", top: (start + k) * ROW_HEIGHT, height: ROW_HEIGHT, left: 0, right: 0 }}>
            <Row row={r} future={start + k >= nowIndex} related={related} />
          </li>
        ))}
      </ul>
    </div>
  );
}

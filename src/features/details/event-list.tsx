import { useAppStore } from "../../store/app-store";
import type { AtlasEvent } from "../../domain/schemas";
import { formatDate } from "../../i18n/format";
import { t } from "../../i18n/i18n";

/** A list of events, each a button that selects it. */
export function EventList({ events, label }: { events: readonly AtlasEvent[]; label: string }) {
  const selectEvent = useAppStore((s) => s.selectEvent);
  if (events.length === 0) return <p className="muted">{t("details.noEvents")}</p>;
  return (
    <ul className="link-list" aria-label={label}>
      {events.map((e) => (
        <li key={e.id}>
          <button type="button" className="link-button" onClick={() => selectEvent(e.id)}>
            <span className="date">{formatDate(e.date)}</span> {e.title}
          </button>
        </li>
      ))}
    </ul>
  );
}

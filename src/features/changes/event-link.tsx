import type { AtlasEvent } from "../../domain/schemas";
import { formatDate } from "../../i18n/format";
import { t } from "../../i18n/i18n";
import { useAppStore } from "../../store/app-store";
import { afterNextPaint } from "../../store/after-paint";

/**
 * An event as a link into the timeline: selects it and opens the Map view (Details shows it, the
 * timeline scrolls to it), then brings the timeline into view. Back returns to this view.
 */
export function EventLink({ event, prefix }: { event: AtlasEvent; prefix?: string }) {
  const selectEvent = useAppStore((s) => s.selectEvent);
  const setPanel = useAppStore((s) => s.setPanel);
  const open = () => {
    selectEvent(event.id);
    setPanel("map");
    afterNextPaint(() => document.getElementById("timeline")?.scrollIntoView?.({ block: "start" }));
  };
  return (
    <button type="button" className="link-button" onClick={open}>
      {prefix ? t("changes.eventLink", { prefix }) : ""}
      <span className="date">{formatDate(event.date)}</span> · {event.title}
    </button>
  );
}

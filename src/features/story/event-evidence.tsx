import { getEvent, getSources } from "../../data/lookup";
import { useAppStore } from "../../store/app-store";
import { formatDate } from "../../i18n/format";
import { ConfidenceBadge } from "../../components/confidence-badge";
import { SourceNote } from "../../components/source-note";

/** One dated event behind a sequel step: what happened, how sure, the sources; opens in the timeline. */
export function EventEvidence({ id }: { id: string }) {
  const selectEvent = useAppStore((s) => s.selectEvent);
  const e = getEvent(id);
  if (!e) return null;
  return (
    <li className="claim" data-event-evidence={id}>
      <p>
        <button type="button" className="link-button" onClick={() => selectEvent(id)}>
          {formatDate(e.date)} · {e.title}
        </button>{" "}
        <ConfidenceBadge level={e.confidence} always />
      </p>
      <p className="muted">{e.summary}</p>
      <SourceNote sources={getSources(e.sourceIds)} />
    </li>
  );
}

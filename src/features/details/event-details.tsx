import { getActor, getEvent, getSources } from "../../data/lookup";
import { requireDataFile } from "../../data/dataset";
import { relationsOfEvent } from "../../domain/graph";
import { formatDate } from "../../i18n/format";
import { useAppStore } from "../../store/app-store";
import { ConfidenceBadge } from "../../components/confidence-badge";
import { SourceNote } from "../../components/source-note";
import { RelationList } from "./relation-list";
import { EventList } from "./event-list";
import { ClearButton } from "./clear-button";
import { t } from "../../i18n/i18n";
import { overlayPath } from "../../domain/overlay-path";
import { EnglishFallback } from "./english-fallback";

/** One event: date, actors, summary, sources, the relations it evidences and events around it. */
export function EventDetails({ id }: { id: string }) {
  const e = getEvent(id);
  const selectActor = useAppStore((s) => s.selectActor);
  const relations = requireDataFile("relations").records;
  const events = requireDataFile("events").records;
  if (!e) return <p>{t("details.unknownEvent")}</p>;
  const related = events
    .filter((x) => x.id !== e.id && x.actors.some((c) => e.actors.includes(c)))
    .sort((x, y) => Math.abs(Date.parse(x.date) - Date.parse(e.date)) - Math.abs(Date.parse(y.date) - Date.parse(e.date)))
    .slice(0, 5);
  return (
    <article className="details" aria-labelledby="details-title">
      <h3 id="details-title">{e.title}</h3>
      <ClearButton />
      <p className="muted">
        {formatDate(e.date)}
        {e.endDate ? ` – ${formatDate(e.endDate)}` : ""} · {t(`eventType.${e.type}`)}
        {e.tags && e.tags.length > 0 ? t("details.alsoTags", { tags: e.tags.map((x) => t(`eventType.${x}`)).join(", ") }) : ""} <ConfidenceBadge level={e.confidence} />
      </p>
      <p>
        <EnglishFallback file="events" path={overlayPath("records", e.id, "summary")}>
          {e.summary}
        </EnglishFallback>{" "}
        <SourceNote sources={getSources(e.sourceIds)} />
      </p>
      <h4>{t("details.actors")}</h4>
      <ul className="link-list" aria-label={t("details.actorsOfEvent")}>
        {e.actors.map((c) => (
          <li key={c}>
            <button type="button" className="link-button" onClick={() => selectActor(c)}>
              {getActor(c)?.name ?? c}
            </button>
          </li>
        ))}
      </ul>
      <h4>{t("details.relationsEvidenced")}</h4>
      <RelationList relations={relationsOfEvent(relations, e.id)} label={t("details.relationsEvidencedLabel")} />
      <h4>{t("details.relatedEvents")}</h4>
      <EventList events={related} label={t("details.relatedEvents")} />
    </article>
  );
}

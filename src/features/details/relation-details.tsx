import { getActor, getRelation, getSources } from "../../data/lookup";
import { requireDataFile } from "../../data/dataset";
import { eventsOfRelation, strengthOn } from "../../domain/graph";
import { formatDate } from "../../i18n/format";
import { useAppStore } from "../../store/app-store";
import { SourceNote } from "../../components/source-note";
import { EventList } from "./event-list";
import { IndicatorList } from "./indicator-list";
import { ClearButton } from "./clear-button";
import { t } from "../../i18n/i18n";
import { overlayPath } from "../../domain/overlay-path";
import { EnglishFallback } from "./english-fallback";
import type { MessageKey } from "../../domain/i18n/messages-en";
import type { RelationType } from "../../domain/types";

const RELATION_STYLE_KEYS: Record<RelationType, MessageKey> = {
  alliance: "relation.alliance",
  military_cooperation: "relation.military_cooperation",
  partnership: "relation.partnership",
  trade: "relation.trade",
  rivalry: "relation.rivalry",
  hostility: "relation.hostility",
};


/** One relationship: its two actors, type, strength, dates, description, evidence and indicators. */
export function RelationDetails({ id }: { id: string }) {
  const r = getRelation(id);
  const selectActor = useAppStore((s) => s.selectActor);
  const asOf = useAppStore((s) => s.asOf);
  const events = requireDataFile("events").records;
  if (!r) return <p>{t("details.unknownRelation")}</p>;
  const a = getActor(r.a);
  const b = getActor(r.b);
  const strength = strengthOn(r, asOf);
  return (
    <article className="details" aria-labelledby="details-title">
      <h3 id="details-title">
        {a?.name} – {b?.name}: {r.label}
      </h3>
      <ClearButton />
      <dl className="facts">
        <dt>{t("details.between")}</dt>
        <dd>
          <button type="button" className="link-button" onClick={() => selectActor(r.a)}>
            {a?.name}
          </button>{" "}
          {t("details.and")}{" "}
          <button type="button" className="link-button" onClick={() => selectActor(r.b)}>
            {b?.name}
          </button>
        </dd>
        <dt>{t("details.type")}</dt>
        <dd>{t(RELATION_STYLE_KEYS[r.type])}</dd>
        <dt>{t("details.strength")}</dt>
        <dd>
          {t("details.strengthValue", { strength })}
          {asOf ? t("details.strengthOn", { date: formatDate(asOf) }) : ""}
        </dd>
        <dt>{t("details.inForce")}</dt>
        <dd>
          {t("details.since", { date: formatDate(r.start) })}
          {r.end ? t("details.until", { date: formatDate(r.end) }) : ""}
        </dd>
      </dl>
      <p>
        <EnglishFallback file="relations" path={overlayPath("records", r.id, "description")}>
          {r.description}
        </EnglishFallback>{" "}
        <SourceNote sources={getSources(r.sourceIds)} />
      </p>
      <h4>{t("details.indicators")}</h4>
      <IndicatorList ids={r.indicatorIds} />
      <h4>{t("details.evidence")}</h4>
      <EventList events={eventsOfRelation(events, r)} label={t("details.evidenceLabel")} />
    </article>
  );
}

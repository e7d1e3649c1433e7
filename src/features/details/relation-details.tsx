import { getActor, getRelation, getSources } from "../../data/lookup";
import { requireDataFile } from "../../data/dataset";
import { eventsOfRelation, strengthOn } from "../../domain/graph";
import { formatDate } from "../../domain/format";
import { useAppStore } from "../../store/app-store";
import { SourceNote } from "../../components/source-note";
import { EventList } from "./event-list";
import { IndicatorList } from "./indicator-list";
import { ClearButton } from "./clear-button";

const STRENGTH = { 1: "weak", 2: "moderate", 3: "strong" } as const;

/** One relationship: its two actors, type, strength, dates, description, evidence and indicators. */
export function RelationDetails({ id }: { id: string }) {
  const r = getRelation(id);
  const selectActor = useAppStore((s) => s.selectActor);
  const asOf = useAppStore((s) => s.asOf);
  const events = requireDataFile("events").records;
  if (!r) return <p>Unknown relation.</p>;
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
        <dt>Between</dt>
        <dd>
          <button type="button" className="link-button" onClick={() => selectActor(r.a)}>
            {a?.name}
          </button>{" "}
          and{" "}
          <button type="button" className="link-button" onClick={() => selectActor(r.b)}>
            {b?.name}
          </button>
        </dd>
        <dt>Type</dt>
        <dd>{r.type.replace("_", " ")}</dd>
        <dt>Strength</dt>
        <dd>
          {strength} of 3 ({STRENGTH[strength]}){asOf ? ` on ${formatDate(asOf)}` : ""}
        </dd>
        <dt>In force</dt>
        <dd>
          since {formatDate(r.start)}
          {r.end ? `, until ${formatDate(r.end)}` : ""}
        </dd>
      </dl>
      <p>
        {r.description} <SourceNote sources={getSources(r.sourceIds)} />
      </p>
      <h4>Indicators</h4>
      <IndicatorList ids={r.indicatorIds} />
      <h4>Evidence</h4>
      <EventList events={eventsOfRelation(events, r)} label="Events that evidence this relation" />
    </article>
  );
}

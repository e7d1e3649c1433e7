import { useMemo } from "react";
import { requireDataFile } from "../../data/dataset";
import { getActor, getRelation } from "../../data/lookup";
import { useAppStore } from "../../store/app-store";
import { selectedActorOf, selectedRelationOf } from "../../store/selection-slice";
import { useStoreValueAfterPaint } from "../../store/after-paint";
import { buildTimelineRows, eventsMatching, firstRowAfter, monthlyDensity } from "../../domain/timeline";
import type { AtlasEvent } from "../../domain/schemas";
import { TimeScrubber } from "./time-scrubber";
import { TimelineFilters } from "./timeline-filters";
import { DensityStrip } from "./density-strip";
import { EventWindow } from "./event-window";
import { useDateRange } from "./use-date-range";
import { t } from "../../i18n/i18n";

/** Events related to the map selection: an actor's events, or an edge's evidence. */
function useRelated(): { ids: ReadonlySet<string>; label: string | null } {
  // The highlight follows a map click once Details has painted.
  const actor = useStoreValueAfterPaint(selectedActorOf);
  const relation = useStoreValueAfterPaint(selectedRelationOf);
  const events = requireDataFile("events").records;
  return useMemo(() => {
    if (actor)
      return {
        ids: new Set(events.filter((e) => e.actors.includes(actor)).map((e) => e.id)),
        label: t("timeline.involving", { name: getActor(actor)?.name ?? actor }),
      };
    const r = relation ? getRelation(relation) : undefined;
    if (r)
      return {
        ids: new Set(r.eventIds),
        label: t("timeline.evidencing", { label: r.label, a: getActor(r.a)?.name ?? r.a, b: getActor(r.b)?.name ?? r.b }),
      };
    return { ids: new Set<string>(), label: null };
  }, [actor, relation, events]);
}

/** The Timeline region: scrubber, filters, density strip, count and the month-grouped event list. */
export function TimelinePanel({ events: injected }: { events?: readonly AtlasEvent[] }) {
  const data = requireDataFile("events").records;
  const events = injected ?? data;
  const filters = useAppStore((s) => s.eventFilters);
  const asOf = useAppStore((s) => s.asOf);
  const { min, max } = useDateRange();
  const matching = useMemo(() => eventsMatching(events, filters), [events, filters]);
  const rows = useMemo(() => buildTimelineRows(matching), [matching]);
  const density = useMemo(() => monthlyDensity(matching, min, max), [matching, min, max]);
  const nowIndex = asOf === null ? rows.length : firstRowAfter(rows, asOf);
  const related = useRelated();
  const relatedShown = related.label ? matching.filter((e) => related.ids.has(e.id)).length : 0;
  return (
    <div className="timeline">
      <TimeScrubber min={min} max={max} />
      <TimelineFilters min={min} max={max} />
      <DensityStrip counts={density} min={min} asOf={asOf} />
      <p className="count" role="status">
        {t("timeline.count", { shown: matching.length, total: events.length })}
        {related.label ? t("timeline.highlighted", { count: relatedShown, what: related.label }) : ""}
      </p>
      <EventWindow rows={rows} nowIndex={nowIndex} related={related.ids} />
    </div>
  );
}

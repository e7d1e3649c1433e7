import { memo, useEffect, useRef, useState } from "react";
import { useAppStore } from "../../store/app-store";
import { requireDataFile } from "../../data/dataset";
import { EVENT_TYPES } from "../../domain/types";
import type { IsoDate } from "../../domain/types";
import { isRealIsoDate } from "../../domain/dates";
import { t } from "../../i18n/i18n";

/** An event type's name in the reader's language. */
const TYPE_LABELS = {
  get trade() {
    return t("eventType.trade");
  },
  get diplomacy() {
    return t("eventType.diplomacy");
  },
  get military() {
    return t("eventType.military");
  },
  get threat() {
    return t("eventType.threat");
  },
  get domestic() {
    return t("eventType.domestic");
  },
};

/**
 * Actor chips, type chips and a date range; they combine (AND). All kept in the URL. The date
 * inputs appear when asked for (or when a range is set): Chromium's first date input sets up its
 * locale's calendar data, about 30 ms on the main thread, which the first screen need not pay.
 */
export const TimelineFilters = memo(function TimelineFilters({ min, max }: { min: IsoDate; max: IsoDate }) {
  const actors = requireDataFile("actors").records;
  const filters = useAppStore((s) => s.eventFilters);
  const toggleActor = useAppStore((s) => s.toggleFilterActor);
  const toggleType = useAppStore((s) => s.toggleFilterType);
  const setRange = useAppStore((s) => s.setFilterRange);
  const reset = useAppStore((s) => s.resetFilters);
  const hasRange = filters.from !== null || filters.to !== null;
  const [rangeAsked, setRangeAsked] = useState(false);
  const from = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (rangeAsked) from.current?.focus();
  }, [rangeAsked]);
  const onDate = (which: "from" | "to", v: string) => {
    const d = v === "" ? null : isRealIsoDate(v) ? v : undefined;
    if (d === undefined) return;
    if (which === "from") setRange(d, filters.to);
    else setRange(filters.from, d);
  };
  return (
    <div className="timeline-filters">
      <div role="group" aria-label={t("timeline.filterActor")} className="chips">
        {actors.map((a) => (
          <button
            key={a.code}
            type="button"
            className="chip"
            aria-pressed={filters.actors.includes(a.code)}
            onClick={() => toggleActor(a.code)}
          >
            {a.name}
          </button>
        ))}
      </div>
      <div role="group" aria-label={t("timeline.filterType")} className="chips">
        {EVENT_TYPES.map((t) => (
          <button
            key={t}
            type="button"
            className={`chip type-${t}`}
            aria-pressed={filters.types.includes(t)}
            onClick={() => toggleType(t)}
          >
            {TYPE_LABELS[t]}
          </button>
        ))}
      </div>
      <div className="date-range">
        {rangeAsked || hasRange ? (
          <>
            <label>
              {t("timeline.from")}{" "}
              <input ref={from} type="date" min={min} max={max} value={filters.from ?? ""} onChange={(e) => onDate("from", e.target.value)} />
            </label>
            <label>
              {t("timeline.to")} <input type="date" min={min} max={max} value={filters.to ?? ""} onChange={(e) => onDate("to", e.target.value)} />
            </label>
          </>
        ) : (
          <button type="button" aria-expanded={false} onClick={() => setRangeAsked(true)}>
            {t("timeline.dateRange")}
          </button>
        )}
        <button type="button" onClick={reset}>
          {t("timeline.reset")}
        </button>
      </div>
    </div>
  );
});

export { TYPE_LABELS };

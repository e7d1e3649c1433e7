import { useMemo } from "react";
import { requireDataFile } from "../../data/dataset";
import type { IsoDate } from "../../domain/types";

/** The span of the event data: first and last event dates. */
export function useDateRange(): { min: IsoDate; max: IsoDate } {
  const events = requireDataFile("events").records;
  return useMemo(() => {
    let min = "9999-12-31";
    let max = "0000-01-01";
    for (const e of events) {
      if (e.date < min) min = e.date;
      const end = e.endDate ?? e.date;
      if (end > max) max = end;
    }
    return { min, max };
  }, [events]);
}

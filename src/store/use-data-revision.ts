import { startTransition, useEffect, useState } from "react";
import { dataRevision, subscribeData } from "../data/dataset";

/**
 * A number that changes when data files or the schema check arrive. A view that drew the map's
 * files before they were checked reads it, so it redraws (or its region shows the error) once they are.
 *
 * The redraw is a transition: drawn in slices, and a click that comes meanwhile is answered first.
 * (`useSyncExternalStore` redraws at once, in one task: when the panels' files arrived, about 0.4 s
 * after the map had painted, that was a 28-31 ms task on a 2-CPU machine, just when the reader's
 * first clicks on the map come.) The data only ever goes from missing to present, or from
 * provisional to checked, so a view drawn a moment before the others catch up shows nothing wrong.
 */
export function useDataRevision(): number {
  const [revision, setRevision] = useState(dataRevision);
  useEffect(() => {
    const update = () => startTransition(() => setRevision(dataRevision()));
    // Files that arrived between this view's render and now.
    update();
    return subscribeData(update);
  }, []);
  return revision;
}

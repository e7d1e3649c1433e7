import { useSyncExternalStore } from "react";
import { dataRevision, subscribeData } from "../data/dataset";

/**
 * A number that changes when data files or the schema check arrive. A view that drew the map's
 * files before they were checked reads it, so it redraws (or its region shows the error) once they are.
 */
export function useDataRevision(): number {
  return useSyncExternalStore(subscribeData, dataRevision, dataRevision);
}

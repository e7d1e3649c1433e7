import { createContext, useContext } from "react";
import type { IsoDate } from "../domain/types";

/**
 * The data's "as of" date (the newest sourced item, `dataAsOf` in domain/freshness.ts), provided
 * once by the app so every dated value can say whether it is stale without each feature passing it
 * down. Null (the default, and in tests that render a component alone): no value is flagged.
 */
export const DataAsOfContext = createContext<IsoDate | null>(null);

/** The data's "as of" date, or null when none is provided. */
export function useDataAsOf(): IsoDate | null {
  return useContext(DataAsOfContext);
}

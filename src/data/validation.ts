/**
 * The schema check (zod) for every data file, registered at once on import: for tests, which check
 * every file from the start (their setup imports this). The app checks in steps instead, with the
 * panels' data, right after the map has painted (checked-data.ts).
 */
import { crossCheck, validateFile } from "../domain/validate-dataset";
import { registerValidator } from "./dataset";

registerValidator({ validateFile, crossCheck });

/**
 * The schema check (zod) for every data file. Importing this module registers it with the dataset;
 * the app imports it with the panels' data, right after the map has painted (extra-data.ts), so the
 * first screen never waits for zod. Tests register it in their setup.
 */
import { crossCheck, validateFile } from "../domain/validate-dataset";
import { registerValidator } from "./dataset";

registerValidator({ validateFile, crossCheck });

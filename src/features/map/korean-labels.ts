/**
 * The map's labels laid out at build time for the Korean names (scripts/atlas-plugin.ts,
 * `virtual:atlas-labels-ko`), in the first chunk (app/language.ts imports it). Importing it registers
 * the layout with the map.
 */
import ko from "virtual:atlas-labels-ko";
import { registerPlacedLabels } from "./map-geometry";

registerPlacedLabels(ko.labels);

export const KOREAN_LABELS_LOADED = true;

/**
 * The short Korean texts the map needs before it is interactive (actor names, taglines, capitals,
 * relation labels; built from data/ko by scripts/i18n-plugin.ts): a small chunk fetched only for
 * Korean readers, before the first screen. Importing it registers them; the full overlays follow
 * with the panels (korean-data.ts).
 */
import text from "virtual:korean-map-text";
import { applyKoreanOverlay, type KoreanOverlay } from "../domain/korean-overlay-walk";
import { registerKoreanOverlays } from "./localized-data";

registerKoreanOverlays({ actors: text.actors as KoreanOverlay, relations: text.relations as KoreanOverlay }, false, applyKoreanOverlay);

export const KOREAN_MAP_TEXT_LOADED = true;

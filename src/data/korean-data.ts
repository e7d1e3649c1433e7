/**
 * The full Korean overlays of the data files (data/ko/*.json, docs/korean-data.md), a chunk fetched
 * only for Korean readers, with the panels. Importing it registers them (localized-data.ts). They are
 * not parsed here: `applyKoreanOverlay` keeps the English wherever an overlay does not fit, and
 * `npm run data:check` checks every overlay.
 */
import actors from "../../data/ko/actors.json";
import events from "../../data/ko/events.json";
import relations from "../../data/ko/relations.json";
import indicators from "../../data/ko/indicators.json";
import trade from "../../data/ko/trade.json";
import article from "../../data/ko/article.json";
import releases from "../../data/ko/releases.json";
import { applyKoreanOverlay, type KoreanOverlay } from "../domain/korean-overlay-walk";
import { registerKoreanOverlays } from "./localized-data";

const o = (x: unknown) => x as KoreanOverlay;
registerKoreanOverlays(
  { actors: o(actors), events: o(events), relations: o(relations), indicators: o(indicators), trade: o(trade), article: o(article), releases: o(releases) },
  true,
  applyKoreanOverlay,
);

export const KOREAN_DATA_LOADED = true;

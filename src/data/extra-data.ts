/**
 * The data the panels need but the map does not: events, sources, article claims, trade, indicators
 * and releases (the data's version and changelog). Until they arrive, the first screen reads what it
 * needs of them from a build-time digest (virtual:data-digest).
 * Importing this module registers the files with the dataset; the app's panels load it with the
 * schema check (checked-data.ts), which checks them in steps.
 */
import eventsRaw from "../../data/events.json";
import sourcesRaw from "../../data/sources.json";
import articleRaw from "../../data/article.json";
import tradeRaw from "../../data/trade.json";
import indicatorsRaw from "../../data/indicators.json";
import releasesRaw from "../../data/releases.json";
import { registerRawData } from "./dataset";

registerRawData({
  events: eventsRaw,
  sources: sourcesRaw,
  article: articleRaw,
  trade: tradeRaw,
  indicators: indicatorsRaw,
  releases: releasesRaw,
});

export const EXTRA_DATA_LOADED = true;

/**
 * The shareable URL: two pure functions. `parseUrlState` reads a query string against the allowed
 * values, clamps what can be clamped and drops the rest with a reason; `buildUrlState` writes the
 * canonical query back. parse(build(s)) === s for every valid state (property-tested).
 */
import { isRealIsoDate } from "./dates";
import {
  ACTOR_CODES,
  EVENT_TYPES,
  PANELS,
  RELATION_TYPES,
  type EventType,
  type Iso3,
  type IsoDate,
  type PanelId,
  type RelationType,
} from "./types";
import type { Method } from "./tariff/model";
import { clampStoryStep } from "./story";
import { buildCompareParam, parseCompareParam, type ScenarioRef } from "./tariff/scenario-ref";

export interface UrlState {
  actor?: Iso3;
  relation?: string;
  event?: string;
  /** The app's "as of" date; absent means "latest". */
  date?: IsoDate;
  panel?: PanelId;
  /** Relation types switched off in the map legend. */
  hide?: RelationType[];
  /** Timeline filters: actors, event types, date range. */
  actors?: Iso3[];
  types?: EventType[];
  from?: IsoDate;
  to?: IsoDate;
  /** Guided story step, 1-based. */
  story?: number;
  /** Trade: the scenarios compared side by side (1–4), custom rates included. */
  compare?: ScenarioRef[];
  /** Trade: the model's method. */
  method?: Method;
  /** Trade: the elasticity preset id. */
  elast?: string;
  /** Trade: border (phi) and retail (psi) pass-through, each in [0, 1]. */
  phi?: number;
  psi?: number;
}

/** The ids that exist in the loaded data, so unknown ones can be dropped. */
export interface UrlVocabulary {
  relationIds: ReadonlySet<string>;
  eventIds: ReadonlySet<string>;
  minDate: IsoDate;
  maxDate: IsoDate;
  /** Elasticity preset ids in the trade data; when absent any well-formed id is accepted. */
  elasticityPresetIds?: ReadonlySet<string>;
}

export interface ParsedUrl {
  state: UrlState;
  /** Human-readable reasons, one per dropped or adjusted parameter. */
  dropped: string[];
}

const KEYS = ["actor", "relation", "event", "date", "panel", "hide", "actors", "types", "from", "to", "compare", "method", "elast", "phi", "psi", "story"] as const;
const MAX_VALUE_LENGTH = 200;
/** Four custom scenarios with long names fit in 600 characters. */
const MAX_COMPARE_LENGTH = 600;
const METHODS: readonly Method[] = ["ces", "smart"];

/** Quote a user-supplied value for a message: shortened, control characters removed. */
export function quoteValue(v: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = v.replace(/[\u0000-\u001f\u007f]/g, "");
  const chars = [...clean];
  return `"${chars.length > 40 ? chars.slice(0, 40).join("") + "…" : clean}"`;
}

function has<T extends string>(list: readonly T[], v: string): v is T {
  return (list as readonly string[]).includes(v);
}

/** A comma list of allowed values, returned in canonical (allowed-list) order; unknown items dropped. */
function parseList<T extends string>(value: string, allowed: readonly T[], key: string, dropped: string[]): T[] | undefined {
  const parts = value.split(",").filter((p) => p !== "");
  const good = parts.filter((p): p is T => has(allowed, p));
  if (good.length < parts.length) dropped.push(`unknown value in "${key}" was ignored`);
  return good.length > 0 ? allowed.filter((t) => good.includes(t)) : undefined;
}

/** Parse a query string (with or without "?"). Never throws. */
export function parseUrlState(search: string, vocab: UrlVocabulary): ParsedUrl {
  const state: UrlState = {};
  const dropped: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state, dropped: ["the link's parameters could not be read"] };
  }
  const seen = new Set<string>();
  for (const [rawKey, rawValue] of params) {
    const key = rawKey.trim();
    if (!has(KEYS, key)) {
      if (key !== "") dropped.push(`unknown parameter ${quoteValue(key)} was ignored`);
      continue;
    }
    if (seen.has(key)) {
      dropped.push(`repeated parameter "${key}" was ignored (the first one is used)`);
      continue;
    }
    seen.add(key);
    const value = rawValue.trim();
    if (value.length > (key === "compare" ? MAX_COMPARE_LENGTH : MAX_VALUE_LENGTH)) {
      dropped.push(`"${key}" was too long and was ignored`);
      continue;
    }
    switch (key) {
      case "actor": {
        const up = value.toUpperCase();
        if (has(ACTOR_CODES, up)) state.actor = up;
        else dropped.push(`unknown actor ${quoteValue(value)} was ignored`);
        break;
      }
      case "relation":
        if (vocab.relationIds.has(value)) state.relation = value;
        else dropped.push(`unknown relation ${quoteValue(value)} was ignored`);
        break;
      case "event":
        if (vocab.eventIds.has(value)) state.event = value;
        else dropped.push(`unknown event ${quoteValue(value)} was ignored`);
        break;
      case "date":
        if (!isRealIsoDate(value)) dropped.push(`date ${quoteValue(value)} is not a YYYY-MM-DD date and was ignored`);
        else if (value < vocab.minDate) {
          state.date = vocab.minDate;
          dropped.push(`date ${value} is before the data starts; showing ${vocab.minDate}`);
        } else if (value > vocab.maxDate) {
          state.date = vocab.maxDate;
          dropped.push(`date ${value} is after the data ends; showing ${vocab.maxDate}`);
        } else state.date = value;
        break;
      case "panel":
        if (has(PANELS, value)) state.panel = value;
        else dropped.push(`unknown panel ${quoteValue(value)} was ignored`);
        break;
      case "hide": {
        const list = parseList(value, RELATION_TYPES, key, dropped);
        if (list) state.hide = list;
        break;
      }
      case "actors": {
        const list = parseList(value.toUpperCase(), ACTOR_CODES, key, dropped);
        if (list) state.actors = list;
        break;
      }
      case "types": {
        const list = parseList(value, EVENT_TYPES, key, dropped);
        if (list) state.types = list;
        break;
      }
      case "from":
      case "to":
        if (isRealIsoDate(value)) state[key] = value;
        else dropped.push(`"${key}" date ${quoteValue(value)} is not a YYYY-MM-DD date and was ignored`);
        break;
      case "story": {
        const n = /^\d{1,3}$/.test(value) ? clampStoryStep(Number(value)) : null;
        if (n === null) dropped.push(`story step ${quoteValue(value)} is not a step number and was ignored`);
        else {
          state.story = n;
          if (String(n) !== value) dropped.push(`story step ${value} does not exist; showing step ${n}`);
        }
        break;
      }
      case "compare": {
        const { refs, problems } = parseCompareParam(value);
        dropped.push(...problems);
        if (refs.length > 0) state.compare = refs;
        else if (problems.length === 0) dropped.push(`"compare" named no scenario and was ignored`);
        break;
      }
      case "method":
        if (has(METHODS, value)) state.method = value;
        else dropped.push(`unknown model method ${quoteValue(value)} was ignored`);
        break;
      case "elast":
        if (/^[a-z0-9][a-z0-9_-]*$/.test(value) && (vocab.elasticityPresetIds?.has(value) ?? true)) state.elast = value;
        else dropped.push(`unknown elasticity preset ${quoteValue(value)} was ignored`);
        break;
      case "phi":
      case "psi": {
        const n = /^[+-]?(\d+\.?\d*|\.\d+)$/.test(value) ? Number(value) : Number.NaN;
        if (!Number.isFinite(n)) {
          dropped.push(`pass-through "${key}" ${quoteValue(value)} is not a number and was ignored`);
          break;
        }
        const clamped = Math.min(1, Math.max(0, n)) + 0;
        if (clamped !== n) dropped.push(`pass-through "${key}" ${quoteValue(value)} must be between 0 and 1; using ${clamped}`);
        state[key] = clamped;
        break;
      }
    }
  }
  return { state, dropped };
}

/** Build the canonical query string ("" or "?a=b&…") for a state. Keys in a fixed order. */
export function buildUrlState(state: UrlState): string {
  const p = new URLSearchParams();
  if (state.actor) p.set("actor", state.actor);
  if (state.relation) p.set("relation", state.relation);
  if (state.event) p.set("event", state.event);
  if (state.date) p.set("date", state.date);
  if (state.panel) p.set("panel", state.panel);
  if (state.hide && state.hide.length > 0)
    p.set("hide", RELATION_TYPES.filter((t) => state.hide?.includes(t)).join(","));
  if (state.actors && state.actors.length > 0)
    p.set("actors", ACTOR_CODES.filter((t) => state.actors?.includes(t)).join(","));
  if (state.types && state.types.length > 0)
    p.set("types", EVENT_TYPES.filter((t) => state.types?.includes(t)).join(","));
  if (state.from) p.set("from", state.from);
  if (state.to) p.set("to", state.to);
  if (state.story !== undefined) p.set("story", String(state.story));
  if (state.compare && state.compare.length > 0) p.set("compare", buildCompareParam(state.compare));
  if (state.method) p.set("method", state.method);
  if (state.elast) p.set("elast", state.elast);
  if (state.phi !== undefined) p.set("phi", String(state.phi));
  if (state.psi !== undefined) p.set("psi", String(state.psi));
  const s = p.toString();
  return s === "" ? "" : `?${s}`;
}

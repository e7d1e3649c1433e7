/**
 * The shareable URL: two pure functions. `parseUrlState` reads a query string against the allowed
 * values, clamps what can be clamped and drops the rest with a reason; `buildUrlState` writes the
 * canonical query back. parse(build(s)) === s for every valid state (property-tested).
 */
import { urlProblem as problem, type UrlProblem } from "./url-problem";
import { isRealIsoDate } from "./dates";
import { isDataVersion } from "./freshness";
import {
  ACTOR_CODES,
  EVENT_TYPES,
  PANELS,
  PANEL_PARTS,
  RELATION_TYPES,
  type EventType,
  type Iso3,
  type IsoDate,
  type PanelId,
  type PanelPart,
  type RelationType,
} from "./types";
import type { Method } from "./tariff/model";
import { clampStoryStep } from "./story-views";
import { parseLang, type Lang } from "./locale";
import { buildCompareParam, parseCompareParam, type ScenarioRef } from "./tariff/scenario-ref";

export interface UrlState {
  actor?: Iso3;
  relation?: string;
  event?: string;
  /** The app's "as of" date; absent means "latest". */
  date?: IsoDate;
  /** The "What changed since …" view's date; absent means the summit (see domain/changes.ts). */
  since?: IsoDate;
  panel?: PanelId;
  /** The part (sub-tab) of the panel shown; only with a panel that has parts (PANEL_PARTS). */
  part?: PanelPart;
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
  /** Trade: the date of the tariff rates in force shown (and of "Tariffs in force on"); absent: the time scrubber's. */
  ratesOn?: IsoDate;
  /** The data version the link was made with, e.g. "2026.12.0" (see domain/freshness.ts). */
  dv?: string;
  /** The interface language (issue #21); absent: the reader's remembered or browser language. */
  lang?: Lang;
}

/** The ids that exist in the loaded data, so unknown ones can be dropped. */
export interface UrlVocabulary {
  relationIds: ReadonlySet<string>;
  eventIds: ReadonlySet<string>;
  minDate: IsoDate;
  maxDate: IsoDate;
  /** Latest date `ratesOn` may name (today: rates as the law stood up to now); default maxDate. */
  ratesOnMax?: IsoDate;
  /** Elasticity preset ids in the trade data; when absent any well-formed id is accepted. */
  elasticityPresetIds?: ReadonlySet<string>;
}

export type { UrlMessageKey, UrlProblem } from "./url-problem";

export interface ParsedUrl {
  state: UrlState;
  /** One reason per dropped or adjusted parameter. */
  dropped: UrlProblem[];
}

const KEYS = ["actor", "relation", "event", "date", "since", "panel", "hide", "actors", "types", "from", "to", "compare", "method", "elast", "phi", "psi", "story", "dv", "ratesOn", "part", "lang"] as const;
const MAX_VALUE_LENGTH = 200;
/** Four custom scenarios with competitors' rates and long names fit in 1,000 characters. */
const MAX_COMPARE_LENGTH = 1000;
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
function parseList<T extends string>(value: string, allowed: readonly T[], key: string, dropped: UrlProblem[]): T[] | undefined {
  const parts = value.split(",").filter((p) => p !== "");
  const good = parts.filter((p): p is T => has(allowed, p));
  if (good.length < parts.length) dropped.push(problem("url.unknownListValue", { key }));
  return good.length > 0 ? allowed.filter((t) => good.includes(t)) : undefined;
}

/** The "What changed since …" view's default date: the Trump–Lee summit at the White House. */
export const DEFAULT_SINCE: IsoDate = "2025-08-25";

/**
 * The "since" date: a real YYYY-MM-DD date in the data's range [minDate, maxDate] (maxDate is the
 * data's "as of"). A day past the month's end becomes its last day, a date outside the range the
 * nearest end; anything else is dropped (the view then shows its default, the summit).
 */
function parseSince(value: string, vocab: UrlVocabulary): { date?: IsoDate; problem?: UrlProblem } {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const y = Number(m?.[1]);
  const mo = Number(m?.[2]);
  const d = Number(m?.[3]);
  if (!m || mo < 1 || mo > 12 || d < 1)
    return { problem: problem("url.sinceNotDate", { value: quoteValue(value), date: DEFAULT_SINCE }) };
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  const real = `${m[1]}-${String(mo).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
  if (real < vocab.minDate) return { date: vocab.minDate, problem: problem("url.sinceBefore", { value, date: vocab.minDate }) };
  if (real > vocab.maxDate) return { date: vocab.maxDate, problem: problem("url.sinceAfter", { value, date: vocab.maxDate }) };
  if (d > last) return { date: real, problem: problem("url.sinceNoSuchDay", { value: quoteValue(value), date: real }) };
  if (real !== value) return { date: real, problem: problem("url.sinceReadAs", { value: quoteValue(value), date: real }) };
  return { date: real };
}

/** Parse a query string (with or without "?"). Never throws. */
export function parseUrlState(search: string, vocab: UrlVocabulary): ParsedUrl {
  const state: UrlState = {};
  const dropped: UrlProblem[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state, dropped: [problem("url.unreadable")] };
  }
  const seen = new Set<string>();
  // Checked once the panel is known (the keys may come in any order).
  let part: string | undefined;
  for (const [rawKey, rawValue] of params) {
    const key = rawKey.trim();
    if (!has(KEYS, key)) {
      if (key !== "") dropped.push(problem("url.unknownParameter", { value: quoteValue(key) }));
      continue;
    }
    if (seen.has(key)) {
      dropped.push(problem("url.repeated", { key }));
      continue;
    }
    seen.add(key);
    const value = rawValue.trim();
    if (value.length > (key === "compare" ? MAX_COMPARE_LENGTH : MAX_VALUE_LENGTH)) {
      dropped.push(problem("url.tooLong", { key }));
      continue;
    }
    switch (key) {
      case "actor": {
        const up = value.toUpperCase();
        if (has(ACTOR_CODES, up)) state.actor = up;
        else dropped.push(problem("url.unknownActor", { value: quoteValue(value) }));
        break;
      }
      case "relation":
        if (vocab.relationIds.has(value)) state.relation = value;
        else dropped.push(problem("url.unknownRelation", { value: quoteValue(value) }));
        break;
      case "event":
        if (vocab.eventIds.has(value)) state.event = value;
        else dropped.push(problem("url.unknownEvent", { value: quoteValue(value) }));
        break;
      case "date":
        if (!isRealIsoDate(value)) dropped.push(problem("url.dateNotDate", { value: quoteValue(value) }));
        else if (value < vocab.minDate) {
          state.date = vocab.minDate;
          dropped.push(problem("url.dateBefore", { value, date: vocab.minDate }));
        } else if (value > vocab.maxDate) {
          state.date = vocab.maxDate;
          dropped.push(problem("url.dateAfter", { value, date: vocab.maxDate }));
        } else state.date = value;
        break;
      case "since": {
        const { date, problem } = parseSince(value, vocab);
        if (date !== undefined) state.since = date;
        if (problem) dropped.push(problem);
        break;
      }
      case "panel":
        if (has(PANELS, value)) state.panel = value;
        else dropped.push(problem("url.unknownPanel", { value: quoteValue(value) }));
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
        else dropped.push(problem("url.rangeNotDate", { key, value: quoteValue(value) }));
        break;
      case "story": {
        const n = /^\d{1,3}$/.test(value) ? clampStoryStep(Number(value)) : null;
        if (n === null) dropped.push(problem("url.storyNotNumber", { value: quoteValue(value) }));
        else {
          state.story = n;
          if (String(n) !== value) dropped.push(problem("url.storyNoSuchStep", { value, step: n }));
        }
        break;
      }
      case "compare": {
        const { refs, problems } = parseCompareParam(value);
        dropped.push(...problems);
        if (refs.length > 0) state.compare = refs;
        else if (problems.length === 0) dropped.push(problem("url.compareEmpty"));
        break;
      }
      case "method":
        if (has(METHODS, value)) state.method = value;
        else dropped.push(problem("url.unknownMethod", { value: quoteValue(value) }));
        break;
      case "elast":
        if (/^[a-z0-9][a-z0-9_-]*$/.test(value) && (vocab.elasticityPresetIds?.has(value) ?? true)) state.elast = value;
        else dropped.push(problem("url.unknownPreset", { value: quoteValue(value) }));
        break;
      case "phi":
      case "psi": {
        const n = /^[+-]?(\d+\.?\d*|\.\d+)$/.test(value) ? Number(value) : Number.NaN;
        if (!Number.isFinite(n)) {
          dropped.push(problem("url.passThroughNotNumber", { key, value: quoteValue(value) }));
          break;
        }
        const clamped = Math.min(1, Math.max(0, n)) + 0;
        if (clamped !== n) dropped.push(problem("url.passThroughRange", { key, value: quoteValue(value), used: String(clamped) }));
        state[key] = clamped;
        break;
      }
      case "ratesOn": {
        const max = vocab.ratesOnMax ?? vocab.maxDate;
        if (!isRealIsoDate(value)) dropped.push(problem("url.ratesNotDate", { value: quoteValue(value) }));
        else if (value < vocab.minDate) {
          state.ratesOn = vocab.minDate;
          dropped.push(problem("url.ratesBefore", { value, date: vocab.minDate }));
        } else if (value > max) {
          state.ratesOn = max;
          dropped.push(problem("url.ratesAfter", { value, date: max }));
        } else state.ratesOn = value;
        break;
      }
      case "dv":
        if (isDataVersion(value)) state.dv = value;
        else dropped.push(problem("url.badVersion", { value: quoteValue(value) }));
        break;
      case "part":
        part = value;
        break;
      case "lang": {
        const lang = parseLang(value);
        if (lang) state.lang = lang;
        else dropped.push(problem("url.unknownLanguage", { value: quoteValue(value) }));
        break;
      }
    }
  }
  if (part !== undefined) {
    const panel = state.panel;
    const parts: readonly string[] = panel && panel in PANEL_PARTS ? PANEL_PARTS[panel as keyof typeof PANEL_PARTS] : [];
    if (parts.includes(part)) state.part = part as PanelPart;
    else dropped.push(problem("url.unknownPart", { value: quoteValue(part), panel: panel ?? "map" }));
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
  if (state.since) p.set("since", state.since);
  if (state.panel) p.set("panel", state.panel);
  if (state.part) p.set("part", state.part);
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
  if (state.ratesOn) p.set("ratesOn", state.ratesOn);
  if (state.dv) p.set("dv", state.dv);
  if (state.lang) p.set("lang", state.lang);
  const s = p.toString();
  return s === "" ? "" : `?${s}`;
}

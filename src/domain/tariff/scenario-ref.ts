/**
 * A scenario in a comparison, as the store and the URL hold it: a preset id, a date ("tariffs in
 * force on"), or a custom set of per-sector rates with a name. Pure codec for the `compare` URL
 * parameter: parse drops or clamps bad items with a reason, build writes the canonical text back.
 *
 *   compare=korus,threat,deal,on:2025-06-04,custom:25_25_15_15_50_15_15_15:My plan
 *   compare=korus,custom:10_10_10_10_50_10_0_10~10_10_10_10_50_10_0_10:Everyone
 *
 * Custom rates are percent, in SECTOR_IDS order, joined by "_"; the competitors' rates, when any
 * is above 0, follow after "~" in the same order (older links have none: competitors at 0 %). The
 * name comes last (a "," or "%" in it is written %2C / %25 so it cannot split the list).
 */
import { isRealIsoDate } from "../dates";
import { SECTOR_IDS, type IsoDate } from "../types";
import { PRESET_IDS, type PresetId, type SectorRates } from "./preset-ids";
import { urlProblem, type UrlProblem } from "../url-problem";

export type ScenarioRef =
  | { kind: "preset"; id: PresetId }
  | { kind: "dated"; date: IsoDate }
  | {
      kind: "custom";
      name: string;
      ratesPct: SectorRates;
      /** Competitors' extra tariff per sector; absent means 0 % everywhere (never present with every rate 0). */
      competitorRatesPct?: SectorRates;
    };

export type CustomScenarioRef = Extract<ScenarioRef, { kind: "custom" }>;

/** A custom ref in canonical form: competitors' rates kept only when some rate is above 0. */
export function customRef(name: string, ratesPct: SectorRates, competitorRatesPct?: SectorRates): CustomScenarioRef {
  const some = competitorRatesPct !== undefined && SECTOR_IDS.some((s) => competitorRatesPct[s] !== 0);
  return some ? { kind: "custom", name, ratesPct, competitorRatesPct: { ...competitorRatesPct } } : { kind: "custom", name, ratesPct };
}

export const MIN_COMPARE = 2;
export const MAX_COMPARE = 4;
export const SCENARIO_NAME_MAX = 40;
export const DEFAULT_CUSTOM_NAME = "Custom scenario";

/** The comparison a user sees first: KORUS 0 %, the threatened 25 %, the agreed 15 %. */
export const DEFAULT_COMPARE: readonly ScenarioRef[] = [
  { kind: "preset", id: "korus" },
  { kind: "preset", id: "threat" },
  { kind: "preset", id: "deal" },
];

/** What the Supreme Court ruling did: the deal's 15% all-in beside the Section 122 surcharge on every supplier. */
export const RULING_COMPARE: readonly ScenarioRef[] = [
  { kind: "preset", id: "implemented" },
  { kind: "preset", id: "surcharge" },
];

export type RateProblem = "empty" | "not_a_number" | "negative" | "over_100" | "too_precise";
export type RateCheck = { ok: true; value: number } | { ok: false; problem: RateProblem };

/**
 * Checks a tariff typed as text (percent): a plain decimal number in [0, 100] with at most two
 * decimals. Never returns NaN as a value.
 */
export function checkRate(text: string): RateCheck {
  const t = text.trim();
  if (t === "") return { ok: false, problem: "empty" };
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(t)) return { ok: false, problem: "not_a_number" };
  const value = Number(t);
  if (!Number.isFinite(value)) return { ok: false, problem: "not_a_number" };
  if (value < 0) return { ok: false, problem: "negative" };
  if (value > 100) return { ok: false, problem: "over_100" };
  if (Math.round(value * 100) / 100 !== value) return { ok: false, problem: "too_precise" };
  return { ok: true, value: value + 0 };
}

/** A name as it is kept: control characters removed, spaces collapsed, trimmed, at most 40 characters. */
export function normalizeScenarioName(raw: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = raw.replace(/[\u0000-\u001f\u007f]/g, "").replace(/\s+/g, " ").trim();
  return [...clean].slice(0, SCENARIO_NAME_MAX).join("").trim();
}

function escapeName(name: string): string {
  return name.replace(/[%,]/g, (c) => (c === "%" ? "%25" : "%2C"));
}

function unescapeName(text: string): string {
  return text.replace(/%(25|2C)/gi, (m) => (m === "%25" ? "%" : ","));
}

/** One item of the `compare` parameter. */
export function encodeScenarioRef(ref: ScenarioRef): string {
  switch (ref.kind) {
    case "preset":
      return ref.id;
    case "dated":
      return `on:${ref.date}`;
    case "custom": {
      const korea = SECTOR_IDS.map((s) => String(ref.ratesPct[s])).join("_");
      const c = ref.competitorRatesPct;
      const row = c && SECTOR_IDS.some((s) => c[s] !== 0) ? `~${SECTOR_IDS.map((s) => String(c[s])).join("_")}` : "";
      return `custom:${korea}${row}:${escapeName(ref.name)}`;
    }
  }
}

function isPresetId(v: string): v is PresetId {
  return (PRESET_IDS as readonly string[]).includes(v);
}

function quote(v: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = v.replace(/[\u0000-\u001f\u007f]/g, "");
  const chars = [...clean];
  return `"${chars.length > 30 ? chars.slice(0, 30).join("") + "…" : clean}"`;
}

/** Reads custom rates, clamping to [0, 100] and rounding to 2 decimals with a note; null if unreadable. */
function parseRates(text: string, name: string, problems: UrlProblem[], competitors = false): SectorRates | null {
  const parts = text.split("_");
  if (parts.length !== SECTOR_IDS.length || parts.some((p) => !/^-?(\d+\.?\d*|\.\d+)$/.test(p))) {
    problems.push(urlProblem(competitors ? "url.competitorRatesCount" : "url.customRatesCount", { name: quote(name), count: SECTOR_IDS.length }));
    return null;
  }
  const rates = {} as SectorRates;
  SECTOR_IDS.forEach((s, i) => {
    const raw = Number(parts[i]);
    const clamped = Math.min(100, Math.max(0, raw));
    const rounded = Math.round(clamped * 100) / 100 + 0;
    const values = { who: competitors ? "competitors" : "korea", sector: s, rate: parts[i] ?? "", name: quote(name), used: String(rounded) };
    if (clamped !== raw) problems.push(urlProblem("url.rateClamped", values));
    else if (rounded !== raw) problems.push(urlProblem("url.rateRounded", values));
    rates[s] = rounded;
  });
  return rates;
}

function parseItem(item: string, problems: UrlProblem[]): ScenarioRef | null {
  if (isPresetId(item)) return { kind: "preset", id: item };
  if (item.startsWith("on:")) {
    const date = item.slice(3);
    if (isRealIsoDate(date)) return { kind: "dated", date };
    problems.push(urlProblem("url.scenarioDate", { value: quote(date) }));
    return null;
  }
  if (item.startsWith("custom:")) {
    const rest = item.slice(7);
    const colon = rest.indexOf(":");
    const ratesText = colon < 0 ? rest : rest.slice(0, colon);
    const rawName = colon < 0 ? "" : unescapeName(rest.slice(colon + 1));
    const name = normalizeScenarioName(rawName) || DEFAULT_CUSTOM_NAME;
    if (rawName.trim() !== "" && name !== rawName) problems.push(urlProblem("url.scenarioName", { value: quote(rawName) }));
    const tilde = ratesText.indexOf("~");
    const ratesPct = parseRates(tilde < 0 ? ratesText : ratesText.slice(0, tilde), name, problems);
    if (!ratesPct) return null;
    const competitors = tilde < 0 ? undefined : (parseRates(ratesText.slice(tilde + 1), name, problems, true) ?? undefined);
    return customRef(name, ratesPct, competitors);
  }
  problems.push(urlProblem("url.unknownScenario", { value: quote(item) }));
  return null;
}

/** Two refs name the same scenario (customs: same name and rates). */
export function sameScenarioRef(a: ScenarioRef, b: ScenarioRef): boolean {
  return encodeScenarioRef(a) === encodeScenarioRef(b);
}

export function sameCompare(a: readonly ScenarioRef[], b: readonly ScenarioRef[]): boolean {
  return a.length === b.length && a.every((r, i) => {
    const other = b[i];
    return other !== undefined && sameScenarioRef(r, other);
  });
}

/**
 * Parses the `compare` value (already URL-decoded). Never throws. Unknown, malformed and repeated
 * items are dropped, rates are clamped to 0–100, and only the first MAX_COMPARE items are kept;
 * each change adds a reason to `problems` (a message of the URL catalog and its values).
 */
export function parseCompareParam(value: string): { refs: ScenarioRef[]; problems: UrlProblem[] } {
  const problems: UrlProblem[] = [];
  const refs: ScenarioRef[] = [];
  for (const item of value.split(",").map((s) => s.trim()).filter((s) => s !== "")) {
    const ref = parseItem(item, problems);
    if (!ref) continue;
    if (refs.some((r) => sameScenarioRef(r, ref))) {
      problems.push(urlProblem("url.scenarioTwice", { value: quote(item) }));
      continue;
    }
    if (refs.length >= MAX_COMPARE) {
      problems.push(urlProblem("url.scenarioTooMany", { max: MAX_COMPARE, value: quote(item) }));
      continue;
    }
    refs.push(ref);
  }
  return { refs, problems };
}

/** The canonical `compare` value for a list of refs. */
export function buildCompareParam(refs: readonly ScenarioRef[]): string {
  return refs.map(encodeScenarioRef).join(",");
}

/**
 * Search over what the app shows: actors, relations, events, indicators and sources. Pure: the
 * documents are built from the data files, the index is MiniSearch (no DOM), and each hit says
 * where it opens (a selection shown in Details, or a panel and the element to bring into view).
 *
 * Only what some view shows is indexed: a source no record cites, or a series no indicator draws,
 * would open nothing. This module loads lazily (with the search index), never in the first chunk.
 */
import MiniSearch, { type SearchResult } from "minisearch";
import { formatDate } from "./format";
import { INDICATORS } from "./indicators/registry";
import type { IndicatorDef } from "./indicators/types";
import type { Dataset, Fact, Figure, Series } from "./schemas";
import type { Iso3, PanelId, PanelPart } from "./types";
import { INDICATOR_PARTS } from "./panel-parts";

export const SEARCH_KINDS = ["actor", "relation", "event", "indicator", "source"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const SEARCH_KIND_LABELS: Readonly<Record<SearchKind, string>> = {
  actor: "Actors",
  relation: "Relations",
  event: "Events",
  indicator: "Indicators",
  source: "Sources",
};

/** Where a hit opens: a selection (shown in Details, in the map view) or a panel and an element in it. */
export type SearchTarget =
  | { kind: "actor"; code: Iso3 }
  | { kind: "relation"; id: string }
  | { kind: "event"; id: string }
  | { kind: "panel"; panel: PanelId; part?: PanelPart; anchor?: string };

export interface SearchDocument {
  /** Unique across kinds: `${kind}:${record id}`. */
  id: string;
  kind: SearchKind;
  title: string;
  /** A short second line: a date, actors, a publisher, a panel. */
  detail: string;
  /** Proper names that identify the record (leaders, capital, actors): weighed above `text`. */
  names?: string;
  /** Every other searchable field, joined. */
  text: string;
  target: SearchTarget;
}

/** The files search reads; any may be missing (not loaded yet, or failed validation). */
export type SearchData = Partial<Pick<Dataset, "actors" | "relations" | "events" | "indicators" | "trade" | "sources" | "releases">>;

const PANEL_NAMES: Readonly<Record<PanelId, string>> = {
  map: "Map",
  trade: "Trade",
  alliance: "Alliance",
  threats: "Threats",
  changes: "What changed",
};

const join = (parts: readonly (string | undefined | null)[]): string => parts.filter(Boolean).join(" · ");

function figureText(f: Figure | null | undefined): string {
  return f ? join([f.label, f.note, f.asOf]) : "";
}

function factText(f: Fact): string {
  return join([f.label, f.text, f.date, figureText(f.figure)]);
}

function seriesText(s: Series): string {
  const labels = new Set(s.points.flatMap((p) => [p.label, p.note]).filter((x): x is string => Boolean(x)));
  return join([s.label, s.method, s.note, s.unit, ...labels]);
}

/** An indicator opens its panel at the part (sub-tab) that shows it, scrolled to its card. */
const indicatorTarget = (def: IndicatorDef): SearchTarget => ({ kind: "panel", panel: def.panel, part: INDICATOR_PARTS[def.id], anchor: `indicator-${def.id}` });

/** Source id → where it opens, first citing record wins: events, relations, actors, indicators, trade, pending. */
function citations(data: SearchData): Map<string, SearchTarget> {
  const out = new Map<string, SearchTarget>();
  const cite = (ids: readonly string[] | undefined, target: SearchTarget) => {
    for (const id of ids ?? []) if (!out.has(id)) out.set(id, target);
  };
  for (const e of data.events?.records ?? []) cite(e.sourceIds, { kind: "event", id: e.id });
  for (const r of data.relations?.records ?? []) {
    const target: SearchTarget = { kind: "relation", id: r.id };
    cite(r.sourceIds, target);
    for (const h of r.history ?? []) cite(h.sourceIds, target);
  }
  for (const a of data.actors?.records ?? []) {
    const target: SearchTarget = { kind: "actor", code: a.code };
    cite(a.stanceSourceIds, target);
    cite(a.capital.sourceIds, target);
    for (const l of a.leaders) cite(l.sourceIds, target);
    for (const f of [a.gdp, a.population, a.military]) cite(f?.sourceIds, target);
  }
  const file = data.indicators;
  if (file) {
    for (const def of Object.values(INDICATORS)) {
      const target = indicatorTarget(def);
      cite(def.sourceIds, target);
      for (const ref of def.series) for (const p of file.series.find((s) => s.id === ref.id)?.points ?? []) cite(p.sourceIds, target);
      for (const ref of def.facts) {
        const f = file.facts.find((x) => x.id === ref.id);
        cite(f?.sourceIds, target);
        cite(f?.figure?.sourceIds, target);
      }
      if (def.exercises) for (const x of file.exercises) cite(x.sourceIds, target);
    }
  }
  const trade = data.trade;
  if (trade) {
    const target: SearchTarget = { kind: "panel", panel: "trade" };
    for (const s of trade.series) for (const p of s.points) cite(p.sourceIds, target);
    for (const t of trade.tariffs) cite(t.sourceIds, target);
    for (const f of trade.dealTerms) {
      cite(f.sourceIds, target);
      cite(f.figure?.sourceIds, target);
    }
    for (const s of trade.sectors) {
      cite(s.importsKorea.sourceIds, target);
      cite(s.importsRow?.sourceIds, target);
    }
    for (const p of trade.elasticityPresets) cite(p.sourceIds, target);
    cite(trade.passThrough.border.sourceIds, target);
    cite(trade.passThrough.retail.sourceIds, target);
  }
  for (const p of data.releases?.pending ?? []) cite(p.sourceIds, { kind: "panel", panel: "changes" });
  return out;
}

function indicatorDocuments(data: SearchData): SearchDocument[] {
  const file = data.indicators;
  if (!file) return [];
  return Object.values(INDICATORS).map((def) => {
    const series = def.series.flatMap((ref) => {
      const s = file.series.find((x) => x.id === ref.id);
      return [ref.legend, s ? seriesText(s) : ""];
    });
    const facts = def.facts.flatMap((ref) => {
      const f = file.facts.find((x) => x.id === ref.id);
      return [ref.legend, f ? factText(f) : ""];
    });
    const exercises = def.exercises ? file.exercises.map((x) => join([x.name, x.note])) : [];
    return {
      id: `indicator:${def.id}`,
      kind: "indicator" as const,
      title: def.title,
      detail: `${PANEL_NAMES[def.panel]} panel`,
      text: join([def.method, def.milestoneHeading, ...series, ...facts, ...exercises]),
      target: indicatorTarget(def),
    };
  });
}

function tradeDocuments(data: SearchData): SearchDocument[] {
  const trade = data.trade;
  if (!trade) return [];
  const target: SearchTarget = { kind: "panel", panel: "trade" };
  const detail = "Trade panel";
  const sectorLabel = new Map(trade.sectors.map((s) => [s.id, s.label]));
  return [
    ...trade.series.map((s) => ({ id: `indicator:trade-series:${s.id}`, kind: "indicator" as const, title: s.label, detail, text: seriesText(s), target })),
    ...trade.tariffs.map((t) => ({
      id: `indicator:tariff:${t.id}`,
      kind: "indicator" as const,
      title: `US tariff: ${t.legalBasis ?? t.instrument}`,
      detail: `${t.ratePct}% from ${formatDate(t.effective)} · Trade panel`,
      text: join([
        t.instrument,
        t.note,
        t.endNote,
        t.competitorNote,
        t.status.replace("_", " "),
        t.effective,
        ...t.sectors.map((s) => sectorLabel.get(s) ?? s),
        ...(t.exemptions ?? []).map((x) => x.reason),
      ]),
      target,
    })),
    ...trade.dealTerms.map((f) => ({ id: `indicator:deal:${f.id}`, kind: "indicator" as const, title: f.label, detail, text: factText(f), target })),
  ];
}

/**
 * The documents to index, one per actor, relation, event, indicator (registry indicators, trade
 * series, tariff measures, deal terms) and cited source. Files that are missing contribute nothing.
 */
export function buildSearchDocuments(data: SearchData): SearchDocument[] {
  const actors = data.actors?.records ?? [];
  const name = new Map<string, string>(actors.map((a) => [a.code, a.name]));
  const names = (codes: readonly string[]) => codes.map((c) => name.get(c) ?? c).join(", ");
  const docs: SearchDocument[] = actors.map((a) => ({
    id: `actor:${a.code}`,
    kind: "actor",
    title: a.name,
    detail: a.tagline,
    names: join([a.code, a.capital.name, ...a.leaders.map((l) => l.name)]),
    text: join([a.stance, ...a.leaders.map((l) => l.title)]),
    target: { kind: "actor", code: a.code },
  }));
  for (const r of data.relations?.records ?? [])
    docs.push({
      id: `relation:${r.id}`,
      kind: "relation",
      title: `${name.get(r.a) ?? r.a}–${name.get(r.b) ?? r.b}: ${r.label}`,
      detail: r.end ? `${formatDate(r.start)} to ${formatDate(r.end)}` : `since ${formatDate(r.start)}`,
      names: join([r.a, r.b]),
      text: join([r.description, r.type.replace("_", " "), ...(r.history ?? []).map((h) => h.note)]),
      target: { kind: "relation", id: r.id },
    });
  for (const e of data.events?.records ?? [])
    docs.push({
      id: `event:${e.id}`,
      kind: "event",
      title: e.title,
      detail: `${formatDate(e.date)} · ${names(e.actors)}`,
      names: e.actors.join(" "),
      text: join([e.summary, e.date, e.endDate, e.type, ...(e.tags ?? [])]),
      target: { kind: "event", id: e.id },
    });
  docs.push(...indicatorDocuments(data), ...tradeDocuments(data));
  const cited = citations(data);
  for (const s of data.sources?.records ?? []) {
    const target = cited.get(s.id);
    if (!target) continue;
    docs.push({
      id: `source:${s.id}`,
      kind: "source",
      title: s.title,
      detail: join([s.publisher, s.date ? formatDate(s.date) : undefined]),
      text: join([s.note, s.date]),
      target,
    });
  }
  return docs;
}

/** One kind's hits, best first; `total` counts every hit of the kind, `hits` only those shown. */
export interface SearchGroup {
  kind: SearchKind;
  label: string;
  total: number;
  hits: SearchDocument[];
}

export interface SearchIndex {
  /** Grouped hits for `query`, the group with the best hit first; [] for a blank query. */
  search: (query: string, perKind?: number) => SearchGroup[];
  size: number;
}

/** Lower case, accents dropped ("Türkiye" finds "turkiye"), other scripts kept as they are. */
export function normalizeTerm(term: string): string {
  return term.normalize("NFKD").replace(/\p{M}+/gu, "").normalize("NFC").toLowerCase();
}

function newMiniSearch(): MiniSearch<SearchDocument> {
  return new MiniSearch<SearchDocument>({
    fields: ["title", "names", "detail", "text"],
    processTerm: (t) => normalizeTerm(t) || null,
    searchOptions: {
      boost: { title: 3, names: 2, detail: 1.5 },
      prefix: true,
      fuzzy: (term) => (term.length >= 5 ? 1 : false),
      combineWith: "AND",
      // A source ranks below the records it backs (its title often repeats theirs).
      boostDocument: (id) => (String(id).startsWith("source:") ? 0.5 : 1),
    },
  });
}

function searcher(mini: MiniSearch<SearchDocument>, byId: ReadonlyMap<string, SearchDocument>): SearchIndex {
  const search = (query: string, perKind = 6): SearchGroup[] => {
    if (query.trim() === "") return [];
    const found: SearchResult[] = mini.search(query);
    const groups = new Map<SearchKind, SearchGroup>();
    for (const r of found) {
      const doc = byId.get(String(r.id));
      if (!doc) continue;
      let g = groups.get(doc.kind);
      if (!g) {
        g = { kind: doc.kind, label: SEARCH_KIND_LABELS[doc.kind], total: 0, hits: [] };
        groups.set(doc.kind, g);
      }
      g.total++;
      if (g.hits.length < perKind) g.hits.push(doc);
    }
    // MiniSearch returns hits best first, so groups are created in the order of their best hit.
    return [...groups.values()];
  };
  return { search, size: byId.size };
}

const unique = (docs: readonly SearchDocument[]) => new Map(docs.map((d) => [d.id, d]));

/**
 * Builds the index at once (about 100 ms for the real data on a slow machine: for tests and Node).
 * Every word of a query must match (AND); each word also matches as a prefix (so results follow
 * typing), and words of five letters or more allow one typo. Titles weigh most, sources half as much
 * as records. Groups come in the order of their best hit, hits best first.
 */
export function createSearchIndex(docs: readonly SearchDocument[]): SearchIndex {
  const byId = unique(docs);
  const mini = newMiniSearch();
  mini.addAll([...byId.values()]);
  return searcher(mini, byId);
}

/** The same index, built `chunkSize` documents per task, so the page stays responsive meanwhile. */
export async function createSearchIndexAsync(docs: readonly SearchDocument[], chunkSize = 40): Promise<SearchIndex> {
  const byId = unique(docs);
  const mini = newMiniSearch();
  await mini.addAllAsync([...byId.values()], { chunkSize });
  return searcher(mini, byId);
}

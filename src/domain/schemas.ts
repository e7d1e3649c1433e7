/**
 * zod schemas for every data file in `data/`. Parsing never throws at the UI: callers use
 * `safeParse` (through `parseDataset`) and get a Result with readable, located messages.
 * zod/mini keeps the bundle small; messages are produced by `formatIssues`, not zod's locale.
 */
import * as z from "zod/mini";
import { isPartialDate, isRealIsoDate } from "./dates";
import { isDataVersion } from "./freshness";
import {
  ACTOR_CODES,
  CONFIDENCE_LEVELS,
  EVENT_TYPES,
  RELATION_TYPES,
  SECTOR_IDS,
} from "./types";

const nonEmpty = z.string().check(z.minLength(1, "must not be empty"));
const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9_-]*$/, "must be a lower-case id (a-z, 0-9, _ or -)"));
const isoDate = z.string().check(z.refine(isRealIsoDate, "must be a real date written YYYY-MM-DD"));
const partialDate = z
  .string()
  .check(z.refine(isPartialDate, "must be a date written YYYY, YYYY-MM or YYYY-MM-DD"));
const finite = z.number().check(z.refine(Number.isFinite, "must be a finite number"));
const url = z
  .string()
  .check(z.regex(/^https?:\/\/\S+$/, "must be an http(s) URL with no spaces"));
const confidence = z.enum(CONFIDENCE_LEVELS);
const iso3 = z.enum(ACTOR_CODES);
/** Every figure names at least one source record. */
const sourceIds = z.array(id).check(z.minLength(1, "must name at least one source id"));

export const metaSchema = z.object({
  title: nonEmpty,
  retrieved: isoDate,
  notes: z.string(),
  sources: z.optional(z.array(z.string())),
});

/** A sourced number. `low`/`high` carry a range where sources give one; `value` is the headline. */
export const figureSchema = z.object({
  value: finite,
  low: z.optional(finite),
  high: z.optional(finite),
  unit: nonEmpty,
  label: z.optional(z.string()),
  asOf: z.optional(partialDate),
  sourceIds,
  confidence,
  note: z.optional(z.string()),
});

export const sourceSchema = z.object({
  id,
  title: nonEmpty,
  publisher: nonEmpty,
  date: z.optional(partialDate),
  url: z.optional(url),
  confidence,
  note: z.optional(z.string()),
});

export const leaderSchema = z.object({
  name: nonEmpty,
  title: nonEmpty,
  role: z.enum(["head_of_state", "head_of_government"]),
  from: z.optional(isoDate),
  to: z.optional(isoDate),
  sourceIds,
  confidence,
});

export const actorSchema = z.object({
  code: iso3,
  atlasId: z.string().check(z.regex(/^\d{3}$/, "must be a 3-digit world-atlas id")),
  name: nonEmpty,
  role: z.enum(["main", "context"]),
  /** Completes "<name> — <tagline>" in accessible names, e.g. "ally of the United States". */
  tagline: nonEmpty,
  capital: z.object({
    name: nonEmpty,
    lat: finite.check(z.gte(-90), z.lte(90)),
    lon: finite.check(z.gte(-180), z.lte(180)),
    sourceIds,
    confidence,
  }),
  leaders: z.array(leaderSchema).check(z.minLength(1, "must list at least one leader")),
  gdp: z.nullable(figureSchema),
  population: z.nullable(figureSchema),
  military: z.nullable(figureSchema),
  stance: nonEmpty,
  stanceSourceIds: sourceIds,
});

export const relationSchema = z.object({
  id,
  a: iso3,
  b: iso3,
  type: z.enum(RELATION_TYPES),
  /** Short human label, e.g. "military alliance". */
  label: nonEmpty,
  start: isoDate,
  end: z.optional(isoDate),
  strength: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  description: nonEmpty,
  eventIds: z.array(id),
  indicatorIds: z.array(id),
  sourceIds,
  /**
   * Dated changes, oldest first: from `date` on, the strength is `strength` (when given); `note` says
   * what changed. Before the first entry with a strength, the relation has its base `strength`.
   */
  history: z.optional(z.array(z.object({ date: isoDate, strength: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3)])), note: nonEmpty, eventIds: z.array(id), sourceIds, confidence }))),
});

export const eventSchema = z.object({
  id,
  date: isoDate,
  endDate: z.optional(isoDate),
  actors: z.array(iso3).check(z.minLength(1, "must name at least one actor")),
  type: z.enum(EVENT_TYPES),
  tags: z.optional(z.array(z.enum(EVENT_TYPES))),
  title: nonEmpty,
  summary: nonEmpty,
  sourceIds,
  confidence,
});

export const pointSchema = z.object({
  date: partialDate,
  value: finite,
  low: z.optional(finite),
  high: z.optional(finite),
  label: z.optional(z.string()),
  sourceIds,
  confidence,
  note: z.optional(z.string()),
});

export const seriesSchema = z.object({
  id,
  label: nonEmpty,
  unit: nonEmpty,
  group: z.enum(["trade", "alliance", "threat", "context"]),
  /** How the series counts or measures, e.g. "Japan MoD: launch occasions". */
  method: z.optional(z.string()),
  /** Reporting basis for trade series: never mix bases in one series. */
  basis: z.optional(z.enum(["us_reported", "korea_reported", "other"])),
  direction: z.enum(["up_good", "up_bad", "neutral"]),
  note: z.optional(z.string()),
  points: z.array(pointSchema).check(z.minLength(1, "must have at least one point")),
});

/** A sourced fact that is not a time series: a rule, a target, a report and its denial. */
export const factSchema = z.object({
  id,
  label: nonEmpty,
  text: nonEmpty,
  date: z.optional(isoDate),
  figure: z.optional(figureSchema),
  sourceIds,
  confidence,
});

export const exerciseSchema = z.object({
  id,
  name: nonEmpty,
  start: isoDate,
  end: isoDate,
  note: z.optional(z.string()),
  sourceIds,
  confidence,
});

const sectorId = z.enum(SECTOR_IDS);

export const sectorSchema = z.object({
  id: sectorId,
  label: nonEmpty,
  basis: z.enum(["us_reported", "korea_reported"]),
  scope: nonEmpty,
  /** US imports from Korea (or Korea's exports to the US), USD bn, calendar 2024. */
  importsKorea: figureSchema,
  /** US imports from the rest of the world, USD bn; null where unsourced (diversion off). */
  importsRow: z.nullable(figureSchema),
  note: z.optional(z.string()),
});

/** in_force: applied; threatened: threatened, never applied; agreed: agreed, not yet applied; announced: announced, not formalised. */
export const TARIFF_STATUSES = ["in_force", "threatened", "agreed", "announced"] as const;

/** Sectors a measure explicitly does not apply to, and why (e.g. "goods under Section 232 are exempt"). */
export const tariffExemptionSchema = z.object({
  sectors: z.array(sectorId).check(z.minLength(1, "must name at least one sector")),
  reason: nonEmpty,
});

export const tariffMeasureSchema = z.object({
  id,
  sectors: z.array(sectorId).check(z.minLength(1, "must cover at least one sector")),
  /** Effective date (for a threat: the date it would have taken effect). */
  effective: isoDate,
  announced: z.optional(isoDate),
  /**
   * The first day the measure no longer applies (exclusive): it applies on day d when
   * effective <= d < end. Absent: still in force as far as the sources go.
   */
  end: z.optional(isoDate),
  /** How it ended (struck down, statutory expiry…). */
  endNote: z.optional(nonEmpty),
  endEventId: z.optional(id),
  /** What applies once it ends: the layer below ("reverts") or not known from the sources ("unknown"). */
  afterEnd: z.optional(z.enum(["reverts", "unknown"])),
  /** All-in additional US tariff on Korean goods in the sector, percent (0–100). */
  ratePct: finite.check(z.gte(0), z.lte(100)),
  /** What the same measure put on competing suppliers (over their 2024 tariffs), percent; absent where the research gives none. */
  competitorRatePct: z.optional(finite.check(z.gte(0), z.lte(100))),
  competitorNote: z.optional(nonEmpty),
  status: z.enum(TARIFF_STATUSES),
  /** Short legal basis for labels, e.g. "Section 232 autos and parts" (default: `instrument`). */
  legalBasis: z.optional(nonEmpty),
  /** "part": covers only a narrow part of its sectors, so it does not set their all-in rate. Default "sector". */
  coverage: z.optional(z.enum(["sector", "part"])),
  exemptions: z.optional(z.array(tariffExemptionSchema)),
  /** An in-force measure that puts an agreed measure (its id) into force. */
  implements: z.optional(id),
  instrument: nonEmpty,
  note: z.optional(z.string()),
  eventId: z.optional(id),
  sourceIds,
  confidence,
});

export const elasticityPresetSchema = z.object({
  id,
  label: nonEmpty,
  description: nonEmpty,
  sectors: z.record(
    sectorId,
    z.object({
      importDemandElasticity: finite.check(z.lte(0)),
      substitutionElasticity: finite.check(z.gte(0)),
    }),
  ),
  sourceIds,
  confidence,
});

/** Where an observed change was measured: Korea's customs exports (MOTIE/KITA) or US imports (Census/UN). */
export const OBSERVED_BASES = ["korea_exports", "us_imports"] as const;

/**
 * An observed 2025 change in Korea's exports to the US for one sector and period (y/y, percent), the
 * outcome the model is backtested against. `changePct` null: searched for and not found (the note says
 * what was found instead).
 */
export const observedChangeSchema = z.object({
  id,
  sector: sectorId,
  basis: z.enum(OBSERVED_BASES),
  /** First and last day of the period (inclusive). */
  start: isoDate,
  end: isoDate,
  /** How the sources name the period, e.g. "Jan–Aug 2025". */
  periodLabel: nonEmpty,
  changePct: z.nullable(finite.check(z.gte(-100))),
  /** The series that charts the same figure, when there is one. */
  seriesId: z.optional(id),
  sourceIds,
  confidence,
  note: nonEmpty,
});

export const passThroughSchema = z.object({
  border: figureSchema,
  retail: figureSchema,
  note: z.optional(z.string()),
});

export const articleClaimSchema = z.object({
  id,
  section: z.enum(["meeting", "trade", "security", "north_korea", "outlook"]),
  /** The article's words, verbatim. */
  text: nonEmpty,
  kind: z.enum(["fact", "quote", "characterisation"]),
  status: confidence,
  /** Why the status: what the fact sheet found. */
  check: nonEmpty,
  eventIds: z.array(id),
  relationIds: z.array(id),
  indicatorIds: z.array(id),
  sourceIds,
  /** Set when the claim stopped holding: from `date` on, `note` says what replaced it, with its events and sources. */
  lapsed: z.optional(z.object({ date: isoDate, note: nonEmpty, eventIds: z.array(id), sourceIds })),
});

/** The data files a changelog entry can name (releases.json itself is not listed). */
export const CHANGELOG_FILES = [
  "sources.json",
  "actors.json",
  "relations.json",
  "events.json",
  "trade.json",
  "indicators.json",
  "article.json",
] as const;

/** "2026.12.0": the data edition (year.month) and a correction counter within it (see freshness.ts). */
const dataVersion = z.string().check(z.refine(isDataVersion, "must be a data version written YYYY.M.N, e.g. 2026.12.0"));

/** One line of a release's changelog: which records of one file were added, changed or corrected. */
export const changeSchema = z.object({
  file: z.enum(CHANGELOG_FILES),
  /** Record ids (actor codes in actors.json; series, fact, tariff… ids in trade/indicators). May be empty. */
  ids: z.array(nonEmpty),
  note: nonEmpty,
});

export const releaseSchema = z.object({
  version: dataVersion,
  date: isoDate,
  summary: nonEmpty,
  added: z.array(changeSchema),
  changed: z.array(changeSchema),
  corrected: z.array(changeSchema),
});

/** Something the sources leave open: searched for and not found, or awaited. */
export const pendingSchema = z.object({
  id,
  label: nonEmpty,
  text: nonEmpty,
  topic: z.enum(["trade", "alliance", "threat", "general"]),
  /** Since when the question has been open (e.g. the day a measure was due to expire). */
  since: z.optional(isoDate),
  sourceIds,
  confidence,
});

const file = <T extends z.ZodMiniType>(records: T) =>
  z.object({ meta: metaSchema, records: z.array(records) });

export const sourcesFileSchema = file(sourceSchema);
export const actorsFileSchema = file(actorSchema);
export const relationsFileSchema = file(relationSchema);
export const eventsFileSchema = file(eventSchema);
export const articleFileSchema = file(articleClaimSchema);

export const tradeFileSchema = z.object({
  meta: metaSchema,
  series: z.array(seriesSchema),
  sectors: z.array(sectorSchema),
  tariffs: z.array(tariffMeasureSchema),
  dealTerms: z.array(factSchema),
  elasticityPresets: z.array(elasticityPresetSchema),
  passThrough: passThroughSchema,
  observed2025: z.array(observedChangeSchema),
});

export const indicatorsFileSchema = z.object({
  meta: metaSchema,
  series: z.array(seriesSchema),
  facts: z.array(factSchema),
  exercises: z.array(exerciseSchema),
});

/** The data's version, its changelog (releases, oldest first or any order) and what is pending. */
export const releasesFileSchema = z.object({
  meta: metaSchema,
  version: dataVersion,
  releases: z.array(releaseSchema).check(z.minLength(1, "must list at least one release")),
  pending: z.array(pendingSchema),
});

export type Meta = z.infer<typeof metaSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Leader = z.infer<typeof leaderSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type RelationChange = NonNullable<Relation["history"]>[number];
export type AtlasEvent = z.infer<typeof eventSchema>;
export type Point = z.infer<typeof pointSchema>;
export type Series = z.infer<typeof seriesSchema>;
export type Fact = z.infer<typeof factSchema>;
export type Exercise = z.infer<typeof exerciseSchema>;
export type Sector = z.infer<typeof sectorSchema>;
export type TariffMeasure = z.infer<typeof tariffMeasureSchema>;
export type TariffExemption = z.infer<typeof tariffExemptionSchema>;
export type TariffStatus = (typeof TARIFF_STATUSES)[number];
export type ElasticityPreset = z.infer<typeof elasticityPresetSchema>;
export type PassThrough = z.infer<typeof passThroughSchema>;
export type ObservedChange = z.infer<typeof observedChangeSchema>;
export type ObservedBasis = (typeof OBSERVED_BASES)[number];
export type ArticleClaim = z.infer<typeof articleClaimSchema>;
export type SourcesFile = z.infer<typeof sourcesFileSchema>;
export type ActorsFile = z.infer<typeof actorsFileSchema>;
export type RelationsFile = z.infer<typeof relationsFileSchema>;
export type EventsFile = z.infer<typeof eventsFileSchema>;
export type ArticleFile = z.infer<typeof articleFileSchema>;
export type TradeFile = z.infer<typeof tradeFileSchema>;
export type IndicatorsFile = z.infer<typeof indicatorsFileSchema>;
export type ChangelogFile = (typeof CHANGELOG_FILES)[number];
export type ReleaseChange = z.infer<typeof changeSchema>;
export type Release = z.infer<typeof releaseSchema>;
export type PendingItem = z.infer<typeof pendingSchema>;
export type ReleasesFile = z.infer<typeof releasesFileSchema>;

/** The validated, cross-checked contents of `data/`. */
export interface Dataset {
  sources: SourcesFile;
  actors: ActorsFile;
  relations: RelationsFile;
  events: EventsFile;
  trade: TradeFile;
  indicators: IndicatorsFile;
  article: ArticleFile;
  releases: ReleasesFile;
}

export const DATA_FILES = {
  sources: sourcesFileSchema,
  actors: actorsFileSchema,
  relations: relationsFileSchema,
  events: eventsFileSchema,
  trade: tradeFileSchema,
  indicators: indicatorsFileSchema,
  article: articleFileSchema,
  releases: releasesFileSchema,
} as const satisfies Record<keyof Dataset, z.ZodMiniType>;

export type DataFileName = keyof typeof DATA_FILES;

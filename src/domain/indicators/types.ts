/**
 * The indicator registry's vocabulary. An indicator is one thing a reader can look at in the Alliance
 * or Threats panel (a chart, a stat, a calendar or a list of milestones), declared once as data:
 * which series and facts of data/indicators.json it shows, how they are counted, whether up is good
 * or bad, and which map selections it is linked to. Pure types: no React, store or DOM.
 */
import type { Exercise, Fact, Series } from "../schemas";
import type { Iso3, RelationType } from "../types";

/** Every indicator, in display order within its panel. A missing registry entry fails type-checking. */
export const INDICATOR_IDS = [
  "rok-defence-budget",
  "rok-defence-burden",
  "usfk-troops",
  "sma-cost-sharing",
  "alliance-exercises",
  "extended-deterrence",
  "dprk-launches",
  "dprk-warheads",
  "dprk-troops-russia",
  "dprk-casualties-russia",
  "russia-dprk-treaty",
  "china-defence-budget",
  "military-spending-2024",
  "nuclear-warheads-2025",
] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

export type IndicatorPanel = "alliance" | "threats";
export type Direction = Series["direction"];

/**
 * How the indicator is drawn. `time`: lines on a time axis; `year-bars`: bars per calendar year,
 * one bar per series (counting method); `label-bars`: one bar per point label (countries);
 * `stat`, `calendar` and `milestones` are not charts.
 */
export type ChartKind = "time" | "year-bars" | "label-bars" | "stat" | "calendar" | "milestones";

/**
 * How one series is drawn. `line`: joined points (broken where a year is missing); `dots`: points
 * only, for estimates by different estimators that must not be read as one trend; `band`: a line
 * through `value` plus a shaded low–high range; `figure`: not plotted (other unit), table and text only.
 */
export type SeriesMark = "line" | "dots" | "band" | "figure";

export interface SeriesRef {
  /** Id of a series in data/indicators.json. */
  id: string;
  /** Short legend name that says how it counts, e.g. "Japan MoD: launch occasions". */
  legend: string;
  mark: SeriesMark;
}

/**
 * How a fact is used. `point`: its figure is plotted as a one-point series (another definition);
 * `target`: its figure is a horizontal reference line (a goal); `cap`: its figure is an annual growth
 * cap applied to the latest value; `total`: its figure is the total the summary compares with;
 * `event`: a dated report shown next to the number; `milestone`: listed with its sources.
 */
export type FactRole = "point" | "target" | "cap" | "total" | "event" | "milestone";

export interface FactRef {
  id: string;
  role: FactRole;
  /** Legend or list label; defaults to the fact's own label. */
  legend?: string;
  /** For a `cap`: the last year the cap applies to. */
  until?: number;
}

/** Map selections that bring this indicator forward: an actor, or an edge between two actors. */
export interface LinkRule {
  actors: readonly Iso3[];
  /** Unordered actor pairs; `types` narrows to some relation types (all types when absent). */
  pairs: readonly { between: readonly [Iso3, Iso3]; types?: readonly RelationType[] }[];
}

export interface IndicatorDef {
  id: IndicatorId;
  panel: IndicatorPanel;
  /** Chart or section title. */
  title: string;
  /** Axis unit (every plotted series shares it). */
  unit: string;
  /** Is up good or bad? `neutral` when neither, e.g. budgets. */
  direction: Direction;
  /** How the numbers are counted, and why series from different sources differ. */
  method: string;
  chart: ChartKind;
  series: readonly SeriesRef[];
  facts: readonly FactRef[];
  /** Include the alliance exercises (calendar). */
  exercises?: boolean;
  /** The sources that define the indicator (each must be cited by one of its series or facts). */
  sourceIds: readonly string[];
  /** Heading of the list of `milestone` facts shown under a chart. */
  milestoneHeading?: string;
  /** Add a computed year-on-year change column and tooltip line. */
  yoy?: boolean;
  links: LinkRule;
  /**
   * One sentence: the latest value and the trend. Pure; units from the data. Without `words` it is
   * the registry's English; with them, the same sentence in the interface language (issue #21).
   */
  summarize: (r: ResolvedIndicator, words?: SummaryWords) => string;
}

/**
 * A summary sentence's message: an "indicators.summary.*" key of src/domain/i18n/panels/indicators-*.ts
 * (the views check it against the catalog: src/components/indicator-text.ts).
 */
export type SummaryKey = `indicators.summary.${string}`;

/**
 * What a summary needs to be worded in the interface language: its messages (ICU, by key) and the
 * language's formatting of dates, numbers, amounts with units, legends and lists. The views pass
 * them (src/components/indicator-text.ts, `summaryWords`); the domain never calls the runtime itself.
 */
export interface SummaryWords {
  say: (key: SummaryKey, values?: Record<string, string | number>) => string;
  /** "2026-02-20" → "2026년 2월 20일". */
  date: (d: string) => string;
  number: (n: number, digits?: number) => string;
  /** A value with the data's unit: 28500 "명" → "28,500명"; 65.86 "KRW tn" → "65조 8,600억 원". */
  amount: (value: number, unit: string) => string;
  /** A series' or fact's legend by its id (the registry's English when the catalog has none). */
  legend: (id: string, english: string) => string;
  /** "A, B 및 C". */
  list: (items: readonly string[]) => string;
}

/** An indicator with its data looked up. */
export interface ResolvedIndicator {
  def: IndicatorDef;
  series: readonly { ref: SeriesRef; data: Series }[];
  facts: readonly { ref: FactRef; data: Fact }[];
  exercises: readonly Exercise[];
}

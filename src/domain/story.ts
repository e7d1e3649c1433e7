/**
 * The guided story: the source article's five sections, each a step that sets the dashboard to the
 * evidence for what it says, then its sequel, the year after the summit, told through dated events.
 * Declared once as data; quotes are the article's words, verbatim.
 */
import type { ArticleClaim } from "./schemas";
import type { Iso3, IsoDate, PanelId } from "./types";
import type { ScenarioRef } from "./tariff/scenario-ref";
import type { PresetId } from "./tariff/presets";

export interface StoryQuote {
  text: string;
  /** Who is quoted, as the article attributes it. */
  who: string;
}

export interface StoryStep {
  /** Stable key of the step. */
  id: string;
  /** "article": a section of the source article, with its claims; "sequel": what happened after. */
  part: "article" | "sequel";
  /** The article's section (article steps only). */
  section?: ArticleClaim["section"];
  /** The article's section heading. */
  title: string;
  quotes: StoryQuote[];
  /** What the step puts on screen. At most one of actor / relation / event. */
  view: {
    actor?: Iso3;
    relation?: string;
    event?: string;
    date: IsoDate | null;
    panel: PanelId;
    /** Trade scenarios to compare. */
    compare?: ScenarioRef[];
  };
  /** One line on what the view shows. */
  caption: string;
  /**
   * Sequel steps: the dated events (ids in data/events.json) that evidence the step, oldest first.
   * Each is shown with its summary, confidence and sources, and opens in the timeline.
   */
  eventIds?: string[];
}

const preset = (id: PresetId): ScenarioRef => ({ kind: "preset", id });
const on = (date: IsoDate): ScenarioRef => ({ kind: "dated", date });

export const STORY_STEPS: readonly StoryStep[] = [
  {
    id: "meeting",
    part: "article",
    section: "meeting",
    title: "A pivotal meeting in Washington",
    quotes: [{ text: "WHAT IS GOING ON IN SOUTH KOREA?", who: "Donald Trump, social media post before the meeting" }],
    view: { event: "2025-08-25-trump-lee-summit", date: "2025-08-25", panel: "map" },
    caption: "The 25 Aug 2025 White House summit: the United States and South Korea on the map, the meeting in the timeline.",
  },
  {
    id: "trade",
    part: "article",
    section: "trade",
    title: "Trade breakthrough",
    quotes: [],
    view: { event: "2025-07-30-tariff-deal-15pct", date: "2025-08-25", panel: "trade", compare: [preset("korus"), preset("threat"), preset("deal")] },
    caption: "The threatened 25% against the agreed 15%, side by side with the KORUS baseline, in the Trade panel.",
  },
  {
    id: "security",
    part: "article",
    section: "security",
    title: "Security alliance evolution",
    quotes: [{ text: "free and open Indo-Pacific", who: "the article, on China's challenge" }],
    view: { relation: "usa-kor-alliance", date: null, panel: "alliance" },
    caption: "The US–South Korea alliance edge and the Alliance panel: defence budget, US troops, cost-sharing.",
  },
  {
    id: "north_korea",
    part: "article",
    section: "north_korea",
    title: "North Korea challenge",
    quotes: [],
    view: { relation: "prk-rus-alliance", date: null, panel: "threats" },
    caption: "The North Korea–Russia alliance edge and the Threats panel: troops sent to Russia and casualties, warheads, launches.",
  },
  {
    id: "outlook",
    part: "article",
    section: "outlook",
    title: "Future outlook",
    quotes: [
      {
        text: "It’s clear the South Korea-U.S. alliance should remain the foundation of our diplomacy and security, and be further strengthened,",
        who: "President Lee Jae-myung, as quoted in the article",
      },
      { text: "though he advocates against putting all eggs in one basket.", who: "the article, on Lee's approach" },
    ],
    view: { actor: "KOR", date: null, panel: "map" },
    caption: "South Korea's profile: its relations with the United States, China, North Korea and Russia.",
  },
  {
    id: "january-threat",
    part: "sequel",
    title: "After the summit: the January threat",
    quotes: [],
    view: {
      event: "2026-01-26-trump-25pct-korea-threat",
      date: "2026-01-26",
      panel: "trade",
      compare: [on("2026-01-26"), preset("threat_2026")],
    },
    caption:
      "On 26 Jan 2026 Trump posted that Korean tariffs would rise from 15% to 25% over the Assembly's delay; no order followed. The Trade panel sets the rates in force that day beside the threat.",
    eventIds: [
      "2026-01-15-sec232-ai-chips-25pct",
      "2026-01-16-lutnick-memory-100pct",
      "2026-01-26-trump-25pct-korea-threat",
      "2026-01-27-seoul-no-official-notice",
      "2026-01-29-kim-lutnick-talks",
      "2026-01-31-kim-us-preparing-notice",
    ],
  },
  {
    id: "supreme-court",
    part: "sequel",
    title: "The Supreme Court ruling and Section 122",
    quotes: [],
    view: {
      event: "2026-02-20-scotus-ieepa-ruling",
      date: "2026-02-24",
      panel: "trade",
      compare: [on("2026-02-19"), preset("surcharge")],
    },
    caption:
      "The 15% all-in rate before the ruling against MFN plus the 10% Section 122 surcharge from 24 Feb 2026, in the Trade panel; Section 232 sectors keep their own rates.",
    eventIds: [
      "2026-02-20-scotus-ieepa-ruling",
      "2026-02-21-trump-15pct-section-122-announced",
      "2026-02-24-ieepa-collection-ends-section-122-10pct",
      "2026-04-20-cape-refund-portal-opens",
      "2026-05-07-cit-section-122-unlawful",
      "2026-06-24-fed-circuit-stays-section-122-ruling",
    ],
  },
  {
    id: "special-act",
    part: "sequel",
    title: "The Special Act on strategic investment",
    quotes: [],
    view: { event: "2026-03-12-special-act-passed", date: "2026-03-12", panel: "trade" },
    caption:
      "The National Assembly passes the Special Act on Korea–US Strategic Investment Management on 12 Mar 2026, the law that manages Seoul's pledge of $350 billion in US investments under the 2025 deal.",
    eventIds: [
      "2026-02-04-floor-leaders-bill-deadline",
      "2026-02-09-assembly-special-committee",
      "2026-03-09-special-committee-approves-bill",
      "2026-03-12-special-act-passed",
      "2026-03-17-special-act-promulgation-approved",
      "2026-06-04-team-korea-louisiana-flng",
    ],
  },
  {
    id: "party-congress",
    part: "sequel",
    title: "The Party Congress and the launches",
    quotes: [],
    view: { event: "2026-02-25-kim-nuclear-force-year-by-year", date: "2026-04-19", panel: "threats" },
    caption:
      "North Korea's 9th Party Congress sets a nuclear arsenal that grows 'year by year' and casts the South out as compatriots, between the year's ballistic-missile launches, in the Threats panel.",
    eventIds: [
      "2026-01-04-hypersonic-missiles",
      "2026-02-19-wpk-9th-congress",
      "2026-02-25-kim-nuclear-force-year-by-year",
      "2026-02-25-south-permanently-excluded",
      "2026-03-14-ten-ballistic-missiles",
      "2026-04-19-seventh-ballistic-launch",
    ],
  },
  {
    id: "iran-war",
    part: "sequel",
    title: "The alliance under the Iran war",
    quotes: [],
    view: { relation: "usa-kor-alliance", date: "2026-03-10", panel: "alliance" },
    caption:
      "US forces in Korea move Patriot batteries, and reportedly part of THAAD, to the Gulf for the war with Iran while Freedom Shield 26 runs with fewer field exercises: the US–South Korea alliance edge and the Alliance panel.",
    eventIds: [
      "2026-02-28-us-israel-strikes-iran",
      "2026-03-07-usfk-patriots-to-gulf",
      "2026-03-09-freedom-shield-26",
      "2026-03-10-thaad-moved-lee-objects",
      "2026-05-14-opcon-talks-stalled",
    ],
  },
];

/** The article's claims for a step, in file order (none for a sequel step). */
export function claimsForStep(claims: readonly ArticleClaim[], step: StoryStep): ArticleClaim[] {
  if (step.section === undefined) return [];
  return claims.filter((c) => c.section === step.section);
}

/** Clamp a 1-based step number into range; null for anything that is not a whole number. */
export function clampStoryStep(n: number): number | null {
  if (!Number.isInteger(n)) return null;
  return Math.min(STORY_STEPS.length, Math.max(1, n));
}

/**
 * The English words of a quote of the seed article (kind "quote") shown to the reader in translation:
 * `english` is the article's records as published (null when the reader sees them as published).
 * Null for other kinds, English readers, or a quote with no translation yet. Quotes stay in the
 * original English, with the translation beside them (issue #21).
 */
export function englishQuote(claim: ArticleClaim, english: readonly ArticleClaim[] | null): string | null {
  if (claim.kind !== "quote" || !english) return null;
  const original = english.find((r) => r.id === claim.id);
  return original && original.text !== claim.text ? original.text : null;
}

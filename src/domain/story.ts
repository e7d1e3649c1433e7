/**
 * The guided story: the source article's five sections, each a step that sets the dashboard to the
 * evidence for what it says. Declared once as data; quotes are the article's words, verbatim.
 */
import type { ArticleClaim } from "./schemas";
import type { Iso3, IsoDate, PanelId } from "./types";

export interface StoryQuote {
  text: string;
  /** Who is quoted, as the article attributes it. */
  who: string;
}

export interface StoryStep {
  section: ArticleClaim["section"];
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
    /** Trade scenarios to compare, by preset id. */
    compare?: ("korus" | "threat" | "deal" | "implemented")[];
  };
  /** One line on what the view shows. */
  caption: string;
}

export const STORY_STEPS: readonly StoryStep[] = [
  {
    section: "meeting",
    title: "A pivotal meeting in Washington",
    quotes: [{ text: "WHAT IS GOING ON IN SOUTH KOREA?", who: "Donald Trump, social media post before the meeting" }],
    view: { event: "2025-08-25-trump-lee-summit", date: "2025-08-25", panel: "map" },
    caption: "The 25 Aug 2025 White House summit: the United States and South Korea on the map, the meeting in the timeline.",
  },
  {
    section: "trade",
    title: "Trade breakthrough",
    quotes: [],
    view: { event: "2025-07-30-tariff-deal-15pct", date: "2025-08-25", panel: "trade", compare: ["korus", "threat", "deal"] },
    caption: "The threatened 25% against the agreed 15%, side by side with the KORUS baseline, in the Trade panel.",
  },
  {
    section: "security",
    title: "Security alliance evolution",
    quotes: [{ text: "free and open Indo-Pacific", who: "the article, on China's challenge" }],
    view: { relation: "usa-kor-alliance", date: null, panel: "alliance" },
    caption: "The US–South Korea alliance edge and the Alliance panel: defence budget, US troops, cost-sharing.",
  },
  {
    section: "north_korea",
    title: "North Korea challenge",
    quotes: [],
    view: { relation: "prk-rus-alliance", date: null, panel: "threats" },
    caption: "The North Korea–Russia alliance edge and the Threats panel: troops sent to Russia and casualties, warheads, launches.",
  },
  {
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
];

/** The article's claims for a step, in file order. */
export function claimsForStep(claims: readonly ArticleClaim[], step: StoryStep): ArticleClaim[] {
  return claims.filter((c) => c.section === step.section);
}

/** Clamp a 1-based step number into range; null for anything that is not a whole number. */
export function clampStoryStep(n: number): number | null {
  if (!Number.isInteger(n)) return null;
  return Math.min(STORY_STEPS.length, Math.max(1, n));
}

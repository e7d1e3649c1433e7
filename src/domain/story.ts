/**
 * The guided story: the source article's five sections, each a step that sets the dashboard to the
 * evidence for what it says, then its sequel, the year after the summit, told through dated events.
 * Declared once as data; quotes are the article's words, verbatim.
 */
import type { ArticleClaim } from "./schemas";
import { STORY_VIEWS, type StoryView } from "./story-views";

export { clampStoryStep, STORY_VIEWS, type StoryView } from "./story-views";

export interface StoryQuote {
  text: string;
  /** Who is quoted, as the article attributes it. */
  who: string;
}

/** A step with its words: the article's section heading, its quotes (verbatim) and a caption. */
export interface StoryStep extends StoryView {
  /** The article's section heading. */
  title: string;
  quotes: StoryQuote[];
  /** One line on what the view shows. */
  caption: string;
}

type StoryText = Pick<StoryStep, "title" | "quotes" | "caption">;

const TEXTS: Record<string, StoryText> = {
  meeting: {
    title: "A pivotal meeting in Washington",
    quotes: [
      {
        text: "WHAT IS GOING ON IN SOUTH KOREA?",
        who: "Donald Trump, social media post before the meeting"
      }
    ],
    caption: "The 25 Aug 2025 White House summit: the United States and South Korea on the map, the meeting in the timeline."
  },
  trade: {
    title: "Trade breakthrough",
    quotes: [],
    caption: "The threatened 25% against the agreed 15%, side by side with the KORUS baseline, in the Trade panel."
  },
  security: {
    title: "Security alliance evolution",
    quotes: [
      {
        text: "free and open Indo-Pacific",
        who: "the article, on China's challenge"
      }
    ],
    caption: "The US–South Korea alliance edge and the Alliance panel: defence budget, US troops, cost-sharing."
  },
  north_korea: {
    title: "North Korea challenge",
    quotes: [],
    caption: "The North Korea–Russia alliance edge and the Threats panel: troops sent to Russia and casualties, warheads, launches."
  },
  outlook: {
    title: "Future outlook",
    quotes: [
      {
        text: "It’s clear the South Korea-U.S. alliance should remain the foundation of our diplomacy and security, and be further strengthened,",
        who: "President Lee Jae-myung, as quoted in the article"
      },
      {
        text: "though he advocates against putting all eggs in one basket.",
        who: "the article, on Lee's approach"
      }
    ],
    caption: "South Korea's profile: its relations with the United States, China, North Korea and Russia."
  },
  "january-threat": {
    title: "After the summit: the January threat",
    quotes: [],
    caption: "On 26 Jan 2026 Trump posted that Korean tariffs would rise from 15% to 25% over the Assembly's delay; no order followed. The Trade panel sets the rates in force that day beside the threat."
  },
  "supreme-court": {
    title: "The Supreme Court ruling and Section 122",
    quotes: [],
    caption: "The 15% all-in rate before the ruling against MFN plus the 10% Section 122 surcharge from 24 Feb 2026, in the Trade panel; Section 232 sectors keep their own rates."
  },
  "special-act": {
    title: "The Special Act on strategic investment",
    quotes: [],
    caption: "The National Assembly passes the Special Act on Korea–US Strategic Investment Management on 12 Mar 2026, the law that manages Seoul's pledge of $350 billion in US investments under the 2025 deal."
  },
  "party-congress": {
    title: "The Party Congress and the launches",
    quotes: [],
    caption: "North Korea's 9th Party Congress sets a nuclear arsenal that grows 'year by year' and casts the South out as compatriots, between the year's ballistic-missile launches, in the Threats panel."
  },
  "iran-war": {
    title: "The alliance under the Iran war",
    quotes: [],
    caption: "US forces in Korea move Patriot batteries, and reportedly part of THAAD, to the Gulf for the war with Iran while Freedom Shield 26 runs with fewer field exercises: the US–South Korea alliance edge and the Alliance panel."
  }
};

export const STORY_STEPS: readonly StoryStep[] = STORY_VIEWS.map((v) => {
  const text = TEXTS[v.id];
  if (!text) throw new Error(`story step "${v.id}" has no text`);
  return { ...v, ...text };
});

/** The article's claims for a step, in file order (none for a sequel step). */
export function claimsForStep(claims: readonly ArticleClaim[], step: StoryStep): ArticleClaim[] {
  if (step.section === undefined) return [];
  return claims.filter((c) => c.section === step.section);
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

/**
 * The guided story's steps as the store needs them (issue #19: the first screen carries no story
 * text): what each step puts on screen. Their titles, quotes and captions are in story.ts, which the
 * story panel loads. Pure.
 */
import type { ArticleClaim } from "./schemas";
import type { Iso3, IsoDate, PanelId } from "./types";
import type { ScenarioRef } from "./tariff/scenario-ref";

export interface StoryView {
  /** Stable key of the step. */
  id: string;
  /** "article": a section of the source article, with its claims; "sequel": what happened after. */
  part: "article" | "sequel";
  /** The article's section (article steps only). */
  section?: ArticleClaim["section"];
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
  /**
   * Sequel steps: the dated events (ids in data/events.json) that evidence the step, oldest first.
   * Each is shown with its summary, confidence and sources, and opens in the timeline.
   */
  eventIds?: string[];
}

export const STORY_VIEWS: readonly StoryView[] = [
  {
    id: "meeting",
    part: "article",
    section: "meeting",
    view: {
      event: "2025-08-25-trump-lee-summit",
      date: "2025-08-25",
      panel: "map"
    }
  },
  {
    id: "trade",
    part: "article",
    section: "trade",
    view: {
      event: "2025-07-30-tariff-deal-15pct",
      date: "2025-08-25",
      panel: "trade",
      compare: [
        {
          kind: "preset",
          id: "korus"
        },
        {
          kind: "preset",
          id: "threat"
        },
        {
          kind: "preset",
          id: "deal"
        }
      ]
    }
  },
  {
    id: "security",
    part: "article",
    section: "security",
    view: {
      relation: "usa-kor-alliance",
      date: null,
      panel: "alliance"
    }
  },
  {
    id: "north_korea",
    part: "article",
    section: "north_korea",
    view: {
      relation: "prk-rus-alliance",
      date: null,
      panel: "threats"
    }
  },
  {
    id: "outlook",
    part: "article",
    section: "outlook",
    view: {
      actor: "KOR",
      date: null,
      panel: "map"
    }
  },
  {
    id: "january-threat",
    part: "sequel",
    view: {
      event: "2026-01-26-trump-25pct-korea-threat",
      date: "2026-01-26",
      panel: "trade",
      compare: [
        {
          kind: "dated",
          date: "2026-01-26"
        },
        {
          kind: "preset",
          id: "threat_2026"
        }
      ]
    },
    eventIds: [
      "2026-01-15-sec232-ai-chips-25pct",
      "2026-01-16-lutnick-memory-100pct",
      "2026-01-26-trump-25pct-korea-threat",
      "2026-01-27-seoul-no-official-notice",
      "2026-01-29-kim-lutnick-talks",
      "2026-01-31-kim-us-preparing-notice"
    ]
  },
  {
    id: "supreme-court",
    part: "sequel",
    view: {
      event: "2026-02-20-scotus-ieepa-ruling",
      date: "2026-02-24",
      panel: "trade",
      compare: [
        {
          kind: "dated",
          date: "2026-02-19"
        },
        {
          kind: "preset",
          id: "surcharge"
        }
      ]
    },
    eventIds: [
      "2026-02-20-scotus-ieepa-ruling",
      "2026-02-21-trump-15pct-section-122-announced",
      "2026-02-24-ieepa-collection-ends-section-122-10pct",
      "2026-04-20-cape-refund-portal-opens",
      "2026-05-07-cit-section-122-unlawful",
      "2026-06-24-fed-circuit-stays-section-122-ruling"
    ]
  },
  {
    id: "special-act",
    part: "sequel",
    view: {
      event: "2026-03-12-special-act-passed",
      date: "2026-03-12",
      panel: "trade"
    },
    eventIds: [
      "2026-02-04-floor-leaders-bill-deadline",
      "2026-02-09-assembly-special-committee",
      "2026-03-09-special-committee-approves-bill",
      "2026-03-12-special-act-passed",
      "2026-03-17-special-act-promulgation-approved",
      "2026-06-04-team-korea-louisiana-flng"
    ]
  },
  {
    id: "party-congress",
    part: "sequel",
    view: {
      event: "2026-02-25-kim-nuclear-force-year-by-year",
      date: "2026-04-19",
      panel: "threats"
    },
    eventIds: [
      "2026-01-04-hypersonic-missiles",
      "2026-02-19-wpk-9th-congress",
      "2026-02-25-kim-nuclear-force-year-by-year",
      "2026-02-25-south-permanently-excluded",
      "2026-03-14-ten-ballistic-missiles",
      "2026-04-19-seventh-ballistic-launch"
    ]
  },
  {
    id: "iran-war",
    part: "sequel",
    view: {
      relation: "usa-kor-alliance",
      date: "2026-03-10",
      panel: "alliance"
    },
    eventIds: [
      "2026-02-28-us-israel-strikes-iran",
      "2026-03-07-usfk-patriots-to-gulf",
      "2026-03-09-freedom-shield-26",
      "2026-03-10-thaad-moved-lee-objects",
      "2026-05-14-opcon-talks-stalled"
    ]
  }
];

/** Clamp a 1-based step number into range; null for anything that is not a whole number. */
export function clampStoryStep(n: number): number | null {
  if (!Number.isInteger(n)) return null;
  return Math.min(STORY_VIEWS.length, Math.max(1, n));
}


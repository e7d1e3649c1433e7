/**
 * English messages of the story views (issue #21), ICU MessageFormat, keys prefixed "story.". Loaded
 * with the panels (not in the first chunk); see ../panel-keys.ts and src/i18n/i18n.ts.
 * The steps' titles, captions and quote attributions are keyed by step id (src/domain/story.ts keeps
 * the English, which its tests pin); a quote's key holds the article's words (its Korean is the
 * translation shown beside the English original).
 */
export const STORY_EN = {
  // The panel
  "story.label": "Guided story",
  "story.progress": "Step {step} of {total}",
  "story.dots.article": "Story steps: the article",
  "story.dots.sequel": "Story steps: after the summit",
  "story.dot": "{n}. {title}",
  "story.claimsHeading": "What the article claims, and the evidence",
  "story.eventsHeading": "What happened, and the evidence",
  "story.previous": "Previous",
  "story.next": "Next",
  "story.leave": "Leave the story",
  "story.translation": "Translation",
  "story.quoteWho": "— {who}",
  // A claim's evidence
  "story.status.verified": "checked",
  "story.status.secondary": "partly supported",
  "story.status.unverified": "not confirmed",
  "story.evidence": "Evidence",
  "story.evidence.event": "Event: {date} · {title}",
  "story.evidence.relation": "Relation: {a} – {b}: {label}",
  "story.evidence.indicator": "Indicator:",
  // The steps (src/domain/story.ts, by id)
  "story.step.meeting.title": "A pivotal meeting in Washington",
  "story.step.meeting.caption":
    "The 25 Aug 2025 White House summit: the United States and South Korea on the map, the meeting in the timeline.",
  "story.step.meeting.quote0": "WHAT IS GOING ON IN SOUTH KOREA?",
  "story.step.meeting.who0": "Donald Trump, social media post before the meeting",
  "story.step.trade.title": "Trade breakthrough",
  "story.step.trade.caption": "The threatened 25% against the agreed 15%, side by side with the KORUS baseline, in the Trade panel.",
  "story.step.security.title": "Security alliance evolution",
  "story.step.security.caption": "The US–South Korea alliance edge and the Alliance panel: defence budget, US troops, cost-sharing.",
  "story.step.security.quote0": "free and open Indo-Pacific",
  "story.step.security.who0": "the article, on China's challenge",
  "story.step.north_korea.title": "North Korea challenge",
  "story.step.north_korea.caption":
    "The North Korea–Russia alliance edge and the Threats panel: troops sent to Russia and casualties, warheads, launches.",
  "story.step.outlook.title": "Future outlook",
  "story.step.outlook.caption": "South Korea's profile: its relations with the United States, China, North Korea and Russia.",
  "story.step.outlook.quote0":
    "It’s clear the South Korea-U.S. alliance should remain the foundation of our diplomacy and security, and be further strengthened,",
  "story.step.outlook.who0": "President Lee Jae-myung, as quoted in the article",
  "story.step.outlook.quote1": "though he advocates against putting all eggs in one basket.",
  "story.step.outlook.who1": "the article, on Lee's approach",
  "story.step.january-threat.title": "After the summit: the January threat",
  "story.step.january-threat.caption":
    "On 26 Jan 2026 Trump posted that Korean tariffs would rise from 15% to 25% over the Assembly's delay; no order followed. The Trade panel sets the rates in force that day beside the threat.",
  "story.step.supreme-court.title": "The Supreme Court ruling and Section 122",
  "story.step.supreme-court.caption":
    "The 15% all-in rate before the ruling against MFN plus the 10% Section 122 surcharge from 24 Feb 2026, in the Trade panel; Section 232 sectors keep their own rates.",
  "story.step.special-act.title": "The Special Act on strategic investment",
  "story.step.special-act.caption":
    "The National Assembly passes the Special Act on Korea–US Strategic Investment Management on 12 Mar 2026, the law that manages Seoul's pledge of $350 billion in US investments under the 2025 deal.",
  "story.step.party-congress.title": "The Party Congress and the launches",
  "story.step.party-congress.caption":
    "North Korea's 9th Party Congress sets a nuclear arsenal that grows 'year by year' and casts the South out as compatriots, between the year's ballistic-missile launches, in the Threats panel.",
  "story.step.iran-war.title": "The alliance under the Iran war",
  "story.step.iran-war.caption":
    "US forces in Korea move Patriot batteries, and reportedly part of THAAD, to the Gulf for the war with Iran while Freedom Shield 26 runs with fewer field exercises: the US–South Korea alliance edge and the Alliance panel.",
} as const;

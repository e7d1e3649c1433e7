/**
 * The parts (sub-tabs) of the long views: which part an indicator belongs to, and which part a view
 * opens at when no part was chosen (the one that concerns the selection first). Pure.
 */
import { INDICATOR_IDS, type IndicatorId } from "./indicators/types";
import { PANEL_PARTS, type PanelId, type PanelPart, type PartedPanel } from "./types";

/** The part of its panel (Alliance or Threats) each indicator is shown in. A missing entry fails tsc. */
export const INDICATOR_PARTS: Readonly<Record<IndicatorId, PanelPart<"alliance"> | PanelPart<"threats">>> = {
  "rok-defence-budget": "spending",
  "rok-defence-burden": "spending",
  "usfk-troops": "forces",
  "sma-cost-sharing": "forces",
  "alliance-exercises": "exercises",
  "extended-deterrence": "exercises",
  "dprk-launches": "arsenal",
  "dprk-warheads": "arsenal",
  "dprk-troops-russia": "russia",
  "dprk-casualties-russia": "russia",
  "russia-dprk-treaty": "russia",
  "china-defence-budget": "region",
  "military-spending-2024": "region",
  "nuclear-warheads-2025": "region",
};

/** True when `panel` has parts. */
export function isPartedPanel(panel: PanelId): panel is PartedPanel {
  return panel in PANEL_PARTS;
}

/** True when `part` is one of `panel`'s parts. */
export function isPartOf<P extends PartedPanel>(panel: P, part: string | null | undefined): part is PanelPart<P> {
  return part != null && (PANEL_PARTS[panel] as readonly string[]).includes(part);
}

/** The indicators shown in one part, in registry order. */
export function indicatorsOfPart(part: PanelPart): IndicatorId[] {
  return INDICATOR_IDS.filter((id) => INDICATOR_PARTS[id] === part);
}

/**
 * The part an indicator view (Alliance, Threats) shows: the one chosen, if it is one of the panel's;
 * else the part of the first indicator linked to the selection (`linked`, in registry order); else
 * the panel's first part.
 */
export function indicatorPartFor<P extends "alliance" | "threats">(
  panel: P,
  chosen: string | null,
  linked: readonly IndicatorId[],
): PanelPart<P> {
  if (isPartOf(panel, chosen)) return chosen;
  for (const id of INDICATOR_IDS) {
    const part = INDICATOR_PARTS[id];
    if (linked.includes(id) && isPartOf(panel, part)) return part;
  }
  return PANEL_PARTS[panel][0];
}

/**
 * The part the Trade view shows: the one chosen; else "tariffs" when a link names the rates' date
 * (`ratesOn`), "scenarios" when it names a comparison other than the default; else "flows".
 */
export function tradePartFor(
  chosen: string | null,
  link: { ratesOnSet: boolean; compareIsDefault: boolean },
): PanelPart<"trade"> {
  if (isPartOf("trade", chosen)) return chosen;
  if (link.ratesOnSet) return "tariffs";
  if (!link.compareIsDefault) return "scenarios";
  return "flows";
}

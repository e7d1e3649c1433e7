import { summarizeRanking } from "./military-spending-2024";
import { NO_LINKS } from "./links";
import type { IndicatorDef } from "./types";

export const NUCLEAR_WARHEADS_2025: IndicatorDef = {
  id: "nuclear-warheads-2025",
  panel: "threats",
  title: "Nuclear warheads in January 2025, for context (SIPRI)",
  unit: "warheads",
  direction: "neutral",
  method: "SIPRI Yearbook 2025 estimates of each state's inventory as of January 2025. China's arsenal grew fastest, by about 100 in a year.",
  chart: "label-bars",
  series: [{ id: "nuclear_warheads_sipri_2025", legend: "Warhead inventory", mark: "line" }],
  milestoneHeading: "SIPRI Yearbook 2026: the world total only",
  facts: [
    { id: "nuclear_warheads_world_2025", role: "total" },
    { id: "nuclear_warheads_world_2026", role: "milestone" },
  ],
  sourceIds: ["sipri-yb2025-ajp"],
  links: NO_LINKS,
  summarize: summarizeRanking,
};

import { summarizeMilestones } from "./milestones";
import { DPRK_RUSSIA_LINKS } from "./links";
import type { IndicatorDef } from "./types";

export const RUSSIA_DPRK_TREATY: IndicatorDef = {
  id: "russia-dprk-treaty",
  panel: "threats",
  title: "The Russia–North Korea treaty and what followed",
  unit: "",
  direction: "up_bad",
  method: "Dated facts from the treaty text, official statements and wire reports.",
  chart: "milestones",
  series: [],
  facts: [
    { id: "russia_dprk_treaty", role: "milestone" },
    { id: "un_panel_of_experts_veto", role: "milestone" },
    { id: "dprk_kursk_confirmation", role: "milestone" },
    { id: "beijing_parade_2025", role: "milestone" },
  ],
  sourceIds: ["rt-607420-treaty-text", "interfax-108291-in-force"],
  links: DPRK_RUSSIA_LINKS,
  summarize: summarizeMilestones,
};

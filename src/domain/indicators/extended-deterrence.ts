import { summarizeMilestones } from "./milestones";
import { ALLIANCE_LINKS } from "./links";
import type { IndicatorDef } from "./types";

export const EXTENDED_DETERRENCE: IndicatorDef = {
  id: "extended-deterrence",
  panel: "alliance",
  title: "Extended deterrence and the trilateral architecture",
  unit: "",
  direction: "neutral",
  method: "Dated commitments from joint statements and official readouts.",
  chart: "milestones",
  series: [],
  facts: [
    { id: "washington_declaration", role: "milestone" },
    { id: "first_ncg_ssbn", role: "milestone" },
    { id: "camp_david", role: "milestone" },
    { id: "fact_sheet_2025_11", role: "milestone" },
    { id: "ncg_fact_sheet_2025", role: "milestone" },
    { id: "nuclear_submarines_approval", role: "milestone" },
  ],
  sourceIds: ["defense-gov-3375770-washington-declaration", "usembassy-seoul-camp-david-2023", "koreaherald-10616401"],
  links: ALLIANCE_LINKS,
  summarize: summarizeMilestones,
};

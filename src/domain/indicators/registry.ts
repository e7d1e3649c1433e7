/**
 * INDICATORS: every indicator of the Alliance and Threats panels, keyed by IndicatorId, so a
 * missing entry fails type-checking. Each entry lives in its own file with its summary function.
 */
import { ALLIANCE_EXERCISES } from "./alliance-exercises";
import { CHINA_DEFENCE_BUDGET } from "./china-defence-budget";
import { DPRK_CASUALTIES_RUSSIA } from "./dprk-casualties-russia";
import { DPRK_LAUNCHES } from "./dprk-launches";
import { DPRK_TROOPS_RUSSIA } from "./dprk-troops-russia";
import { DPRK_WARHEADS } from "./dprk-warheads";
import { EXTENDED_DETERRENCE } from "./extended-deterrence";
import { MILITARY_SPENDING_2024 } from "./military-spending-2024";
import { NUCLEAR_WARHEADS_2025 } from "./nuclear-warheads-2025";
import { ROK_DEFENCE_BUDGET } from "./rok-defence-budget";
import { ROK_DEFENCE_BURDEN } from "./rok-defence-burden";
import { RUSSIA_DPRK_TREATY } from "./russia-dprk-treaty";
import { SMA_COST_SHARING } from "./sma-cost-sharing";
import { USFK_TROOPS } from "./usfk-troops";
import { INDICATOR_IDS, type IndicatorDef, type IndicatorId, type IndicatorPanel } from "./types";

export const INDICATORS: Readonly<Record<IndicatorId, IndicatorDef>> = {
  "rok-defence-budget": ROK_DEFENCE_BUDGET,
  "rok-defence-burden": ROK_DEFENCE_BURDEN,
  "usfk-troops": USFK_TROOPS,
  "sma-cost-sharing": SMA_COST_SHARING,
  "alliance-exercises": ALLIANCE_EXERCISES,
  "extended-deterrence": EXTENDED_DETERRENCE,
  "dprk-launches": DPRK_LAUNCHES,
  "dprk-warheads": DPRK_WARHEADS,
  "dprk-troops-russia": DPRK_TROOPS_RUSSIA,
  "dprk-casualties-russia": DPRK_CASUALTIES_RUSSIA,
  "russia-dprk-treaty": RUSSIA_DPRK_TREATY,
  "china-defence-budget": CHINA_DEFENCE_BUDGET,
  "military-spending-2024": MILITARY_SPENDING_2024,
  "nuclear-warheads-2025": NUCLEAR_WARHEADS_2025,
};

/** The indicators of one panel, in display order. */
export function panelIndicators(panel: IndicatorPanel): IndicatorDef[] {
  return INDICATOR_IDS.map((id) => INDICATORS[id]).filter((d) => d.panel === panel);
}

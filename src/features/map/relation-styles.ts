/**
 * How each relation type is drawn: colour (Okabe–Ito, colour-blind safe) AND a dash pattern, so no
 * type is told apart by colour alone. A Record keyed by the union: a missing type fails tsc.
 */
import type { RelationType } from "../../domain/types";

export interface RelationStyle {
  label: string;
  color: string;
  dash: string;
}

export const RELATION_STYLES: Record<RelationType, RelationStyle> = {
  alliance: { label: "Alliance", color: "#0072B2", dash: "none" },
  military_cooperation: { label: "Military cooperation", color: "#CC79A7", dash: "10 3 2 3" },
  partnership: { label: "Partnership", color: "#009E73", dash: "1 4" },
  trade: { label: "Trade", color: "#7a5c00", dash: "8 4" },
  rivalry: { label: "Rivalry", color: "#E69F00", dash: "3 3" },
  hostility: { label: "Hostility", color: "#D55E00", dash: "12 4" },
};

/** Stroke width in map units for strength 1–3. */
export function strokeForStrength(strength: 1 | 2 | 3): number {
  return 0.8 + strength * 0.9;
}

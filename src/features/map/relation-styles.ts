/**
 * How each relation type is drawn: colour (Okabe–Ito, colour-blind safe) AND a dash pattern, so no
 * type is told apart by colour alone. A Record keyed by the union: a missing type fails tsc.
 */
import type { RelationType } from "../../domain/types";
import type { MessageKey } from "../../domain/i18n/messages-en";

export interface RelationStyle {
  /** The type's name (a message key: shown in the reader's language). */
  label: MessageKey;
  color: string;
  dash: string;
}

export const RELATION_STYLES: Record<RelationType, RelationStyle> = {
  alliance: { label: "relation.alliance", color: "#0072B2", dash: "none" },
  military_cooperation: { label: "relation.military_cooperation", color: "#CC79A7", dash: "10 3 2 3" },
  partnership: { label: "relation.partnership", color: "#009E73", dash: "1 4" },
  trade: { label: "relation.trade", color: "#7a5c00", dash: "8 4" },
  rivalry: { label: "relation.rivalry", color: "#E69F00", dash: "3 3" },
  hostility: { label: "relation.hostility", color: "#D55E00", dash: "12 4" },
};

/** Stroke width in map units for strength 1–3. */
export function strokeForStrength(strength: 1 | 2 | 3): number {
  return 0.8 + strength * 0.9;
}

/**
 * Map selection → indicators. Selecting North Korea, or an edge between North Korea and Russia,
 * brings the Threats indicators that concern it forward; selecting South Korea or the US–South Korea
 * alliance edge does the same for Alliance. The rules are declared on each indicator (`links`).
 */
import type { Relation } from "../schemas";
import type { Iso3 } from "../types";
import type { IndicatorDef, IndicatorId, IndicatorPanel } from "./types";

/** What is selected on the map: an actor, or a relation's endpoints and type. */
export interface MapSelection {
  actor: Iso3 | null;
  relation: Pick<Relation, "a" | "b" | "type"> | null;
}

/** True when the indicator's link rules match the selection. */
export function isLinked(def: Pick<IndicatorDef, "links">, sel: MapSelection): boolean {
  if (sel.actor) return def.links.actors.includes(sel.actor);
  const rel = sel.relation;
  if (!rel) return false;
  return def.links.pairs.some(
    ({ between: [x, y], types }) =>
      ((rel.a === x && rel.b === y) || (rel.a === y && rel.b === x)) && (!types || types.includes(rel.type)),
  );
}

/** The linked indicators of one panel, in registry order. */
export function linkedIndicatorIds(
  registry: Readonly<Record<IndicatorId, IndicatorDef>>,
  sel: MapSelection,
  panel: IndicatorPanel,
): IndicatorId[] {
  return (Object.values(registry) as IndicatorDef[]).filter((d) => d.panel === panel && isLinked(d, sel)).map((d) => d.id);
}

/**
 * The panel a new selection should bring into view: the one with the most linked indicators
 * (Threats wins a tie, it is the more specific), or null when nothing is linked.
 */
export function linkedPanel(registry: Readonly<Record<IndicatorId, IndicatorDef>>, sel: MapSelection): IndicatorPanel | null {
  const alliance = linkedIndicatorIds(registry, sel, "alliance").length;
  const threats = linkedIndicatorIds(registry, sel, "threats").length;
  if (alliance === 0 && threats === 0) return null;
  return threats >= alliance ? "threats" : "alliance";
}

/** The selection's subject in words, e.g. "North Korea" or "North Korea – Russia"; null when none. */
export function selectionSubject(sel: MapSelection, nameOf: (code: Iso3) => string): string | null {
  if (sel.actor) return nameOf(sel.actor);
  if (sel.relation) return `${nameOf(sel.relation.a)} – ${nameOf(sel.relation.b)}`;
  return null;
}

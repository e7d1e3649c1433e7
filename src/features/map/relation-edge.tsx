import { memo, useMemo, type KeyboardEvent } from "react";
import { edgeGeometry, type MapId } from "./map-geometry";
import type { Actor, Relation } from "../../domain/schemas";
import { RELATION_STYLES, strokeForStrength } from "./relation-styles";
import { edgeClipId } from "./map-layers";

interface RelationEdgeProps {
  relation: Relation;
  /** Strength on the map's "as of" date (`strengthOn`), which sets the line width. */
  strength: 1 | 2 | 3;
  from: Actor;
  to: Actor;
  pressed: boolean;
  emphasis: "focus" | "dim" | "normal";
  /** Sideways bend in degrees (scaled up on long arcs) so parallel edges stay apart. */
  bend: number;
  /** The map it is drawn on. */
  map: MapId;
  onSelect: (id: string) => void;
}

/** The accessible name of an edge: "North Korea – Russia: military alliance". */
export function edgeName(r: Relation, a: Actor, b: Actor): string {
  return `${a.name} – ${b.name}: ${r.label}`;
}

/**
 * A relationship as a great-circle arc between capitals; the wide transparent stroke is the hit area,
 * which takes clicks only off the actors' shapes.
 */
export const RelationEdge = memo(function RelationEdge({
  relation,
  strength,
  from,
  to,
  pressed,
  emphasis,
  bend,
  map,
  onSelect,
}: RelationEdgeProps) {
  const style = RELATION_STYLES[relation.type];
  const { lon: lonA, lat: latA } = from.capital;
  const { lon: lonB, lat: latB } = to.capital;
  // Projected at build time for the bundled data; a selection only changes class and width.
  const { line, hit } = useMemo(() => edgeGeometry(map, [lonA, latA], [lonB, latB], bend), [map, lonA, latA, lonB, latB, bend]);
  const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      onSelect(relation.id);
    }
  };
  const name = edgeName(relation, from, to);
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={name}
      aria-pressed={pressed}
      data-relation={relation.id}
      className={`edge is-${emphasis}${pressed ? " is-pressed" : ""}`}
      onClick={() => onSelect(relation.id)}
      onKeyDown={onKeyDown}
    >
      <title>{name}</title>
      {/* Clipped off the actors' shapes (EdgeHitClip): there a click selects the actor. */}
      <path d={hit} className="rsm-line edge-hit" stroke="transparent" fill="none" clipPath={`url(#${edgeClipId(map)})`} />
      <path
        d={line}
        className="rsm-line edge-line"
        stroke={style.color}
        strokeDasharray={style.dash === "none" ? undefined : style.dash}
        strokeWidth={strokeForStrength(strength) * (pressed ? 1.6 : 1)}
        strokeLinecap="round"
        fill="none"
        pointerEvents="none"
      />
    </g>
  );
});

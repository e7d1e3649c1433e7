import { memo, useMemo, type KeyboardEvent } from "react";
import { useMapContext } from "react-simple-maps/core";
import { bentArc } from "./map-geometry";
import type { Actor, Relation } from "../../domain/schemas";
import { RELATION_STYLES, strokeForStrength } from "./relation-styles";

interface RelationEdgeProps {
  relation: Relation;
  from: Actor;
  to: Actor;
  pressed: boolean;
  emphasis: "focus" | "dim" | "normal";
  hitWidth: number;
  /** Sideways bend in degrees (scaled up on long arcs) so parallel edges stay apart. */
  bend: number;
  onSelect: (id: string) => void;
}

/** The accessible name of an edge: "North Korea – Russia: military alliance". */
export function edgeName(r: Relation, a: Actor, b: Actor): string {
  return `${a.name} – ${b.name}: ${r.label}`;
}

/** A relationship as a great-circle arc between capitals; the wide transparent stroke is the hit area. */
export const RelationEdge = memo(function RelationEdge({
  relation,
  from,
  to,
  pressed,
  emphasis,
  hitWidth,
  bend,
  onSelect,
}: RelationEdgeProps) {
  const style = RELATION_STYLES[relation.type];
  const { path } = useMapContext();
  const { lon: lonA, lat: latA } = from.capital;
  const { lon: lonB, lat: latB } = to.capital;
  // Projected once per geometry: a selection only changes the edge's class and width, not its path.
  const { line, hit } = useMemo(() => {
    const coordinates = bentArc([lonA, latA], [lonB, latB], bend);
    // The hit area stops short of both capitals, so capital markers and small countries stay clickable.
    return {
      line: path({ type: "LineString", coordinates }) ?? undefined,
      hit: path({ type: "LineString", coordinates: coordinates.slice(3, -3) }) ?? undefined,
    };
  }, [path, lonA, latA, lonB, latB, bend]);
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
      <path d={hit} className="rsm-line edge-hit" stroke="transparent" strokeWidth={hitWidth} fill="none" />
      <path
        d={line}
        className="rsm-line edge-line"
        stroke={style.color}
        strokeDasharray={style.dash === "none" ? undefined : style.dash}
        strokeWidth={strokeForStrength(relation.strength) * (pressed ? 1.6 : 1)}
        strokeLinecap="round"
        fill="none"
        pointerEvents="none"
      />
    </g>
  );
});

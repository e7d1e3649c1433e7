import { memo, type KeyboardEvent } from "react";
import { Line } from "react-simple-maps/core";
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
  const a: [number, number] = [from.capital.lon, from.capital.lat];
  const b: [number, number] = [to.capital.lon, to.capital.lat];
  const coordinates = bentArc(a, b, bend);
  // The hit area stops short of both capitals, so capital markers and small countries stay clickable.
  const hitCoordinates = coordinates.slice(3, -3);
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
      <Line coordinates={hitCoordinates} className="edge-hit" stroke="transparent" strokeWidth={hitWidth} fill="none" />
      <Line
        coordinates={coordinates}
        className="edge-line"
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

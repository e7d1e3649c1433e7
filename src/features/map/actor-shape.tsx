import { memo, type KeyboardEvent } from "react";
import { Geography, Marker } from "react-simple-maps/core";
import type { MapShape } from "./map-geometry";
import type { Actor } from "../../domain/schemas";
import type { Iso3 } from "../../domain/types";

interface ActorShapeProps {
  actor: Actor;
  geography: MapShape | undefined;
  pressed: boolean;
  emphasis: "focus" | "dim" | "normal";
  onSelect: (code: Iso3) => void;
  onArrow: (code: Iso3, delta: 1 | -1) => void;
}

/** One actor country: a keyboard-operable button made of its shape, its capital and a hit circle. */
export const ActorShape = memo(function ActorShape({
  actor,
  geography,
  pressed,
  emphasis,
  onSelect,
  onArrow,
}: ActorShapeProps) {
  const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      onSelect(actor.code);
    } else if (e.key === "ArrowRight" || e.key === "ArrowDown") {
      e.preventDefault();
      onArrow(actor.code, 1);
    } else if (e.key === "ArrowLeft" || e.key === "ArrowUp") {
      e.preventDefault();
      onArrow(actor.code, -1);
    }
  };
  const name = `${actor.name} — ${actor.tagline}`;
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={name}
      aria-pressed={pressed}
      data-actor={actor.code}
      className={`actor actor-${actor.role} is-${emphasis}${pressed ? " is-pressed" : ""}`}
      onClick={() => onSelect(actor.code)}
      onKeyDown={onKeyDown}
    >
      <title>{name}</title>
      {geography && <Geography geography={geography} tabIndex={-1} className="actor-shape" />}
      <Marker coordinates={[actor.capital.lon, actor.capital.lat]}>
        {/* Radii come from the style sheet (styles.css: at least 12 CSS px for the hit circle). */}
        <circle className="actor-hit" />
        <circle className="capital-dot" />
      </Marker>
    </g>
  );
});

import { memo, useMemo, type MouseEvent } from "react";
import type { Actor } from "../../domain/schemas";
import type { Iso3 } from "../../domain/types";
import { labelsFor, type MapId } from "./map-geometry";
import { LINE_STEP_EM } from "./label-layout";
import { t } from "../../i18n/i18n";

interface MapLabelsProps {
  map: MapId;
  /** The actors named on this map. */
  actors: readonly Actor[];
  /** Actors whose capitals are named too (the inset's Seoul and Pyongyang). */
  capitals: ReadonlySet<string>;
  onSelect: (code: Iso3) => void;
}

/**
 * The map's names, drawn over everything else at the places the build chose (label-layout.ts). A name
 * is a pointer-only alias of its actor's button: a click on it selects the actor, while keyboard and
 * screen-reader users reach the actor through its button, which carries the same name, so the labels
 * are hidden from assistive technology and take no focus. A border's name (the DMZ) takes no clicks.
 */
export const MapLabels = memo(function MapLabels({ map, actors, capitals, onSelect }: MapLabelsProps) {
  const dmz = t("map.dmz");
  const labels = useMemo(() => labelsFor(map, actors, capitals, dmz), [map, actors, capitals, dmz]);
  // One listener for all the names (a click on a name selects the actor it names).
  const onClick = (e: MouseEvent<SVGGElement>) => {
    const code = (e.target as Element).closest("[data-label-for]")?.getAttribute("data-label-for");
    const actor = actors.find((a) => a.code === code);
    if (actor) onSelect(actor.code);
  };
  return (
    <g className="map-labels" aria-hidden="true" onClick={onClick}>
      {labels.map((l) => (
        <text
          key={l.id}
          x={l.x}
          y={l.y}
          dx={l.dx ? `${l.dx}em` : undefined}
          dy={l.dy && l.lines.length === 1 ? `${l.dy}em` : undefined}
          transform={l.angle ? `rotate(${l.angle} ${l.x} ${l.y})` : undefined}
          className={`map-label label-${l.kind}`}
          data-label={l.id}
          data-label-for={l.actor ?? undefined}
          textAnchor={l.anchor}
          dominantBaseline="central"
          // The white outline is drawn under the letters (a halo); set as attributes, so the PNG export keeps them.
          paintOrder="stroke"
          strokeLinejoin="round"
        >
          {l.lines.length === 1
            ? l.text
            : l.lines.map((line, i) => (
                // Lines centred on the label's anchor, LINE_STEP_EM apart.
                <tspan key={line} x={l.x} dy={`${i ? LINE_STEP_EM : l.dy - ((l.lines.length - 1) * LINE_STEP_EM) / 2}em`}>
                  {line}
                </tspan>
              ))}
        </text>
      ))}
    </g>
  );
});

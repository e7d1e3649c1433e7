import { memo, useMemo } from "react";
import { Line } from "react-simple-maps/core";
import type { MapShape } from "./map-geometry";

interface BackgroundProps {
  /** Country shapes, already projected for this map. */
  shapes: readonly MapShape[];
  /** world-atlas ids drawn elsewhere as actor buttons. */
  skip: ReadonlySet<string>;
  /** ids drawn as decoration in the actor colour (e.g. the Koreas on the main map). */
  tinted?: ReadonlySet<string>;
}

/**
 * Every country that is not an interactive actor: muted, decorative, never catching clicks or focus.
 * Drawn as one path per style (the shapes' projected paths joined): two DOM nodes instead of ninety,
 * which keeps the map's first render and paint short.
 */
export const BackgroundCountries = memo(function BackgroundCountries({ shapes, skip, tinted }: BackgroundProps) {
  const { muted, tint } = useMemo(() => {
    const drawn = shapes.filter((g) => !skip.has(String(g.id)));
    const isTinted = (g: MapShape) => tinted?.has(String(g.id)) ?? false;
    return {
      muted: drawn.filter((g) => !isTinted(g)).map((g) => g.svgPath ?? "").join(""),
      tint: drawn.filter(isTinted).map((g) => g.svgPath ?? "").join(""),
    };
  }, [shapes, skip, tinted]);
  return (
    <g className="rsm-geographies" aria-hidden="true" pointerEvents="none">
      {muted && <path className="country-muted" d={muted} />}
      {tint && <path className="country-tinted" d={tint} />}
    </g>
  );
});

/** The footprint of the Korea inset, drawn on the main map as a dashed frame. */
export function InsetFrame({ ring }: { ring: [number, number][] }) {
  return (
    <g aria-hidden="true" pointerEvents="none">
      <Line coordinates={ring} className="inset-frame" fill="none" />
    </g>
  );
}

import { memo, useMemo, type ReactNode } from "react";
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

/**
 * A map's still layer: an SVG of its own, drawn under the map's interactive SVG (the same view box and
 * size, stacked by `.map-layers` in styles.css) and composited as a layer of its own, so a selection,
 * which redraws the actors and edges above it, does not raster it again. On a 2-CPU machine, clicks
 * right after load, interleaved A/Bs: raster 15.9 → 12.6 and 19.0 → 12.4 ms a click (traced, 300 a
 * side); click-to-painted p95 39.9 → 37.0, 56.6 → 54.5 and 51.1 → 45.3 ms (800 a side).
 */
export function StillLayer({ width, height, children }: { width: number; height: number; children: ReactNode }) {
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className="map-svg map-still" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

/** The footprint of the Korea inset, drawn on the main map as a dashed frame (its path projected at build time). */
export function InsetFrame({ d }: { d: string }) {
  return (
    <g aria-hidden="true" pointerEvents="none">
      <path d={d} className="rsm-line inset-frame" fill="none" />
    </g>
  );
}

/** The id of the clip that keeps a map's edge hit bands off its actors' shapes. */
export function edgeClipId(map: string): string {
  return `edge-hit-clip-${map}`;
}

interface EdgeClipProps {
  map: string;
  /** The actors' shapes on this map, as drawn. */
  shapes: readonly MapShape[];
  width: number;
  height: number;
}

/**
 * Where an edge's hit band may take a click: the whole drawing minus the actors' shapes (one even-odd
 * path: a frame around the drawing and every actor's outline; countries do not overlap). Edges are
 * drawn over the actors and stay visible there, but a click on an actor's territory selects the
 * actor; along their line over the sea and other countries, edges stay selectable.
 */
export const EdgeHitClip = memo(function EdgeHitClip({ map, shapes, width, height }: EdgeClipProps) {
  const d = useMemo(
    () => `M-50 -50H${width + 50}V${height + 50}H-50z` + shapes.map((g) => g.svgPath ?? "").join(""),
    [shapes, width, height],
  );
  return (
    <defs>
      <clipPath id={edgeClipId(map)} clipPathUnits="userSpaceOnUse">
        <path d={d} clipRule="evenodd" />
      </clipPath>
    </defs>
  );
});

/**
 * The map's geometry and projections, in one place (STYLE: wrap each third-party UI library once).
 * Country shapes come from the `world-atlas` package and are projected to SVG paths at build time
 * (scripts/atlas-plugin.ts): no network request, and no projection work before the map paints.
 */
import type { GeographyProps } from "react-simple-maps/core";
import atlas from "virtual:atlas";

export {
  INSET_FRAME,
  INSET_HEIGHT,
  INSET_WIDTH,
  MAIN_HEIGHT,
  MAIN_WIDTH,
  buildInsetProjection,
  buildMainProjection,
} from "./projections";

/** A country shape ready for react-simple-maps' `Geography`: its path is already projected. */
export type MapShape = GeographyProps["geography"];

const EMPTY = { type: "GeometryCollection", geometries: [] } as const;

function toShapes(paths: readonly { id: string; d: string }[]): MapShape[] {
  return paths.map(({ id, d }) => ({ type: "Feature", id, properties: {}, geometry: { ...EMPTY, geometries: [] }, rsmKey: `geo-${id}`, svgPath: d }));
}

/** Every country in the main map's frame, projected for the Pacific-centred Equal Earth. */
export const MAIN_SHAPES: readonly MapShape[] = toShapes(atlas.main);
/** The peninsula and its neighbours, projected for the inset's Mercator and clipped to it. */
export const INSET_SHAPES: readonly MapShape[] = toShapes(atlas.inset);

type LonLat = [number, number];
const RAD = Math.PI / 180;

function toVec([lon, lat]: LonLat): [number, number, number] {
  const c = Math.cos(lat * RAD);
  return [c * Math.cos(lon * RAD), c * Math.sin(lon * RAD), Math.sin(lat * RAD)];
}

function toLonLat([x, y, z]: [number, number, number]): LonLat {
  const n = Math.hypot(x, y, z);
  return [Math.atan2(y, x) / RAD, Math.asin(z / n) / RAD];
}

/**
 * A great-circle arc from `a` to `b` pushed sideways by up to `bendDeg` degrees at its middle
 * (perpendicular to the arc, on the sphere). Long arcs bend up to twice as much, so parallel lines
 * stay apart at any length; arcs near the pole bend towards the equator so they never wrap over it. Returns `steps + 1` lon/lat points.
 */
export function bentArc(a: LonLat, b: LonLat, bendDeg: number, steps = 24): LonLat[] {
  const A = toVec(a);
  const B = toVec(b);
  const dot = Math.min(1, Math.max(-1, A[0] * B[0] + A[1] * B[1] + A[2] * B[2]));
  const omega = Math.acos(dot);
  const N: [number, number, number] = [A[1] * B[2] - A[2] * B[1], A[2] * B[0] - A[0] * B[2], A[0] * B[1] - A[1] * B[0]];
  const nLen = Math.hypot(...N) || 1;
  let k = Math.tan(bendDeg * RAD * Math.min(2, Math.max(1, omega / RAD / 40)));
  // Arcs that pass near the pole always bend towards the equator: pushed poleward they would wrap.
  const mid = toLonLat([A[0] + B[0], A[1] + B[1], A[2] + B[2]]);
  if (mid[1] > 55 && k * N[2] > 0) k = -k;
  const out: LonLat[] = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const s = Math.sin(omega);
    const wa = s < 1e-9 ? 1 - t : Math.sin((1 - t) * omega) / s;
    const wb = s < 1e-9 ? t : Math.sin(t * omega) / s;
    const lift = k * Math.sin(Math.PI * t);
    out.push(
      toLonLat([
        wa * A[0] + wb * B[0] + (lift * N[0]) / nLen,
        wa * A[1] + wb * B[1] + (lift * N[1]) / nLen,
        wa * A[2] + wb * B[2] + (lift * N[2]) / nLen,
      ]),
    );
  }
  return out;
}

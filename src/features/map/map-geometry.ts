/**
 * The map's geometry and projections, in one place (STYLE: wrap each third-party UI library once).
 * Country shapes come from the `world-atlas` package, bundled at build time: no network request, ever.
 */
import { geoEqualEarth, geoMercator, geoPath, type GeoProjection } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import atlas from "virtual:atlas";

export const MAIN_WIDTH = 1000;
const MARGIN = 10;

/** The area the main map must show: Kyiv on the left, Washington on the right, the Arctic coast on top. */
const MAIN_FRAME = {
  type: "MultiPoint" as const,
  coordinates: [
    [28, 71], // north of Ukraine / Barents Sea
    [-66, 47], // Maine
    [-80, 22], // Florida Straits
    [25, 40], // south of Ukraine
    [120, 10], // South China Sea
    [-125, 60], // Alaska panhandle
    // Great-circle arcs from Washington to Beijing, Moscow and Pyongyang run close to the pole.
    [-150, 84],
    [150, 84],
    [60, 80],
  ],
};
export const INSET_WIDTH = 300;
export const INSET_HEIGHT = 330;

/**
 * The countries in the frame as GeoJSON features; `id` is the numeric ISO code as a string ("410").
 * Built from the `world-atlas` package at build time (scripts/atlas-plugin.ts).
 */
export const COUNTRIES: FeatureCollection<Geometry> = atlas;

/** The Korean peninsula and its immediate neighbours, for the inset. */
export const INSET_COUNTRIES: FeatureCollection<Geometry> = {
  type: "FeatureCollection",
  features: COUNTRIES.features.filter((f: Feature) => ["410", "408", "156", "392", "643"].includes(String(f.id))),
};

/**
 * Pacific-centred Equal Earth fitted to the frame's width; the map's height follows from it, so the
 * actors fill the drawing instead of floating in empty ocean.
 */
export function buildMainProjection(): GeoProjection {
  const p = geoEqualEarth()
    .rotate([-150, 0, 0])
    .fitWidth(MAIN_WIDTH - 2 * MARGIN, MAIN_FRAME);
  const [, t] = [0, p.translate()];
  return p.translate([t[0] + MARGIN, t[1] + MARGIN]);
}

function frameHeight(): number {
  const [[, y0], [, y1]] = geoPath(buildMainProjection()).bounds(MAIN_FRAME);
  return Math.ceil(y1 - y0 + 2 * MARGIN);
}

export const MAIN_HEIGHT = frameHeight();

/** The inset: Mercator on the peninsula, so both Koreas are large enough to hit. */
export function buildInsetProjection(): GeoProjection {
  return geoMercator().fitExtent(
    [
      [8, 8],
      [INSET_WIDTH - 8, INSET_HEIGHT - 8],
    ],
    {
      type: "MultiPoint",
      coordinates: [
        [124.2, 43.0],
        [130.9, 43.0],
        [124.2, 33.1],
        [130.9, 33.1],
      ],
    },
  );
}

/** The inset's footprint on the main map, as a ring of lon/lat points. */
export const INSET_FRAME: [number, number][] = [
  [124.2, 43.0],
  [130.9, 43.0],
  [130.9, 33.1],
  [124.2, 33.1],
  [124.2, 43.0],
];

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

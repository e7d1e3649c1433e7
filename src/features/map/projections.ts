/**
 * The map's two projections and frames, pure d3-geo with no geometry: shared by the build-time
 * geometry plugin (scripts/atlas-plugin.ts projects the country shapes with them) and the running
 * map (which projects only capitals, edges and the inset frame with them).
 */
import { geoEqualEarth, geoMercator, geoPath, type GeoProjection } from "d3-geo";

/** world-atlas ids of the countries drawn in the Korea inset. */
export const INSET_COUNTRY_IDS: readonly string[] = ["410", "408", "156", "392", "643"];

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

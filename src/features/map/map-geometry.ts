/**
 * The map's geometry and projections, in one place (STYLE: wrap each third-party UI library once).
 * Country shapes come from the bundled `world-atlas` package: no network request, ever.
 */
import { geoEqualEarth, geoMercator, type GeoProjection } from "d3-geo";
import { feature } from "topojson-client";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";

export const MAIN_WIDTH = 1000;
export const MAIN_HEIGHT = 520;
export const INSET_WIDTH = 300;
export const INSET_HEIGHT = 330;

const topology = world as unknown as Topology<{ countries: GeometryCollection }>;

/** All countries as GeoJSON features; `id` is the numeric ISO code as a string ("410"). */
export const COUNTRIES: FeatureCollection<Geometry> = feature(
  topology,
  topology.objects.countries,
) as FeatureCollection<Geometry>;

/** The Korean peninsula and its immediate neighbours, for the inset. */
export const INSET_COUNTRIES: FeatureCollection<Geometry> = {
  type: "FeatureCollection",
  features: COUNTRIES.features.filter((f: Feature) => ["410", "408", "156", "392", "643"].includes(String(f.id))),
};

/**
 * Pacific-centred Equal Earth framed on the actors: Kyiv on the left, Washington on the right,
 * the Arctic coast of Russia at the top.
 */
export function buildMainProjection(): GeoProjection {
  return geoEqualEarth()
    .rotate([-150, 0, 0])
    .fitExtent(
      [
        [10, 10],
        [MAIN_WIDTH - 10, MAIN_HEIGHT - 10],
      ],
      {
        type: "MultiPoint",
        coordinates: [
          [28, 72], // north of Ukraine / Barents Sea
          [-66, 47], // Maine
          [-80, 22], // Florida Straits
          [25, 38], // south of Ukraine
          [120, 12], // South China Sea
          [-125, 60],
        ],
      },
    );
}

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

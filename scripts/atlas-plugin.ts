/**
 * Vite plugin: `virtual:atlas` serves the map's country shapes as SVG paths, projected at build time
 * from the bundled `world-atlas` 110 m topology (never fetched at run time) with the map's own
 * projections (src/features/map/projections.ts). Only countries that can appear in the
 * Pacific-centred frame are kept, their coordinates first rounded to a grid that is finer where the
 * Korea inset enlarges the map; the inset keeps the peninsula and its neighbours, clipped to it.
 * Paths have one decimal in map units (a tenth of a CSS pixel or less), so the running map does no
 * projection work for countries at all: it only draws strings.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { feature } from "topojson-client";
import { geoBounds, geoPath, type GeoProjection } from "d3-geo";
import {
  INSET_COUNTRY_IDS,
  INSET_HEIGHT,
  INSET_WIDTH,
  MAIN_WIDTH,
  buildInsetProjection,
  buildMainProjection,
  fitted,
  mainFrameHeight,
  type FittedProjection,
  type MapId,
} from "../src/features/map/projections";
import type { Plugin } from "vite";
import type { Feature, FeatureCollection, Geometry, Position } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";

const ID = "virtual:atlas";
const RESOLVED = "\0virtual:atlas";
/** Grid step in degrees: fine for the Koreas (the inset enlarges them), medium for their neighbours. */
function stepFor(id: string): number {
  if (id === "410" || id === "408") return 0.02;
  if (id === "156" || id === "392" || id === "643") return 0.1;
  return 0.25;
}

function round(c: unknown, step: number): unknown {
  if (Array.isArray(c) && typeof c[0] === "number") {
    const p = c as Position;
    return [Math.round(p[0]! / step) * step, Math.round(p[1]! / step) * step].map((v) => Number(v.toFixed(2)));
  }
  return (c as unknown[]).map((x) => round(x, step));
}

/** Keep a country when any of it lies north of the equator and east of 20°E or west of 50°W. */
function inFrame(f: Feature): boolean {
  const [[x0, , ], [x1, y1]] = geoBounds(f) as [[number, number], [number, number]];
  if (y1 < 0) return false;
  const lonIn = (x: number) => x >= 20 || x <= -50;
  return lonIn(x0) || lonIn(x1) || x0 > x1;
}

export function buildAtlas(): FeatureCollection<Geometry> {
  const require = createRequire(import.meta.url);
  const path = require.resolve("world-atlas/countries-110m.json");
  const topo = JSON.parse(readFileSync(path, "utf8")) as Topology<{ countries: GeometryCollection }>;
  const all = feature(topo, topo.objects.countries) as FeatureCollection<Geometry>;
  return {
    type: "FeatureCollection",
    features: all.features.filter(inFrame).map((f) => ({
      type: "Feature",
      id: String(f.id),
      properties: {},
      geometry: {
        type: f.geometry.type,
        coordinates: round((f.geometry as { coordinates: unknown }).coordinates, stepFor(String(f.id))),
      } as Geometry,
    })),
  };
}

/** One country as a projected SVG path; `id` is the numeric ISO code as a string ("410"). */
export interface ProjectedShape {
  id: string;
  d: string;
}

/** Clip to the drawing (plus a margin, so strokes at the edge are not cut) and project to paths. */
function project(features: readonly Feature[], projection: GeoProjection, width: number, height: number): ProjectedShape[] {
  const m = 20;
  projection.clipExtent([
    [-m, -m],
    [width + m, height + m],
  ]);
  const path = geoPath(projection).digits(1);
  return features.flatMap((f) => {
    const d = path(f);
    return d ? [{ id: String(f.id), d }] : [];
  });
}

/** Everything `virtual:atlas` exports: the shapes, projected, and the fitted projections. */
export function buildProjectedAtlas(): {
  main: ProjectedShape[];
  inset: ProjectedShape[];
  mainHeight: number;
  projections: Record<MapId, FittedProjection>;
} {
  const countries = buildAtlas().features;
  const mainHeight = mainFrameHeight();
  const projections = { main: buildMainProjection(), inset: buildInsetProjection() };
  const shapes = {
    main: project(countries, projections.main, MAIN_WIDTH, mainHeight),
    inset: project(
      countries.filter((f) => INSET_COUNTRY_IDS.includes(String(f.id))),
      projections.inset,
      INSET_WIDTH,
      INSET_HEIGHT,
    ),
  };
  return {
    ...shapes,
    mainHeight,
    projections: { main: fitted(buildMainProjection()), inset: fitted(buildInsetProjection()) },
  };
}

export function atlasPlugin(): Plugin {
  let cached: string | null = null;
  return {
    name: "alliance-atlas:world-atlas-frame",
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      // JSON.parse of a string literal is parsed faster than the same object as a JS literal.
      cached ??= `export default JSON.parse(${JSON.stringify(JSON.stringify(buildProjectedAtlas()))});`;
      return cached;
    },
  };
}

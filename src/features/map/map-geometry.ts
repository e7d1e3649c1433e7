/**
 * The map's geometry and projections, in one place (STYLE: wrap each third-party UI library once).
 * Country shapes come from the `world-atlas` package and are projected to SVG paths at build time,
 * where the projections are also fitted and every bundled relation's edge is projected
 * (scripts/atlas-plugin.ts): no network request, and no fitting, country or edge projection before
 * the map paints. Only capitals, and edges of data that differs from the bundle, are projected here.
 * So are the labels (`virtual:atlas-labels`): the page only writes them where the build put them.
 */
import type { GeoProjection } from "d3-geo";
import type { GeographyProps } from "react-simple-maps/core";
import atlas from "virtual:atlas";
import placed from "virtual:atlas-labels";
import type { Actor } from "../../domain/schemas";
import type { PlacedLabel } from "./label-layout";
import {
  edgeKey,
  edgePaths,
  insetProjectionFrom,
  mainProjectionFrom,
  type EdgePaths,
  type LonLat,
  type MapId,
} from "./projections";

export {
  INSET_ACTORS,
  INSET_HEIGHT,
  INSET_WIDTH,
  MAIN_WIDTH,
  bendFor,
  mapOfRelation,
  type MapId,
} from "./projections";

/** The main map's height in map units (fitted at build time). */
export const MAIN_HEIGHT: number = atlas.mainHeight;

export const PROJECTIONS: Record<MapId, GeoProjection> = {
  main: mainProjectionFrom(atlas.projections.main),
  inset: insetProjectionFrom(atlas.projections.inset),
};

/** A country shape ready for react-simple-maps' `Geography`: its path is already projected. */
export type MapShape = GeographyProps["geography"];

function toShapes(paths: readonly { id: string; d: string }[]): MapShape[] {
  return paths.map(({ id, d }) => ({
    type: "Feature",
    id,
    properties: {},
    geometry: { type: "GeometryCollection", geometries: [] },
    rsmKey: `geo-${id}`,
    svgPath: d,
  }));
}

/** Every country in the main map's frame, projected for the Pacific-centred Equal Earth. */
export const MAIN_SHAPES: readonly MapShape[] = toShapes(atlas.main);
/** The peninsula and its neighbours, projected for the inset's Mercator and clipped to it. */
export const INSET_SHAPES: readonly MapShape[] = toShapes(atlas.inset);

/**
 * The SVG paths of an edge on one map: from the build-time table for the bundled relations, else
 * (data that differs from the bundle, as in tests) projected here.
 */
export function edgeGeometry(map: MapId, a: LonLat, b: LonLat, bend: number): EdgePaths {
  return atlas.edges[edgeKey(map, a, b, bend)] ?? edgePaths(PROJECTIONS[map], a, b, bend);
}

/** The Korea inset's footprint on the main map, projected at build time. */
export const INSET_FRAME_PATH: string = atlas.insetFrame;

/** The inter-Korean border of world-atlas (the arcs North and South Korea share), as an inset path. */
export const DMZ_PATH: string = placed.dmz;

/** Label layouts made at build time: the English one, and others registered as they load (Korean). */
const placedTables: Record<MapId, PlacedLabel[]>[] = [placed.labels];

/** Adds a build-time label layout (another language's names), looked up by label id and text. */
export function registerPlacedLabels(labels: Record<MapId, PlacedLabel[]>): void {
  if (!placedTables.includes(labels)) placedTables.push(labels);
}

/**
 * The labels of one map for these actors: from a build-time layout that holds the actor under the
 * same name (and capital name), else (data that differs from the bundle, as in tests) its name
 * under its capital and the capital's name beside it, unplaced. The inset also names the DMZ
 * (`dmzText`, in the reader's language), along the border, as laid out for that text.
 */
export function labelsFor(map: MapId, actors: readonly Actor[], capitals: ReadonlySet<string>, dmzText = "DMZ"): PlacedLabel[] {
  const built = new Map(placedTables.flatMap((table) => table[map].map((l) => [`${l.id}|${l.text}`, l] as const)));
  const borders = placedTables.flatMap((table) => table[map].filter((l) => l.kind === "border"));
  const border = borders.find((l) => l.text === dmzText) ?? borders[0];
  const out: PlacedLabel[] = border ? [border.text === dmzText ? border : { ...border, text: dmzText, lines: [dmzText] }] : [];
  for (const a of actors) {
    const at = PROJECTIONS[map]([a.capital.lon, a.capital.lat]) ?? [0, 0];
    const base = { actor: a.code, x: at[0], y: at[1], dx: 0, angle: 0 };
    const want: PlacedLabel[] = [{ ...base, id: `country-${a.code}`, kind: "country", text: a.name, lines: [a.name], dy: 1.2, anchor: "middle" }];
    if (capitals.has(a.code)) want.push({ ...base, id: `capital-${a.code}`, kind: "capital", text: a.capital.name, lines: [a.capital.name], dx: 0.55, dy: 0, anchor: "start" });
    for (const w of want) out.push(built.get(`${w.id}|${w.text}`) ?? w);
  }
  return out;
}

/**
 * Vite plugin: `virtual:atlas` serves the map's country shapes as SVG paths, projected at build time
 * from the bundled `world-atlas` 110 m topology (never fetched at run time) with the map's own
 * projections (src/features/map/projections.ts). Only countries that can appear in the
 * Pacific-centred frame are kept, their coordinates first rounded to a grid that is finer where the
 * Korea inset enlarges the map; the inset keeps the peninsula and its neighbours, clipped to it.
 * Paths are written short (compactPath: relative steps, whole map units on the main map, tenths on
 * the enlarged inset), so the running map does no projection work for countries at all and parses
 * a third of the characters: it only draws strings. It also carries every bundled
 * relation's edge paths (from data/actors.json and data/relations.json, watched in dev), keyed by
 * `edgeKey`, so edges are not projected at run time either.
 *
 * `virtual:atlas-labels` carries where the map writes its labels (src/features/map/label-layout.ts):
 * each actor's name and, in the inset, Seoul, Pyongyang and the DMZ, which is written along the
 * inter-Korean border of world-atlas itself (the arc North Korea, 408, and South Korea, 410, share),
 * drawn from that same arc: no coordinate is typed in.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { feature, mesh } from "topojson-client";
import { geoBounds, geoPath, type GeoProjection } from "d3-geo";
import {
  INSET_ACTORS,
  INSET_COUNTRY_IDS,
  INSET_FRAME,
  bendFor,
  compactPath,
  edgeKey,
  edgePaths,
  insetProjectionFrom,
  mainProjectionFrom,
  mapOfRelation,
  type EdgePaths,
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
import { layoutLabels, pathRings, type LayoutActor, type PlacedLabel, type Pt } from "../src/features/map/label-layout";
import type { Plugin } from "vite";
import type { Feature, FeatureCollection, Geometry, MultiLineString, Position } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";

const ID = "virtual:atlas";
const RESOLVED = "\0virtual:atlas";
const LABELS_ID = "virtual:atlas-labels";
const LABELS_RESOLVED = "\0virtual:atlas-labels";
/** The same labels in Korean (issue #21): names from data/ko/actors.json, laid out for their own widths. */
const LABELS_KO_ID = "virtual:atlas-labels-ko";
const LABELS_KO_RESOLVED = "\0virtual:atlas-labels-ko";
const KOREAN_ACTORS_FILE = fileURLToPath(new URL("../data/ko/actors.json", import.meta.url));

/** The bundled actors with their Korean names and capital names (where the overlay has them). */
export function koreanLabelActors(actors: readonly unknown[] = readEdgeInputs()?.actors ?? []): unknown[] {
  const ko = (JSON.parse(readFileSync(KOREAN_ACTORS_FILE, "utf8")) as { records?: Record<string, { name?: string; capital?: { name?: string } }> }).records ?? {};
  return actors.map((a) => {
    if (!isLabelActor(a)) return a;
    const k = ko[a.code];
    return { ...a, name: k?.name ?? a.name, capital: { ...a.capital, name: k?.capital?.name ?? a.capital.name } };
  });
}
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

function readTopology(): Topology<{ countries: GeometryCollection }> {
  const require = createRequire(import.meta.url);
  const path = require.resolve("world-atlas/countries-110m.json");
  return JSON.parse(readFileSync(path, "utf8")) as Topology<{ countries: GeometryCollection }>;
}

export function buildAtlas(): FeatureCollection<Geometry> {
  const topo = readTopology();
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
function project(features: readonly Feature[], projection: GeoProjection, width: number, height: number, decimals: 0 | 1): ProjectedShape[] {
  const m = 20;
  projection.clipExtent([
    [-m, -m],
    [width + m, height + m],
  ]);
  const path = geoPath(projection).digits(1);
  return features.flatMap((f) => {
    const d = path(f);
    return d ? [{ id: String(f.id), d: compactPath(d, decimals) }] : [];
  });
}

/** The data files the edge table is built from (watched in dev). */
export const EDGE_DATA_FILES = ["actors", "relations"].map((f) => fileURLToPath(new URL(`../data/${f}.json`, import.meta.url)));

interface EdgeInputs {
  actors: { code: string; capital: { lon: number; lat: number } }[];
  relations: { a: string; b: string; type: string }[];
}

/** The bundled actors and relations, or null when they cannot be read (the map then projects at run time). */
function readEdgeInputs(): EdgeInputs | null {
  try {
    const [actors, relations] = EDGE_DATA_FILES.map((f) => (JSON.parse(readFileSync(f, "utf8")) as { records: unknown }).records);
    if (!Array.isArray(actors) || !Array.isArray(relations)) return null;
    return { actors, relations } as EdgeInputs;
  } catch {
    return null;
  }
}

/**
 * Every bundled relation's edge paths, projected as the running map would (same fitted projections,
 * same arc and bend), keyed by edgeKey. Records of the wrong shape are skipped: the data check
 * reports them, and the running map projects whatever is not in the table.
 */
export function buildEdgeTable(inputs: EdgeInputs | null, projections: Record<MapId, GeoProjection>): Record<string, EdgePaths> {
  const table: Record<string, EdgePaths> = {};
  if (!inputs) return table;
  const capital = new Map(inputs.actors.flatMap((a) => (a && a.capital && typeof a.capital.lon === "number" && typeof a.capital.lat === "number" ? [[a.code, a.capital] as const] : [])));
  for (const r of inputs.relations) {
    const a = capital.get(r?.a);
    const b = capital.get(r?.b);
    if (!a || !b) continue;
    const map = mapOfRelation(r.a as never, r.b as never);
    const bend = bendFor(r.type as never, map, [a.lon, a.lat], [b.lon, b.lat]);
    if (!Number.isFinite(bend)) continue;
    const key = edgeKey(map, [a.lon, a.lat], [b.lon, b.lat], bend);
    table[key] = edgePaths(projections[map], [a.lon, a.lat], [b.lon, b.lat], bend);
  }
  return table;
}

/** Everything `virtual:atlas` exports: the shapes, projected, the fitted projections and the edge table. */
export function buildProjectedAtlas(): {
  main: ProjectedShape[];
  inset: ProjectedShape[];
  mainHeight: number;
  projections: Record<MapId, FittedProjection>;
  edges: Record<string, EdgePaths>;
  insetFrame: string;
} {
  const countries = buildAtlas().features;
  const mainHeight = mainFrameHeight();
  const projections = { main: buildMainProjection(), inset: buildInsetProjection() };
  const shapes = {
    // Whole map units on the main map (about a CSS pixel; the 110 m outlines are coarser than that),
    // tenths on the enlarged inset.
    main: project(countries, projections.main, MAIN_WIDTH, mainHeight, 0),
    inset: project(
      countries.filter((f) => INSET_COUNTRY_IDS.includes(String(f.id))),
      projections.inset,
      INSET_WIDTH,
      INSET_HEIGHT,
      1,
    ),
  };
  const fittedProjections = { main: fitted(buildMainProjection()), inset: fitted(buildInsetProjection()) };
  // Edges use the projections exactly as the page rebuilds them from the fitted parameters.
  const running = { main: mainProjectionFrom(fittedProjections.main), inset: insetProjectionFrom(fittedProjections.inset) };
  return {
    ...shapes,
    mainHeight,
    projections: fittedProjections,
    edges: buildEdgeTable(readEdgeInputs(), running),
    // The inset's footprint on the main map, as the page's Line drew it: projecting it there took 1-3
    // ms of the first render (d3's path code, run for nothing else before the map is interactive).
    insetFrame: geoPath(running.main)({ type: "LineString", coordinates: INSET_FRAME }) ?? "",
  };
}

/** The inter-Korean border as world-atlas draws it: the arcs 408 and 410 share, on the Koreas' grid. */
export function koreanBorder(): MultiLineString {
  const topo = readTopology();
  const shared = mesh(topo, topo.objects.countries, (a, b) => a !== b && [a.id, b.id].map(String).sort().join() === "408,410");
  return { type: "MultiLineString", coordinates: round(shared.coordinates, stepFor("408")) as Position[][] };
}

interface LabelInputActor {
  code: string;
  name: string;
  atlasId: string;
  capital: { name: string; lon: number; lat: number };
}

function isLabelActor(a: unknown): a is LabelInputActor {
  const x = a as Partial<LabelInputActor> | null;
  return (
    typeof x?.code === "string" &&
    typeof x.name === "string" &&
    typeof x.atlasId === "string" &&
    typeof x.capital?.name === "string" &&
    typeof x.capital.lon === "number" &&
    typeof x.capital.lat === "number"
  );
}

/** The labels of both maps and the DMZ line (an inset path), for the bundled actors. */
export function buildLabels(
  atlas: ReturnType<typeof buildProjectedAtlas>,
  actors: readonly unknown[] = readEdgeInputs()?.actors ?? [],
  dmzText = "DMZ",
): { labels: Record<MapId, PlacedLabel[]>; dmz: string } {
  const running = { main: mainProjectionFrom(atlas.projections.main), inset: insetProjectionFrom(atlas.projections.inset) };
  const all = actors.filter(isLabelActor);
  const edgeLines = (map: MapId) =>
    Object.entries(atlas.edges).flatMap(([key, e]) => (key.startsWith(`${map}|`) ? pathRings(e.line) : []));
  const onMap = (map: MapId, shapes: readonly ProjectedShape[], inMap: (code: string) => boolean): LayoutActor[] =>
    all.filter((a) => inMap(a.code)).map((a) => ({
      code: a.code,
      name: a.name,
      shape: shapes.find((s) => s.id === a.atlasId)?.d ?? null,
      capital: running[map]([a.capital.lon, a.capital.lat]) as Pt,
      capitalName: a.capital.name,
    }));
  const dots = (map: MapId) => all.map((a) => ({ code: a.code, at: running[map]([a.capital.lon, a.capital.lat]) as Pt }));
  const dmz = compactPath(geoPath(running.inset).digits(1)(koreanBorder()) ?? "", 1);
  const borderLine = pathRings(dmz).sort((a, b) => b.length - a.length)[0];
  const isInset = (code: string) => INSET_ACTORS.has(code as never);
  const main = layoutLabels({
    map: "main",
    width: MAIN_WIDTH,
    height: atlas.mainHeight,
    cell: 2,
    named: onMap("main", atlas.main, (c) => !isInset(c)),
    capitals: [],
    dots: dots("main"),
    lines: [...edgeLines("main"), INSET_FRAME.map((p) => running.main(p) as Pt)],
  });
  const inset = layoutLabels({
    map: "inset",
    width: INSET_WIDTH,
    height: INSET_HEIGHT,
    cell: 1,
    named: onMap("inset", atlas.inset, isInset),
    capitals: all.map((a) => a.code).filter(isInset),
    dots: dots("inset"),
    lines: edgeLines("inset"),
    border: borderLine ? { id: "border-dmz", text: dmzText, points: borderLine } : undefined,
  });
  return { labels: { main, inset }, dmz };
}

/** A module that exports `value`: JSON.parse of a string literal is parsed faster than the same object as a JS literal. */
function jsonModule(value: unknown): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
}

export function atlasPlugin(): Plugin {
  let atlas: ReturnType<typeof buildProjectedAtlas> | null = null;
  const cached = new Map<string, string>();
  return {
    name: "alliance-atlas:world-atlas-frame",
    resolveId: (id) => (id === ID ? RESOLVED : id === LABELS_ID ? LABELS_RESOLVED : id === LABELS_KO_ID ? LABELS_KO_RESOLVED : null),
    watchChange(file) {
      if (!EDGE_DATA_FILES.includes(file) && file !== KOREAN_ACTORS_FILE) return;
      atlas = null;
      cached.clear();
    },
    load(id) {
      if (id !== RESOLVED && id !== LABELS_RESOLVED && id !== LABELS_KO_RESOLVED) return null;
      for (const f of EDGE_DATA_FILES) this.addWatchFile(f);
      if (id === LABELS_KO_RESOLVED) this.addWatchFile(KOREAN_ACTORS_FILE);
      atlas ??= buildProjectedAtlas();
      const built = atlas;
      if (!cached.has(id))
        cached.set(
          id,
          jsonModule(id === RESOLVED ? built : id === LABELS_RESOLVED ? buildLabels(built) : buildLabels(built, koreanLabelActors(), "비무장지대")),
        );
      return cached.get(id)!;
    },
  };
}

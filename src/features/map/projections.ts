/**
 * The map's projections, frames and edge geometry, pure d3-geo with no data: the build-time plugin
 * (scripts/atlas-plugin.ts) fits the projections and projects the country shapes and the bundled
 * relations' edges with them; the running map rebuilds the projections from the fitted parameters
 * (no fitting work at start) and projects only capitals, and edges the bundle does not have.
 */
import { geoEqualEarth, geoMercator, geoPath, type GeoProjection } from "d3-geo";
import type { Iso3, RelationType } from "../../domain/types";

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

/** The main map's height in map units, from its fitted projection. */
export function mainFrameHeight(): number {
  const [[, y0], [, y1]] = geoPath(buildMainProjection()).bounds(MAIN_FRAME);
  return Math.ceil(y1 - y0 + 2 * MARGIN);
}

/** A fitted projection as numbers, so the running map rebuilds it without fitting. */
export interface FittedProjection {
  scale: number;
  translate: [number, number];
}

export function fitted(p: GeoProjection): FittedProjection {
  const [x, y] = p.translate();
  return { scale: p.scale(), translate: [x, y] };
}

export function mainProjectionFrom(f: FittedProjection): GeoProjection {
  return geoEqualEarth().rotate([-150, 0, 0]).scale(f.scale).translate(f.translate);
}

export function insetProjectionFrom(f: FittedProjection): GeoProjection {
  return geoMercator().scale(f.scale).translate(f.translate);
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

export type LonLat = [number, number];
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

/**
 * Each type bends its arc by its own amount (degrees, sideways at the midpoint), so lines that share
 * an end and a bearing (North Korea–Russia and North Korea–Ukraine, the Washington arcs) stay apart and
 * each keeps a clickable stretch of its own.
 */
export const TYPE_BEND: Record<RelationType, number> = {
  alliance: 0,
  trade: 2.5,
  partnership: -4,
  rivalry: 5.5,
  hostility: -7,
  military_cooperation: 8.5,
};

/** The two maps. */
export type MapId = "main" | "inset";
/** On the inset every arc bows by this much, plus a step per degree of its type's bend (so they stay apart). */
const INSET_BEND = { base: 1, step: 0.1 };

/** The actors drawn in the Korea inset; every other actor is on the main map. */
export const INSET_ACTORS: ReadonlySet<Iso3> = new Set<Iso3>(["KOR", "PRK"]);

/** The map a relation is drawn on: the inset when both ends are in it, else the main map. */
export function mapOfRelation(a: Iso3, b: Iso3): MapId {
  return INSET_ACTORS.has(a) && INSET_ACTORS.has(b) ? "inset" : "main";
}

/**
 * How far an edge of this type between `a` and `b` bends on this map, in degrees. On the inset both
 * ends are on the peninsula, and a straight line between them would lie on the two Koreas' shapes
 * all along, where a click selects a country: there every arc bows west, out over the Yellow Sea,
 * so a stretch of it lies off both and stays clickable.
 */
export function bendFor(type: RelationType, map: MapId, a: LonLat, b: LonLat): number {
  if (map === "main") return TYPE_BEND[type];
  const bend = INSET_BEND.base + Math.abs(TYPE_BEND[type]) * INSET_BEND.step;
  const midLon = (k: number) => bentArc(a, b, k, 2)[1]![0];
  return midLon(bend) <= midLon(-bend) ? bend : -bend;
}

/** The key of an edge's paths in the build-time table: its map, its ends and its bend. */
export function edgeKey(map: MapId, a: LonLat, b: LonLat, bend: number): string {
  return `${map}|${a[0]},${a[1]}|${b[0]},${b[1]}|${bend}`;
}

/** An edge drawn as SVG paths: the visible line, and the hit line that stops short of both capitals. */
export interface EdgePaths {
  line: string;
  hit: string;
}

export function edgePaths(projection: GeoProjection, a: LonLat, b: LonLat, bend: number): EdgePaths {
  // One decimal in map units (a tenth of a CSS pixel or less).
  const path = geoPath(projection).digits(1);
  const coordinates = bentArc(a, b, bend);
  return {
    line: compactPath(path({ type: "LineString", coordinates }) ?? "", 1),
    // The hit area stops short of both capitals, so capital markers and small countries stay
    // clickable; on the actors' shapes the page clips it off too (EdgeHitClip).
    hit: compactPath(path({ type: "LineString", coordinates: coordinates.slice(3, -3) }) ?? "", 1),
  };
}

/**
 * An SVG path of absolute M/L/Z commands (as d3-geo writes them) rewritten short: each subpath's
 * first point absolute, the rest as relative steps after one `l` (SVG repeats the command), numbers
 * rounded to `decimals`, steps that round to nothing dropped, a space only where no minus sign
 * separates two numbers. Draws the same outline to within half a unit of the last decimal, in about
 * a third of the characters, so the first script the page parses is that much smaller.
 */
export function compactPath(d: string, decimals: 0 | 1): string {
  const scale = decimals === 1 ? 10 : 1;
  const num = (v: number) => String(v / scale);
  let out = "";
  let last: [number, number] = [0, 0];
  let started = false;
  for (const [, cmd, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (cmd === "Z") {
      out += "z";
      continue;
    }
    const [x = NaN, y = NaN] = (args ?? "").split(",").map((v) => Math.round(Number(v) * scale));
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    if (cmd === "M") {
      out += `M${num(x)} ${num(y)}`;
      last = [x, y];
      started = false;
      continue;
    }
    const dx = x - last[0];
    const dy = y - last[1];
    if (dx === 0 && dy === 0) continue;
    const a = num(dx);
    const b = num(dy);
    out += (started ? (a.startsWith("-") ? "" : " ") : "l") + a + (b.startsWith("-") ? "" : " ") + b;
    started = true;
    last = [x, y];
  }
  return out;
}

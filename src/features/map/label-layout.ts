/**
 * Where the map writes its labels: each actor's name, and in the Korea inset Seoul, Pyongyang and the
 * DMZ. Decided at build time (scripts/atlas-plugin.ts, `virtual:atlas-labels`) from the very paths the
 * page draws, so the page only places text. Pure: no d3, no DOM.
 *
 * Labels are drawn at a fixed on-screen size (`LABEL_PX`, CSS px, from `--svg-scale`) but never larger
 * than a cap in map units (`maxFontUnits`), so on a small map they shrink with it. Each label's box
 * scales about its anchor, which lies inside it: boxes that do not overlap at the cap do not overlap
 * at any smaller size, so the layout is made, and checked, at the cap.
 */
import type { MapId } from "./projections";

export type Pt = [number, number];
/** A country's name, a capital's name, or a name written along a border (the DMZ). */
export type LabelKind = "country" | "capital" | "border";

/** The on-screen size of each kind of label, in CSS px (styles.css draws them at this size). */
export const LABEL_PX: Record<LabelKind, number> = { country: 13.6, capital: 12, border: 12 };
/** The font weight of each kind (styles.css). */
export const LABEL_WEIGHT: Record<LabelKind, 400 | 600> = { country: 600, capital: 400, border: 600 };
/**
 * The largest size, in map units, a country's name is drawn at on each map (the page sets it as
 * `--label-max`): 13.6 CSS px on a main map 378 px wide, on an inset 185 px wide. Smaller maps draw
 * smaller labels; the other kinds keep their ratio to it.
 */
export const LABEL_MAX_UNITS: Record<MapId, number> = { main: 36, inset: 22 };

export function maxFontUnits(map: MapId, kind: LabelKind): number {
  return (LABEL_MAX_UNITS[map] * LABEL_PX[kind]) / LABEL_PX.country;
}

/**
 * Advance widths in em of DejaVu Sans (Book and Bold), the widest of the fonts `system-ui` resolves to
 * on the usual systems (Segoe UI, San Francisco and Roboto are narrower), so estimates err on the
 * long side. Characters not listed count as a wide letter.
 */
const EM: Record<400 | 600, Record<string, number>> = {
  400: widths(
    "A.68 B.69 C.7 D.77 E.63 F.58 G.77 H.75 I.29 J.29 K.66 L.56 M.86 N.75 O.79 P.6 Q.79 R.69 S.63 T.61 U.73 V.68 W.99 X.69 Y.61 Z.69 " +
      "a.61 b.63 c.55 d.63 e.62 f.35 g.63 h.63 i.28 j.28 k.58 l.28 m.97 n.63 o.61 p.63 q.63 r.41 s.52 t.39 u.63 v.59 w.82 x.59 y.59 z.52",
  ),
  600: widths(
    "A.77 B.76 C.73 D.83 E.68 F.68 G.82 H.84 I.37 J.37 K.77 L.64 M1 N.84 O.85 P.73 Q.85 R.77 S.72 T.68 U.81 V.77 W1.1 X.77 Y.72 Z.73 " +
      "a.67 b.72 c.59 d.72 e.68 f.44 g.72 h.71 i.34 j.34 k.67 l.34 m1.04 n.71 o.69 p.72 q.72 r.49 s.6 t.48 u.71 v.65 w.92 x.65 y.65 z.58",
  ),
};
const EM_OTHER: Record<string, number> = { " ": 0.35, ".": 0.38, "-": 0.42, "–": 0.5, "'": 0.31, "’": 0.31, "(": 0.46, ")": 0.46 };

function widths(spec: string): Record<string, number> {
  return Object.fromEntries(spec.split(" ").map((s) => [s[0]!, Number(s.slice(1))]));
}

/** Estimated width of `text` in map units at `fontSize` map units, 4% over DejaVu Sans. */
export function textWidth(text: string, fontSize: number, weight: 400 | 600): number {
  let em = 0;
  // Hangul syllables are full-width in the Korean system fonts (Apple SD Gothic Neo, Malgun Gothic, Noto Sans CJK KR).
  for (const ch of text) em += EM[weight][ch] ?? EM_OTHER[ch] ?? (/\d/.test(ch) ? 0.7 : /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/.test(ch) ? 1 : 0.85);
  return em * fontSize * 1.04;
}

/**
 * A label as the page draws it: text anchored at (x, y) map units, moved by (dx, dy) em (so a name
 * keeps its distance from the dot it names at any size), aligned by `anchor` (SVG text-anchor) on a
 * central baseline, and turned by `angle` degrees about (x, y).
 */
export interface PlacedLabel {
  /** "country-RUS", "capital-KOR", "border-dmz". */
  id: string;
  /** The actor a click on the label selects; null for a border. */
  actor: string | null;
  kind: LabelKind;
  /** The name in full. */
  text: string;
  /** The name as written: one line, or two when a name of two words fits better that way. */
  lines: string[];
  x: number;
  y: number;
  dx: number;
  dy: number;
  anchor: "start" | "middle" | "end";
  angle: number;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The white halo around the letters, in em (styles.css: a stroke of 0.24 em, half of it outside). */
const HALO_EM = 0.12;
/** Line box height in em: the font's ascent and descent (0.93 + 0.24 for DejaVu Sans) and a little air. */
const LINE_EM = 1.2;
/** From one line's baseline to the next, in em (the page's tspans step by this much). */
export const LINE_STEP_EM = 1.1;

/** The corners of the rectangle a label's letters and halo cover at `fontSize` map units (its cap on `map` by default), turned with it. */
export function labelCorners(l: PlacedLabel, map: MapId, fontSize = maxFontUnits(map, l.kind)): Pt[] {
  const tw = Math.max(...l.lines.map((line) => textWidth(line, fontSize, LABEL_WEIGHT[l.kind])));
  const height = (LINE_EM + (l.lines.length - 1) * LINE_STEP_EM) * fontSize;
  const halo = HALO_EM * fontSize;
  const ax = l.dx * fontSize;
  const ay = l.dy * fontSize;
  const left = (l.anchor === "start" ? ax : l.anchor === "end" ? ax - tw : ax - tw / 2) - halo;
  const right = left + tw + 2 * halo;
  const [top, bottom] = [ay - height / 2, ay + height / 2];
  const a = (l.angle * Math.PI) / 180;
  const [cos, sin] = [Math.cos(a), Math.sin(a)];
  const corners: Pt[] = [
    [left, top],
    [right, top],
    [right, bottom],
    [left, bottom],
  ];
  return corners.map(([x, y]) => [l.x + x * cos - y * sin, l.y + x * sin + y * cos]);
}

/** The axis-aligned box around a label's rectangle (see labelCorners). */
export function labelBox(l: PlacedLabel, map: MapId, fontSize = maxFontUnits(map, l.kind)): Box {
  return bounds(labelCorners(l, map, fontSize));
}

export function bounds(points: readonly Pt[]): Box {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

/**
 * Everything a label may cover at any size up to its cap: the convex hull of its rectangle at the cap
 * and its anchor point. A label shrinks towards its anchor, so at every smaller size it stays inside
 * this outline: two labels whose reaches do not overlap never collide, whatever the map's size.
 */
export function labelReach(l: PlacedLabel, map: MapId): Pt[] {
  return convexHull([...labelCorners(l, map), [l.x, l.y]]);
}

function convexHull(points: readonly Pt[]): Pt[] {
  const p = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const cross = (o: Pt, a: Pt, b: Pt) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const half = (pts: Pt[]) => {
    const out: Pt[] = [];
    for (const q of pts) {
      while (out.length >= 2 && cross(out[out.length - 2]!, out[out.length - 1]!, q) <= 0) out.pop();
      out.push(q);
    }
    out.pop();
    return out;
  };
  return [...half(p), ...half([...p].reverse())];
}

/** Whether two convex polygons come closer than `gap` (separating axis test on their edges' normals). */
export function polygonsOverlap(a: readonly Pt[], b: readonly Pt[], gap = 0): boolean {
  for (const poly of [a, b])
    for (let i = 0; i < poly.length; i++) {
      const [x0, y0] = poly[i]!;
      const [x1, y1] = poly[(i + 1) % poly.length]!;
      const len = Math.hypot(x1 - x0, y1 - y0);
      if (!len) continue;
      const [nx, ny] = [(y0 - y1) / len, (x1 - x0) / len];
      const span = (q: readonly Pt[]) => {
        const d = q.map(([x, y]) => x * nx + y * ny);
        return [Math.min(...d), Math.max(...d)] as const;
      };
      const [a0, a1] = span(a);
      const [b0, b1] = span(b);
      if (a1 + gap <= b0 || b1 + gap <= a0) return false;
    }
  return true;
}

export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;
}

/** Every pair of labels whose reaches (labelReach) overlap, by id. */
export function overlappingLabels(labels: readonly PlacedLabel[], map: MapId): [string, string][] {
  const reach = labels.map((l) => labelReach(l, map));
  const out: [string, string][] = [];
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++) if (polygonsOverlap(reach[i]!, reach[j]!)) out.push([labels[i]!.id, labels[j]!.id]);
  return out;
}

/**
 * The subpaths of an SVG path written by `compactPath` (absolute M, relative l steps, z) or by d3-geo
 * (absolute M/L, Z), as lists of absolute points.
 */
export function pathRings(d: string): Pt[][] {
  const rings: Pt[][] = [];
  let ring: Pt[] = [];
  let cmd = "";
  let at: Pt = [0, 0];
  let nums: number[] = [];
  const flush = () => {
    for (let i = 0; i + 1 < nums.length; i += 2) {
      const [x, y] = [nums[i]!, nums[i + 1]!];
      at = cmd === "l" ? [at[0] + x, at[1] + y] : [x, y];
      if (cmd === "M" && i === 0) {
        if (ring.length) rings.push(ring);
        ring = [];
      }
      ring.push(at);
    }
    nums = [];
  };
  for (const [, c, n] of d.matchAll(/([MLlZz])|(-?\d*\.?\d+(?:e-?\d+)?)/g)) {
    if (c) {
      flush();
      cmd = c;
    } else nums.push(Number(n));
  }
  flush();
  if (ring.length) rings.push(ring);
  return rings;
}

/** A raster of the map, `cell` map units a side, with a summed-area table to count set cells in a box. */
class Raster {
  readonly cols: number;
  readonly rows: number;
  readonly cells: Uint8Array;
  private sums: Float64Array | null = null;

  constructor(
    readonly width: number,
    readonly height: number,
    readonly cell: number,
  ) {
    this.cols = Math.ceil(width / cell);
    this.rows = Math.ceil(height / cell);
    this.cells = new Uint8Array(this.cols * this.rows);
  }

  /** Sets every cell whose centre lies inside the rings (even-odd). */
  fillRings(rings: readonly Pt[][]): this {
    for (let r = 0; r < this.rows; r++) {
      const y = (r + 0.5) * this.cell;
      const xs: number[] = [];
      for (const ring of rings)
        for (let i = 0; i < ring.length; i++) {
          const [x0, y0] = ring[i]!;
          const [x1, y1] = ring[(i + 1) % ring.length]!;
          if (y0 <= y !== y1 <= y) xs.push(x0 + ((y - y0) / (y1 - y0)) * (x1 - x0));
        }
      xs.sort((a, b) => a - b);
      for (let k = 0; k + 1 < xs.length; k += 2) {
        const c0 = Math.max(0, Math.ceil(xs[k]! / this.cell - 0.5));
        const c1 = Math.min(this.cols - 1, Math.floor(xs[k + 1]! / this.cell - 0.5));
        for (let c = c0; c <= c1; c++) this.cells[r * this.cols + c] = 1;
      }
    }
    this.sums = null;
    return this;
  }

  /** Sets every cell within `radius` of the polyline. */
  strokeLine(points: readonly Pt[], radius: number): this {
    for (let i = 0; i + 1 < points.length; i++) {
      const [x0, y0] = points[i]!;
      const [x1, y1] = points[i + 1]!;
      const n = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / (this.cell / 2)));
      for (let k = 0; k <= n; k++) this.disc([x0 + ((x1 - x0) * k) / n, y0 + ((y1 - y0) * k) / n], radius);
    }
    return this;
  }

  disc([x, y]: Pt, radius: number): this {
    const r = Math.ceil(radius / this.cell);
    const cx = Math.floor(x / this.cell);
    const cy = Math.floor(y / this.cell);
    for (let dy = -r; dy <= r; dy++)
      for (let dx = -r; dx <= r; dx++) {
        const c = cx + dx;
        const row = cy + dy;
        if (c < 0 || row < 0 || c >= this.cols || row >= this.rows) continue;
        if (Math.hypot((c + 0.5) * this.cell - x, (row + 0.5) * this.cell - y) <= radius) this.cells[row * this.cols + c] = 1;
      }
    this.sums = null;
    return this;
  }

  /** The share of the cells with their centre in the box that are set (0 when no cell is). */
  fraction(b: Box): number {
    const c0 = Math.max(0, Math.ceil(b.x0 / this.cell - 0.5));
    const c1 = Math.min(this.cols - 1, Math.floor(b.x1 / this.cell - 0.5));
    const r0 = Math.max(0, Math.ceil(b.y0 / this.cell - 0.5));
    const r1 = Math.min(this.rows - 1, Math.floor(b.y1 / this.cell - 0.5));
    if (c1 < c0 || r1 < r0) return 0;
    return this.setIn(c0, c1, r0, r1) / ((c1 - c0 + 1) * (r1 - r0 + 1));
  }

  /** How many cells are set in all. */
  total(): number {
    return this.setIn(0, this.cols - 1, 0, this.rows - 1);
  }

  private setIn(c0: number, c1: number, r0: number, r1: number): number {
    const s = this.sums ?? this.table();
    const w = this.cols + 1;
    return s[(r1 + 1) * w + c1 + 1]! - s[r0 * w + c1 + 1]! - s[(r1 + 1) * w + c0]! + s[r0 * w + c0]!;
  }

  /** The set cell farthest from any unset cell (the visual centre of a shape), as map units. */
  deepest(): Pt | null {
    const INF = 1e9;
    const d = new Float64Array(this.cells.length);
    for (let i = 0; i < d.length; i++) d[i] = this.cells[i] ? INF : 0;
    const { cols, rows } = this;
    const relax = (i: number, j: number, cost: number) => {
      if (d[j]! + cost < d[i]!) d[i] = d[j]! + cost;
    };
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++) {
        const i = r * cols + c;
        if (!d[i]) continue;
        if (c === 0 || r === 0 || c === cols - 1 || r === rows - 1) d[i] = Math.min(d[i]!, 1);
        if (c > 0) relax(i, i - 1, 1);
        if (r > 0) relax(i, i - cols, 1);
        if (r > 0 && c > 0) relax(i, i - cols - 1, Math.SQRT2);
        if (r > 0 && c < cols - 1) relax(i, i - cols + 1, Math.SQRT2);
      }
    let best = -1;
    let bestAt = -1;
    for (let r = rows - 1; r >= 0; r--)
      for (let c = cols - 1; c >= 0; c--) {
        const i = r * cols + c;
        if (!d[i]) continue;
        if (c < cols - 1) relax(i, i + 1, 1);
        if (r < rows - 1) relax(i, i + cols, 1);
        if (r < rows - 1 && c < cols - 1) relax(i, i + cols + 1, Math.SQRT2);
        if (r < rows - 1 && c > 0) relax(i, i + cols - 1, Math.SQRT2);
        if (d[i]! > best) {
          best = d[i]!;
          bestAt = i;
        }
      }
    if (bestAt < 0) return null;
    return [((bestAt % cols) + 0.5) * this.cell, (Math.floor(bestAt / cols) + 0.5) * this.cell];
  }

  private table(): Float64Array {
    if (this.sums) return this.sums;
    const w = this.cols + 1;
    const s = new Float64Array(w * (this.rows + 1));
    for (let r = 0; r < this.rows; r++) {
      let run = 0;
      for (let c = 0; c < this.cols; c++) {
        run += this.cells[r * this.cols + c]!;
        s[(r + 1) * w + c + 1] = s[r * w + c + 1]! + run;
      }
    }
    this.sums = s;
    return s;
  }
}

/** One map's actors as the page draws them: projected outline and capital, in map units. */
export interface LayoutActor {
  code: string;
  name: string;
  /** The actor's shape on this map as an SVG path (as drawn), or null when it is not a button here. */
  shape: string | null;
  capital: Pt;
  capitalName: string;
}

export interface LayoutInput {
  map: MapId;
  width: number;
  height: number;
  /** Raster cell size in map units. */
  cell: number;
  /** Actors whose names this map writes (the buttons drawn on it). */
  named: readonly LayoutActor[];
  /** Actors whose capitals are also written (the inset's Seoul and Pyongyang). */
  capitals: readonly string[];
  /** Every capital drawn on this map (the ends of the edges), kept clear of labels. */
  dots: readonly { code: string; at: Pt }[];
  /** Lines labels should rather not cover: the edges, the inset frame. */
  lines: readonly Pt[][];
  /** A border to write along (the DMZ), as a polyline in map units. */
  border?: { id: string; text: string; points: Pt[] };
}

/** Label-to-label and label-to-frame clearance, in map units. */
const GAP = 2;

/** A label (`base`, shared by many candidates) at one possible anchor, and what it costs there. */
interface Candidate {
  base: PlacedLabel;
  x: number;
  y: number;
  cost: number;
}

/**
 * The labels of one map, placed one by one (the border, capitals, then countries by size, largest
 * first), each at the lowest-cost position that stays inside the drawing and clear of the labels
 * already placed. A country's name prefers to lie inside its own shape, near its visual centre; any
 * label avoids other actors' shapes, capitals' dots and, less strongly, edges and the border.
 * Throws when a label has no legal position.
 */
export function layoutLabels(input: LayoutInput): PlacedLabel[] {
  const { map, width, height, cell } = input;
  const shapes = new Map(
    input.named.map((a) => [a.code, new Raster(width, height, cell).fillRings(a.shape ? pathRings(a.shape) : [])] as const),
  );
  const dotR = (5 * LABEL_MAX_UNITS[map]) / LABEL_PX.country; // 5 CSS px at the cap's scale
  const lines = new Raster(width, height, cell);
  for (const l of input.lines) lines.strokeLine(l, cell);
  const border = new Raster(width, height, cell);
  if (input.border) border.strokeLine(input.border.points, cell);

  const others = [...shapes];
  const coversDot = (b: Box, skip: string | null) =>
    input.dots.some(({ code, at: [x, y] }) => code !== skip && Math.hypot(x - clamp(x, b.x0, b.x1), y - clamp(y, b.y0, b.y1)) < dotR);
  /** Cost shared by every kind: other actors' shapes, capitals' dots, lines and the border crossed. */
  const clutter = (b: Box, own: string | null, ownDot: string | null) => {
    let other = 0;
    for (const [code, r] of others) if (code !== own) other += r.fraction(b);
    // About how many lines cross the box: its set cells over its height in cells.
    const crossings = (lines.fraction(b) * (b.x1 - b.x0)) / cell;
    return 12 * other + (coversDot(b, ownDot) ? 20 : 0) + Math.min(3, 0.6 * crossings) + 2 * border.fraction(b);
  };
  const groups: Option[][] = [];
  /**
   * Offers one label's positions: those whose reach lies inside the drawing, cheapest first, at most
   * `keep` of them, each at least `spread` map units from the ones kept before it.
   */
  const offer = (text: string, candidates: readonly Candidate[], keep = Infinity, spread = 0) => {
    const out: Option[] = [];
    for (const { base, x, y, cost } of [...candidates].sort((a, b) => a.cost - b.cost)) {
      if (out.length >= keep) break;
      if (spread && out.some((o) => Math.hypot(o.label.x - x, o.label.y - y) < spread)) continue;
      const label = { ...base, x: round1(x), y: round1(y) };
      const reach = labelReach(label, map);
      const b = bounds(reach);
      if (b.x0 >= GAP && b.y0 >= GAP && b.x1 <= width - GAP && b.y1 <= height - GAP) out.push({ label, reach, cost });
    }
    if (!out.length) throw new Error(`no room for the label "${text}" on the ${map} map`);
    groups.push(out);
  };

  if (input.border) {
    const { id, text, points } = input.border;
    const along = cumulative(points);
    const total = along[along.length - 1] ?? 0;
    const candidates: Candidate[] = [];
    for (let t = 0.1; t <= 0.901; t += 0.05) {
      const [x, y] = pointAt(points, along, t * total);
      const [ax, ay] = pointAt(points, along, Math.max(0, t - 0.25) * total);
      const [bx, by] = pointAt(points, along, Math.min(1, t + 0.25) * total);
      // Upright text along the line's local direction, just off it on either side.
      let angle = (Math.atan2(by - ay, bx - ax) * 180) / Math.PI;
      if (angle > 90) angle -= 180;
      if (angle < -90) angle += 180;
      for (const dy of [-0.75, 0.75]) {
        const l: PlacedLabel = { id, actor: null, kind: "border", text, lines: [text], x: round1(x), y: round1(y), dx: 0, dy, anchor: "middle", angle: round1(angle) };
        const b = labelBox(l, map);
        // It lies on both sides' shapes and beside its own line by design: only edges and dots count.
        const crossings = (lines.fraction(b) * (b.x1 - b.x0)) / cell;
        candidates.push({ base: l, x: l.x, y: l.y, cost: Math.abs(t - 0.5) + 2 * crossings + (coversDot(b, null) ? 20 : 0) });
      }
    }
    offer(text, candidates);
  }

  const byCode = new Map(input.named.map((a) => [a.code, a]));
  for (const code of input.capitals) {
    const a = byCode.get(code);
    if (!a) continue;
    const own = shapes.get(code);
    const [px, py] = a.capital;
    // Beside the dot, in em so the gap holds at any size: east first (reading on from the dot),
    // then west, the diagonals, above and below.
    const spots: [PlacedLabel["anchor"], number, number, number][] = [
      ["start", 0.55, 0, 0],
      ["end", -0.55, 0, 0.2],
      ["start", 0.3, -0.8, 0.3],
      ["start", 0.3, 0.8, 0.3],
      ["end", -0.3, -0.8, 0.4],
      ["end", -0.3, 0.8, 0.4],
      ["middle", 0, -1, 0.6],
      ["middle", 0, 1, 0.6],
    ];
    offer(
      a.capitalName,
      spots.map(([anchor, dx, dy, pref]) => {
        const l: PlacedLabel = { id: `capital-${code}`, actor: code, kind: "capital", text: a.capitalName, lines: [a.capitalName], x: round1(px), y: round1(py), dx, dy, anchor, angle: 0 };
        const b = labelBox(l, map);
        return { base: l, x: l.x, y: l.y, cost: pref + 2 * (1 - (own?.fraction(b) ?? 0)) + clutter(b, code, code) };
      }),
    );
  }

  const area = (code: string) => shapes.get(code)?.total() ?? 0;
  for (const a of [...input.named].sort((p, q) => area(q.code) - area(p.code))) {
    const own = shapes.get(a.code)!;
    const centre = own.deepest() ?? a.capital;
    const candidates: Candidate[] = [];
    // On one line, or on two split at a space (a small cost: one line reads more easily).
    const words = a.name.split(" ");
    const layouts = [[a.name], ...words.slice(1).map((_, k) => [words.slice(0, k + 1).join(" "), words.slice(k + 1).join(" ")])];
    for (const [n, lines] of layouts.entries()) {
      const base: PlacedLabel = { id: `country-${a.code}`, actor: a.code, kind: "country", text: a.name, lines, x: 0, y: 0, dx: 0, dy: 0, anchor: "middle", angle: 0 };
      const { x1: hw, y1: hh } = labelBox(base, map);
      const reach = Math.max(hw, hh) * 2.5;
      for (let y = hh + GAP; y <= height - hh - GAP; y += cell * 2)
        for (let x = hw + GAP; x <= width - hw - GAP; x += cell * 2) {
          const d = Math.hypot(x - centre[0], y - centre[1]);
          if (d > reach * 1.5) continue;
          const b = { x0: x - hw, y0: y - hh, x1: x + hw, y1: y + hh };
          const cost = 6 * (1 - own.fraction(b)) + clutter(b, a.code, null) + (1.5 * d) / reach + (n ? 0.3 : 0);
          candidates.push({ base, x, y, cost });
        }
    }
    offer(a.name, candidates, 30, cell * 6);
  }
  return cheapestFit(groups, map);
}

/** One position of a label, its reach there (labelReach) and its cost. */
interface Option {
  label: PlacedLabel;
  reach: Pt[];
  cost: number;
}

/**
 * One position for each label, no two reaches within GAP of each other, at the lowest total cost:
 * a depth-first search, cheapest options first, cut off once it cannot beat the best found.
 */
function cheapestFit(groups: readonly Option[][], map: MapId): PlacedLabel[] {
  // The least the labels from i on can add (each at its cheapest), to cut the search early.
  const rest = groups.map((_, i) => groups.slice(i).reduce((n, g) => n + (g[0]?.cost ?? 0), 0));
  const best = { cost: Infinity, options: [] as Option[] };
  const chosen: Option[] = [];
  const visit = (i: number, cost: number) => {
    if (i === groups.length) {
      best.cost = cost;
      best.options = [...chosen];
      return;
    }
    for (const o of groups[i]!) {
      if (cost + o.cost + (rest[i + 1] ?? 0) >= best.cost) break;
      if (chosen.some((c) => polygonsOverlap(c.reach, o.reach, GAP))) continue;
      chosen.push(o);
      visit(i + 1, cost + o.cost);
      chosen.pop();
    }
  };
  visit(0, 0);
  if (best.cost === Infinity) throw new Error(`the labels of the ${map} map do not fit together`);
  return best.options.map((o) => o.label);
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, v));
}

function round1(v: number): number {
  return Math.round(v * 10) / 10;
}

function cumulative(points: readonly Pt[]): number[] {
  const out = [0];
  for (let i = 1; i < points.length; i++) out.push(out[i - 1]! + Math.hypot(points[i]![0] - points[i - 1]![0], points[i]![1] - points[i - 1]![1]));
  return out;
}

function pointAt(points: readonly Pt[], along: readonly number[], s: number): Pt {
  for (let i = 1; i < points.length; i++)
    if (along[i]! >= s) {
      const seg = along[i]! - along[i - 1]!;
      const f = seg ? (s - along[i - 1]!) / seg : 0;
      const [x0, y0] = points[i - 1]!;
      const [x1, y1] = points[i]!;
      return [x0 + (x1 - x0) * f, y0 + (y1 - y0) * f];
    }
  return points[points.length - 1] ?? [0, 0];
}

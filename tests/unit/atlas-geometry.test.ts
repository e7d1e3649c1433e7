import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { geoPath } from "d3-geo";
import { buildEdgeTable, buildLabels, buildProjectedAtlas } from "../../scripts/atlas-plugin";
import {
  LABEL_MAX_UNITS,
  boxesOverlap,
  labelCorners,
  labelReach,
  layoutLabels,
  maxFontUnits,
  overlappingLabels,
  pathRings,
  polygonsOverlap,
  bounds,
  textWidth,
  type PlacedLabel,
  type Pt,
} from "../../src/features/map/label-layout";
import {
  INSET_FRAME,
  INSET_HEIGHT,
  INSET_WIDTH,
  MAIN_WIDTH,
  buildInsetProjection,
  buildMainProjection,
  insetProjectionFrom,
  mainFrameHeight,
  mainProjectionFrom,
  bendFor,
  compactPath,
  edgeKey,
  edgePaths,
  mapOfRelation,
} from "../../src/features/map/projections";
import type { Iso3, RelationType } from "../../src/domain/types";

const MAIN_HEIGHT = mainFrameHeight();
import actors from "../../data/actors.json";
import relations from "../../data/relations.json";

const atlas = buildProjectedAtlas();

/** Every point of a compact SVG path (absolute M x y, relative l dx dy dx dy…, z), as absolute x,y. */
function points(d: string): [number, number][] {
  const out: [number, number][] = [];
  let cmd = "";
  let nums: number[] = [];
  let at: [number, number] = [0, 0];
  const flush = () => {
    for (let i = 0; i + 1 < nums.length; i += 2) {
      // Rounded to a millionth: summing tenths in floating point drifts by far less.
      const r6 = (v: number) => Math.round(v * 1e6) / 1e6;
      at = cmd === "M" && i === 0 ? [nums[i]!, nums[i + 1]!] : [r6(at[0] + nums[i]!), r6(at[1] + nums[i + 1]!)];
      out.push(at);
    }
    nums = [];
  };
  for (const [, c, n] of d.matchAll(/([Mlz])|(-?\d*\.?\d+)/g)) {
    if (c) {
      flush();
      cmd = c;
    } else nums.push(Number(n));
  }
  flush();
  return out;
}

describe("build-time map geometry (virtual:atlas)", () => {
  it("has a projected shape for every actor on the main map", () => {
    const ids = new Set(atlas.main.map((s) => s.id));
    for (const a of actors.records) expect(ids.has(a.atlasId), a.code).toBe(true);
  });

  it("draws the peninsula and its neighbours in the inset, and nothing else", () => {
    expect(atlas.inset.map((s) => s.id).sort()).toEqual(["156", "392", "408", "410", "643"]);
  });

  it("keeps every point inside the drawing (plus the clip margin), with one decimal at most", () => {
    for (const [shapes, w, h] of [
      [atlas.main, MAIN_WIDTH, MAIN_HEIGHT],
      [atlas.inset, INSET_WIDTH, INSET_HEIGHT],
    ] as const) {
      for (const s of shapes) {
        expect(s.d).toMatch(/^M[-\d. lzM]+$/);
        for (const [x, y] of points(s.d)) {
          expect(x).toBeGreaterThanOrEqual(-20);
          expect(x).toBeLessThanOrEqual(w + 20);
          expect(y).toBeGreaterThanOrEqual(-20);
          expect(y).toBeLessThanOrEqual(h + 20);
        }
        expect(s.d).not.toMatch(/\.\d\d/);
      }
    }
  });

  it("writes the main map in whole map units (about a CSS pixel) and the enlarged inset in tenths", () => {
    for (const s of atlas.main) expect(s.d, s.id).not.toContain(".");
    expect(atlas.inset.some((s) => s.d.includes("."))).toBe(true);
  });

  it("stays small: the main map's shapes take well under 30,000 characters", () => {
    expect(atlas.main.reduce((n, s) => n + s.d.length, 0)).toBeLessThan(30_000);
  });

  it("makes the Koreas large in the inset: South Korea spans over a quarter of its width", () => {
    const kor = atlas.inset.find((s) => s.id === "410");
    const xs = points(kor?.d ?? "").map(([x]) => x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(INSET_WIDTH / 4);
  });
});

describe("the inset's frame on the main map", () => {
  it("is the footprint the page's projection draws, one point per corner, inside the drawing", () => {
    const page = mainProjectionFrom(atlas.projections.main);
    expect(atlas.insetFrame).toBe(geoPath(page)({ type: "LineString", coordinates: INSET_FRAME }));
    const pts = [...atlas.insetFrame.matchAll(/(-?\d+\.?\d*),(-?\d+\.?\d*)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(pts).toHaveLength(INSET_FRAME.length);
    for (const [x, y] of pts) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(MAIN_WIDTH);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(MAIN_HEIGHT);
    }
  });
});

describe("fitted projections", () => {
  it("the fitted parameters rebuild the same projections the build used", () => {
    const main = mainProjectionFrom(atlas.projections.main);
    const inset = insetProjectionFrom(atlas.projections.inset);
    for (const p of [[126.98, 37.57], [-77.04, 38.9], [37.62, 55.75]] as [number, number][]) {
      const [x0, y0] = buildMainProjection()(p)!;
      const [x1, y1] = main(p)!;
      expect(Math.hypot(x1 - x0, y1 - y0)).toBeLessThan(1e-6);
    }
    const [x0, y0] = buildInsetProjection()([126.98, 37.57])!;
    const [x1, y1] = inset([126.98, 37.57])!;
    expect(Math.hypot(x1 - x0, y1 - y0)).toBeLessThan(1e-6);
  });
});

describe("build-time edge table", () => {
  const byCode = new Map(actors.records.map((a) => [a.code, a]));
  const rebuilt = { main: mainProjectionFrom(atlas.projections.main), inset: insetProjectionFrom(atlas.projections.inset) };

  it("holds every bundled relation under the key the map looks it up by, projected as the page would", () => {
    expect(Object.keys(atlas.edges)).toHaveLength(relations.records.length);
    for (const r of relations.records) {
      const a = byCode.get(r.a)!.capital;
      const b = byCode.get(r.b)!.capital;
      const map = mapOfRelation(r.a as Iso3, r.b as Iso3);
      const bend = bendFor(r.type as RelationType, map, [a.lon, a.lat], [b.lon, b.lat]);
      const stored = atlas.edges[edgeKey(map, [a.lon, a.lat], [b.lon, b.lat], bend)];
      expect(stored, r.id).toEqual(edgePaths(rebuilt[map], [a.lon, a.lat], [b.lon, b.lat], bend));
      expect(stored?.line, r.id).toMatch(/^M/);
      expect(stored?.hit, r.id).toMatch(/^M/);
    }
  });

  it("puts only the Korea–Korea relations on the inset", () => {
    const inset = relations.records.filter((r) => mapOfRelation(r.a as Iso3, r.b as Iso3) === "inset");
    expect(inset.length).toBeGreaterThan(0);
    for (const r of inset) expect([r.a, r.b].sort()).toEqual(["KOR", "PRK"]);
  });

  it("is empty (the page projects at run time) when the data cannot be read, and skips records of the wrong shape", () => {
    expect(buildEdgeTable(null, rebuilt)).toEqual({});
    const table = buildEdgeTable(
      {
        actors: [{ code: "USA", capital: { lon: -77, lat: 38.9 } }, { code: "KOR", capital: "Seoul" } as never],
        relations: [{ a: "USA", b: "KOR", type: "alliance" }, { a: "USA", b: "CHN", type: "rivalry" }],
      },
      rebuilt,
    );
    expect(table).toEqual({});
  });
});

describe("edge geometry on the page", () => {
  it("serves the bundled relations from the build-time table and projects anything else", async () => {
    const { edgeGeometry } = await import("../../src/features/map/map-geometry");
    const { default: bundled } = await import("virtual:atlas");
    const r = relations.records[0]!;
    const a = actors.records.find((x) => x.code === r.a)!.capital;
    const b = actors.records.find((x) => x.code === r.b)!.capital;
    const map = mapOfRelation(r.a as Iso3, r.b as Iso3);
    const bend = bendFor(r.type as RelationType, map, [a.lon, a.lat], [b.lon, b.lat]);
    expect(edgeGeometry(map, [a.lon, a.lat], [b.lon, b.lat], bend)).toBe(bundled.edges[edgeKey(map, [a.lon, a.lat], [b.lon, b.lat], bend)]);
    const moved = edgeGeometry(map, [a.lon + 1, a.lat], [b.lon, b.lat], bend);
    expect(moved.line).toMatch(/^M/);
    expect(Object.values(bundled.edges)).not.toContain(moved);
  });
});

describe("compactPath", () => {
  it("writes relative steps after one l, drops steps that round to nothing, and keeps subpaths and closes", () => {
    expect(compactPath("M1.04,2L3.5,2L3.52,2L1,-4ZM10,10L11,12", 1)).toBe("M1 2l2.5 0-2.5-6zM10 10l1 2");
    expect(compactPath("M1.4,2.6L3.5,2.4L3.6,2.2", 0)).toBe("M1 3l3-1");
    expect(compactPath("", 1)).toBe("");
  });

  it("draws exactly the absolute path's points rounded to its decimals, each written once", () => {
    const coord = fc.double({ min: -500, max: 1500, noNaN: true });
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.tuple(coord, coord), { minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 4 }),
        fc.constantFrom(0 as const, 1 as const),
        (rings, decimals) => {
          const d = rings.map((r) => r.map(([x, y], i) => `${i ? "L" : "M"}${x.toFixed(1)},${y.toFixed(1)}`).join("") + "Z").join("");
          const scale = decimals === 1 ? 10 : 1;
          const want = rings.flatMap((r) =>
            r
              .map(([x, y]) => [Math.round(Number(x.toFixed(1)) * scale), Math.round(Number(y.toFixed(1)) * scale)])
              .filter((p, i, all) => i === 0 || p[0] !== all[i - 1]![0] || p[1] !== all[i - 1]![1])
              .map(([x, y]) => [x! / scale, y! / scale]),
          );
          const got = points(compactPath(d, decimals));
          expect(got).toHaveLength(want.length);
          got.forEach(([x, y], i) => {
            expect(x).toBeCloseTo(want[i]![0]!, 6);
            expect(y).toBeCloseTo(want[i]![1]!, 6);
          });
        },
      ),
    );
  });
});

describe("map labels (virtual:atlas-labels)", () => {
  const { labels, dmz } = buildLabels(atlas, actors.records);
  const byId = (map: "main" | "inset") => new Map(labels[map].map((l) => [l.id, l]));
  const sizes = { main: [MAIN_WIDTH, MAIN_HEIGHT], inset: [INSET_WIDTH, INSET_HEIGHT] } as const;
  const rebuilt = { main: mainProjectionFrom(atlas.projections.main), inset: insetProjectionFrom(atlas.projections.inset) };
  const shapeOf = (map: "main" | "inset", code: string) =>
    pathRings(atlas[map].find((s) => s.id === actors.records.find((a) => a.code === code)!.atlasId)!.d);
  /** Even-odd point in polygon over all rings. */
  const inside = ([x, y]: Pt, rings: Pt[][]) => {
    let odd = false;
    for (const ring of rings)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i]!;
        const [xj, yj] = ring[j]!;
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
      }
    return odd;
  };
  const distToLine = ([x, y]: Pt, line: Pt[]) =>
    Math.min(
      ...line.slice(1).map(([x1, y1], i) => {
        const [x0, y0] = line[i]!;
        const len2 = (x1 - x0) ** 2 + (y1 - y0) ** 2 || 1;
        const t = Math.max(0, Math.min(1, ((x - x0) * (x1 - x0) + (y - y0) * (y1 - y0)) / len2));
        return Math.hypot(x - (x0 + t * (x1 - x0)), y - (y0 + t * (y1 - y0)));
      }),
    );

  it("names every actor once, on the map that draws its button, and Seoul, Pyongyang and the DMZ in the inset", () => {
    const names = (map: "main" | "inset") => labels[map].map((l) => `${l.id}=${l.text}`).sort();
    const name = (code: string) => actors.records.find((a) => a.code === code)!.name;
    expect(names("main")).toEqual(["CHN", "JPN", "RUS", "UKR", "USA"].map((c) => `country-${c}=${name(c)}`).sort());
    const capital = (code: string) => actors.records.find((a) => a.code === code)!.capital.name;
    expect([capital("KOR"), capital("PRK")]).toEqual(["Seoul", "Pyongyang"]);
    expect(names("inset")).toEqual(
      ["border-dmz=DMZ", `capital-KOR=Seoul`, `capital-PRK=Pyongyang`, `country-KOR=${name("KOR")}`, `country-PRK=${name("PRK")}`].sort(),
    );
    for (const l of [...labels.main, ...labels.inset]) expect(l.actor, l.id).toBe(l.kind === "border" ? null : l.id.split("-")[1]);
  });

  it.each(["main", "inset"] as const)("no two labels of the %s map overlap, at their largest size or any smaller one", (map) => {
    expect(overlappingLabels(labels[map], map)).toEqual([]);
    // Checked directly too: each label's rectangle (estimated text width) at several sizes up to the cap.
    for (const scale of [1, 0.85, 0.7, 0.55, 0.4, 0.25]) {
      const rects = labels[map].map((l) => labelCorners(l, map, maxFontUnits(map, l.kind) * scale));
      for (let i = 0; i < rects.length; i++)
        for (let j = i + 1; j < rects.length; j++)
          expect(polygonsOverlap(rects[i]!, rects[j]!), `${labels[map][i]!.id} / ${labels[map][j]!.id} at ${scale}`).toBe(false);
    }
  });

  it.each(["main", "inset"] as const)("keeps every label of the %s map inside the drawing", (map) => {
    const [w, h] = sizes[map];
    for (const l of labels[map]) {
      const b = bounds(labelReach(l, map));
      expect(b.x0, l.id).toBeGreaterThanOrEqual(0);
      expect(b.y0, l.id).toBeGreaterThanOrEqual(0);
      expect(b.x1, l.id).toBeLessThanOrEqual(w);
      expect(b.y1, l.id).toBeLessThanOrEqual(h);
    }
  });

  it("bows the inset's Korea–Korea edges out to sea, so a stretch of each lies off both Koreas' shapes", () => {
    const koreas = [...shapeOf("inset", "KOR"), ...shapeOf("inset", "PRK")];
    const inset = relations.records.filter((r) => mapOfRelation(r.a as Iso3, r.b as Iso3) === "inset");
    for (const r of inset)
      for (const [a, b] of [[r.a, r.b], [r.b, r.a]]) {
        // Either way round, the same bow: west, over the Yellow Sea.
        const ca = actors.records.find((x) => x.code === a)!.capital;
        const cb = actors.records.find((x) => x.code === b)!.capital;
        const bend = bendFor(r.type as RelationType, "inset", [ca.lon, ca.lat], [cb.lon, cb.lat]);
        const { hit } = edgePaths(rebuilt.inset, [ca.lon, ca.lat], [cb.lon, cb.lat], bend);
        const points = pathRings(hit).flat();
        const offShore = points.filter((p) => !inside(p, koreas)).length;
        expect(offShore / points.length, `${r.id} from ${a}`).toBeGreaterThan(0.3);
      }
  });

  it("writes a country's name on the country where it is large enough: Russia, China, the US and both Koreas", () => {
    for (const [map, code] of [["main", "RUS"], ["main", "CHN"], ["main", "USA"], ["inset", "KOR"], ["inset", "PRK"]] as const) {
      const l = byId(map).get(`country-${code}`)!;
      expect(inside([l.x, l.y], shapeOf(map, code)), code).toBe(true);
    }
  });

  it("puts Seoul and Pyongyang beside their capitals' dots, at the coordinates in actors.json", () => {
    for (const code of ["KOR", "PRK"]) {
      const l = byId("inset").get(`capital-${code}`)!;
      const c = actors.records.find((a) => a.code === code)!.capital;
      const [x, y] = rebuilt.inset([c.lon, c.lat])!;
      expect(Math.hypot(l.x - x, l.y - y), code).toBeLessThan(0.1);
      // Offset from the dot in em: next to it at any size, never on it.
      expect(Math.hypot(l.dx, l.dy)).toBeGreaterThanOrEqual(0.5);
      expect(Math.hypot(l.dx, l.dy)).toBeLessThanOrEqual(1.1);
    }
  });

  it("draws the DMZ as world-atlas's own border of the two Koreas and writes its name along it", () => {
    const line = pathRings(dmz);
    expect(line.length).toBeGreaterThan(0);
    const points = line.flat();
    const vertices = (code: string) => shapeOf("inset", code).flat();
    // Every point of the line is a point of both countries' outlines (the arcs they share).
    for (const p of points)
      for (const code of ["KOR", "PRK"]) expect(Math.min(...vertices(code).map((v) => Math.hypot(v[0] - p[0], v[1] - p[1]))), code).toBeLessThan(0.25);
    // It runs across the peninsula: most of South Korea's width at that latitude.
    const xs = points.map((p) => p[0]);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(40);
    const l = byId("inset").get("border-dmz")!;
    expect(distToLine([l.x, l.y], line.sort((a, b) => b.length - a.length)[0]!)).toBeLessThan(0.5);
    expect(Math.abs(l.angle)).toBeLessThan(60);
  });

  it("estimates text widths on the long side of DejaVu Sans, the widest usual system-ui font", () => {
    // Widths in em measured in Chromium (canvas measureText, DejaVu Sans Book and Bold).
    for (const [text, weight, em] of [
      ["United States", 600, 7.711],
      ["North Korea", 600, 6.846],
      ["South Korea", 600, 6.948],
      ["Pyongyang", 400, 5.548],
      ["Seoul", 400, 2.773],
      ["DMZ", 600, 2.55],
    ] as const)
      expect(textWidth(text, 10, weight), text).toBeGreaterThanOrEqual(em * 10);
  });

  it("finds overlaps between turned rectangles the way boxes do for unturned ones", () => {
    const rect = fc.record({ x: fc.integer({ min: 0, max: 100 }), y: fc.integer({ min: 0, max: 100 }), w: fc.integer({ min: 1, max: 40 }), h: fc.integer({ min: 1, max: 40 }) });
    const corners = (r: { x: number; y: number; w: number; h: number }): Pt[] => [[r.x, r.y], [r.x + r.w, r.y], [r.x + r.w, r.y + r.h], [r.x, r.y + r.h]];
    fc.assert(
      fc.property(rect, rect, (a, b) => {
        const box = (r: typeof a) => ({ x0: r.x, y0: r.y, x1: r.x + r.w, y1: r.y + r.h });
        expect(polygonsOverlap(corners(a), corners(b))).toBe(boxesOverlap(box(a), box(b)));
      }),
    );
    // A label turned 45° no longer reaches a box its unturned box would touch at the corner.
    const l: PlacedLabel = { id: "t", actor: null, kind: "border", text: "DMZ", lines: ["DMZ"], x: 50, y: 50, dx: 0, dy: 0, anchor: "middle", angle: 45 };
    const b = bounds(labelCorners(l, "inset"));
    expect(polygonsOverlap(labelCorners(l, "inset"), corners({ x: b.x1 - 3, y: b.y1 - 3, w: 3, h: 3 }))).toBe(false);
  });

  it("says which label has no room rather than drawing labels over each other", () => {
    const actor = { code: "RUS", name: "Russia", shape: "M0 0l10 0 0 10-10 0z", capital: [5, 5] as Pt, capitalName: "Moscow" };
    expect(() =>
      layoutLabels({ map: "main", width: 60, height: 30, cell: 2, named: [actor], capitals: [], dots: [], lines: [] }),
    ).toThrow(/no room for the label "Russia" on the main map/);
    expect(LABEL_MAX_UNITS.main).toBeGreaterThan(LABEL_MAX_UNITS.inset);
  });
});

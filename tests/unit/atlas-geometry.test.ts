import { describe, expect, it } from "vitest";
import { buildEdgeTable, buildProjectedAtlas } from "../../scripts/atlas-plugin";
import {
  INSET_HEIGHT,
  INSET_WIDTH,
  MAIN_WIDTH,
  buildInsetProjection,
  buildMainProjection,
  insetProjectionFrom,
  mainFrameHeight,
  mainProjectionFrom,
  bendFor,
  edgeKey,
  edgePaths,
  mapOfRelation,
} from "../../src/features/map/projections";
import type { Iso3, RelationType } from "../../src/domain/types";

const MAIN_HEIGHT = mainFrameHeight();
import actors from "../../data/actors.json";
import relations from "../../data/relations.json";

const atlas = buildProjectedAtlas();

/** Every x,y pair of an SVG path made of M/L/Z commands with absolute coordinates. */
function points(d: string): [number, number][] {
  return [...d.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)].map((m) => [Number(m[1]), Number(m[2])]);
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
        expect(s.d).toMatch(/^M[-\d.,LZM]+$/);
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

  it("makes the Koreas large in the inset: South Korea spans over a quarter of its width", () => {
    const kor = atlas.inset.find((s) => s.id === "410");
    const xs = points(kor?.d ?? "").map(([x]) => x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(INSET_WIDTH / 4);
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
      const bend = bendFor(r.type as RelationType, map);
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
    const bend = bendFor(r.type as RelationType, map);
    expect(edgeGeometry(map, [a.lon, a.lat], [b.lon, b.lat], bend)).toBe(bundled.edges[edgeKey(map, [a.lon, a.lat], [b.lon, b.lat], bend)]);
    const moved = edgeGeometry(map, [a.lon + 1, a.lat], [b.lon, b.lat], bend);
    expect(moved.line).toMatch(/^M/);
    expect(Object.values(bundled.edges)).not.toContain(moved);
  });
});

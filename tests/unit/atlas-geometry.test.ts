import { describe, expect, it } from "vitest";
import fc from "fast-check";
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

import { describe, expect, it } from "vitest";
import { buildProjectedAtlas } from "../../scripts/atlas-plugin";
import {
  INSET_HEIGHT,
  INSET_WIDTH,
  MAIN_WIDTH,
  buildInsetProjection,
  buildMainProjection,
  insetProjectionFrom,
  mainFrameHeight,
  mainProjectionFrom,
} from "../../src/features/map/projections";

const MAIN_HEIGHT = mainFrameHeight();
import actors from "../../data/actors.json";

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

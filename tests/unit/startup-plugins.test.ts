import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { COMPILE_HINT, D3_GEO_FOR_MAPS, compileHintFor, d3GeoForMapsPlugin } from "../../scripts/startup-plugins";
import * as subset from "../../src/features/map/d3-geo-for-maps";

type ResolveId = (source: string, importer: string | undefined) => string | null;
const resolveId = d3GeoForMapsPlugin().resolveId as unknown as ResolveId;
const RSM_DIST = fileURLToPath(new URL("../../node_modules/react-simple-maps/dist/", import.meta.url));

/** Every ES-module file react-simple-maps ships. */
function rsmFiles(dir = RSM_DIST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? rsmFiles(`${dir}${e.name}/`) : e.name.endsWith(".es.js") ? [`${dir}${e.name}`] : [],
  );
}

describe("compile hint (V8's allFunctionsCalledOnLoad)", () => {
  it("is the magic comment V8 reads, on the page's entry chunk only", () => {
    expect(COMPILE_HINT).toBe("//# allFunctionsCalledOnLoad");
    expect(compileHintFor({ name: "index", isEntry: true })).toBe(COMPILE_HINT);
    for (const name of ["react-dom", "shared", "first-view", "rolldown-runtime", "trade-panel"])
      expect(compileHintFor({ name, isEntry: false }), name).toBe("");
    // A worker's entry, or a dynamic entry that happens to be named like the page's, gets none.
    expect(compileHintFor({ name: "check-worker", isEntry: true })).toBe("");
    expect(compileHintFor({ name: "index", isEntry: false })).toBe("");
  });
});

describe("d3-geo for react-simple-maps", () => {
  it("points react-simple-maps' d3-geo at the subset, and nobody else's", () => {
    expect(resolveId("d3-geo", "/x/node_modules/react-simple-maps/dist/shared/JKVre3Xc.es.js")).toBe(D3_GEO_FOR_MAPS);
    expect(resolveId("d3-geo", "C:\\x\\node_modules\\react-simple-maps\\dist\\core\\index.es.js")).toBe(D3_GEO_FOR_MAPS);
    expect(resolveId("d3-geo", "/x/src/features/map/projections.ts")).toBeNull();
    expect(resolveId("d3-geo", D3_GEO_FOR_MAPS)).toBeNull();
    expect(resolveId("d3-array", "/x/node_modules/react-simple-maps/dist/shared/JKVre3Xc.es.js")).toBeNull();
    expect(resolveId("d3-geo", undefined)).toBeNull();
  });

  it("exports, as functions, every name react-simple-maps takes from d3-geo", () => {
    const files = rsmFiles();
    expect(files.length).toBeGreaterThan(0);
    const named = new Set<string>();
    let namespaces = 0;
    for (const file of files) {
      const code = readFileSync(file, "utf8");
      for (const m of code.matchAll(/import\s*\{([^}]*)\}\s*from\s*"d3-geo"/g))
        for (const part of (m[1] ?? "").split(",")) named.add(part.trim().split(/\s+as\s+/)[0] ?? "");
      // The namespace import: the path generator is taken from it by name (`const {geoPath: g, ...d} = p`).
      if (/import\s*\*\s*as\s*\w+\s*from\s*"d3-geo"/.test(code)) {
        namespaces++;
        for (const m of code.matchAll(/\{\s*(geo\w+)\s*:\s*\w+\s*,\s*\.\.\.\w+\s*\}\s*=\s*\w+/g)) named.add(m[1] ?? "");
      }
    }
    named.delete("");
    expect(namespaces).toBeGreaterThan(0);
    expect([...named].sort()).toEqual(["geoGraticule", "geoPath"]);
    const exported = subset as Record<string, unknown>;
    for (const name of named) expect(typeof exported[name], name).toBe("function");
    // …and the two projections the map is drawn with (react-simple-maps may look them up by name).
    expect(typeof exported.geoEqualEarth).toBe("function");
    expect(typeof exported.geoMercator).toBe("function");
  });
});

/**
 * Two build steps that make the first chunk (the entry: the map, the store, the app's shell) cheaper
 * to start, both measured on a 2-CPU machine, interleaved loads of builds that differ only by them.
 *
 * **Compile hint.** V8 compiles a function the first time it is called, on the page's main thread,
 * unless the file says its functions are called on load: the magic comment `//# allFunctionsCalledOnLoad`
 * (Chrome 136 and later; other engines read a comment) has them compiled eagerly, on a background
 * thread, while the scripts are still being parsed. Traced, the main thread's compile work until
 * `map-ready` fell from 46.7 to 35.1 ms a load. In four runs of 30 interleaved loads each, map-ready's
 * median fell 14.0, 11.0, 7.6 and 27.0 ms (209.6 → 195.6, 197.1 → 186.1, 222.5 → 214.9 and
 * 231.0 → 204.0 ms; the last two with the d3-geo subset below as well). Only the entry chunk carries
 * it: four in ten of its functions run before the map is interactive. React DOM (three in eight)
 * does not: with the hint its background compile grew 26 → 71 ms and map-ready did not move (182.9 vs
 * 183.4 ms); nor the shared chunk (187.0 vs 186.1 ms), nor the first view's panels (right-after-load
 * clicks p95 45.9 vs 43.8 ms).
 *
 * **d3-geo for react-simple-maps.** react-simple-maps imports all of d3-geo as a namespace (to look
 * a projection up by name), which keeps every d3-geo module in the entry, and with the hint every one
 * of them would be compiled. The map hands it projection functions, never names: its `d3-geo` is
 * pointed at a module exporting only what it uses (src/features/map/d3-geo-for-maps.ts): the entry
 * 155.9 → 142.8 KB, gzip 55.3 → 51.0 KB.
 */
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";

/** V8's compile hint: must be the file's very first line. */
export const COMPILE_HINT = "//# allFunctionsCalledOnLoad";

/** The chunks that carry the hint: the page's entry only (see above). */
export function compileHintFor(chunk: { name: string; isEntry: boolean }): string {
  return chunk.isEntry && chunk.name === "index" ? COMPILE_HINT : "";
}

export const D3_GEO_FOR_MAPS = fileURLToPath(new URL("../src/features/map/d3-geo-for-maps.ts", import.meta.url));
const REACT_SIMPLE_MAPS = /[\\/]node_modules[\\/]react-simple-maps[\\/]/;

/** Resolves react-simple-maps' own `import … from "d3-geo"` to the map's subset; nothing else changes. */
export function d3GeoForMapsPlugin(): Plugin {
  return {
    name: "alliance-atlas:d3-geo-for-maps",
    enforce: "pre",
    resolveId: (source, importer) => (source === "d3-geo" && importer !== undefined && REACT_SIMPLE_MAPS.test(importer) ? D3_GEO_FOR_MAPS : null),
  };
}

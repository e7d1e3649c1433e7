/**
 * Builds the benchmark's time-scrubber harness (tests/perf/scrubber) with the app's own Vite config:
 * `vite build --config tests/perf/vite.scrubber.config.ts --outDir …`.
 */
import { fileURLToPath } from "node:url";
import { mergeConfig } from "vite";
import appConfig from "../../vite.config";

export default mergeConfig(appConfig, {
  root: fileURLToPath(new URL("./scrubber", import.meta.url)),
  publicDir: false,
});

/**
 * Builds the benchmark's floor, the bare React page of tests/perf/bare: the same Vite, the same
 * plugin-react and the app's own `build` options (target, minifier), but none of the app's other
 * plugins (map geometry, CSP, service worker): `vite build --config tests/perf/vite.bare.config.ts …`.
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import appConfig from "../../vite.config";

export default defineConfig({
  root: fileURLToPath(new URL("./bare", import.meta.url)),
  publicDir: false,
  plugins: [react()],
  build: { ...appConfig.build },
});

import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { atlasPlugin } from "./scripts/atlas-plugin";
import { jsonDataPlugin } from "./scripts/json-data-plugin";
import { dataDigestPlugin } from "./scripts/data-digest-plugin";
import { i18nPlugin } from "./scripts/i18n-plugin";

/**
 * Test files that need modules of their own: they check a module's state before something loads
 * (the data digest before the panels' files, the Korean catalog before it is asked for), stub
 * globals, or mock and reset modules. Each runs in a fresh module graph.
 */
const ISOLATED = [
  "tests/unit/data-digest.test.ts",
  "tests/unit/i18n-runtime.test.ts",
  "tests/unit/data-check-worker.test.ts",
  "tests/unit/url-sync-offline.test.ts",
  "tests/unit/i18n-loading-order.test.ts",
];

export default defineConfig({
  plugins: [react(), atlasPlugin(), jsonDataPlugin(), dataDigestPlugin(), i18nPlugin()],
  test: {
    environment: "node",
    setupFiles: ["tests/setup.ts"],
    // A bound on a test that hangs, not a timing assumption: whole-app renders in jsdom take a few
    // seconds on this 2-core machine when a second suite runs beside this one.
    testTimeout: 20_000,
    // Vitest's default in a run is one worker fewer than the CPUs: a single worker on this 2-core
    // machine, which left one core idle for the whole suite. Use every core.
    maxWorkers: availableParallelism(),
    // Three projects. Files in "unit" and "component" share their worker's modules: a file leaves no
    // state another could see (the setup unmounts what a test rendered and, after each file, resets
    // the store, the address and storage), and not loading React, the app and the data again for
    // every file halves the suite's time. `npm run test:unit -- --sequence.shuffle` runs the files, and
    // the tests in each, in a random order to check that. The files in ISOLATED get fresh modules each.
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          exclude: ISOLATED,
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: "component",
          include: ["tests/component/**/*.test.tsx"],
          environment: "jsdom",
          isolate: false,
        },
      },
      { extends: true, test: { name: "isolated", include: ISOLATED } },
    ],
  },
});

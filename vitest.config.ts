import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { atlasPlugin } from "./scripts/atlas-plugin";
import { jsonDataPlugin } from "./scripts/json-data-plugin";
import { dataDigestPlugin } from "./scripts/data-digest-plugin";
import { i18nPlugin } from "./scripts/i18n-plugin";

export default defineConfig({
  plugins: [react(), atlasPlugin(), jsonDataPlugin(), dataDigestPlugin(), i18nPlugin()],
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/component/**/*.test.tsx"],
    environment: "node",
    setupFiles: ["tests/setup.ts"],
    // Whole-app renders in jsdom with role queries take a few seconds on this 2-core machine.
    testTimeout: 20_000,
    // Vitest's default in a run is one worker fewer than the CPUs: a single worker on this 2-core
    // machine, which left one core idle for the whole suite. Files are independent (each worker has
    // its own module graph and store), so use every core.
    maxWorkers: availableParallelism(),
    // Component tests opt into jsdom with a file comment: // @vitest-environment jsdom
  },
});

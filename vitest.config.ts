import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { atlasPlugin } from "./scripts/atlas-plugin";
import { jsonDataPlugin } from "./scripts/json-data-plugin";
import { dataDigestPlugin } from "./scripts/data-digest-plugin";

export default defineConfig({
  plugins: [react(), atlasPlugin(), jsonDataPlugin(), dataDigestPlugin()],
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/component/**/*.test.tsx"],
    environment: "node",
    setupFiles: ["tests/setup.ts"],
    // Whole-app renders in jsdom with role queries take a few seconds on this 2-core machine.
    testTimeout: 20_000,
    // Component tests opt into jsdom with a file comment: // @vitest-environment jsdom
  },
});

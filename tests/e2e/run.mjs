// `npm run test:e2e`: build the app, serve dist/ on a free loopback port, run the end-to-end
// tests (vitest, real Chromium through playwright-core), then stop the server.
import { spawnSync, spawn } from "node:child_process";
import { ensureChromium } from "./chromium.mjs";
import { startServer } from "./server.mjs";

const chromium = ensureChromium();
// E2E_DIST builds and serves another folder, so two runs on one machine do not share dist/.
const outDir = process.env.E2E_DIST || "dist";
if (!process.env.E2E_SKIP_BUILD) {
  const b = spawnSync("npx", ["vite", "build", "--logLevel", "warn", "--outDir", outDir], { stdio: "inherit" });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
const server = await startServer(outDir);
console.log(`e2e: serving ${outDir}/ at ${server.url}`);
const child = spawn("npx", ["vitest", "run", "--config", "vitest.e2e.config.ts", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, ATLAS_E2E_URL: server.url, CHROMIUM_PATH: chromium },
});
const code = await new Promise((r) => child.on("exit", (c) => r(c ?? 1)));
await server.close();
process.exit(code);

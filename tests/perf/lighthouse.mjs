// Lighthouse for `npm run bench` (issue #19 §5): the `lighthouse` package's node API drives the system
// Chromium, which this module starts itself (the flags of tests/e2e/chromium.mjs plus a DevTools port
// on loopback and a throw-away profile), against a URL the bench serves on loopback. Nothing leaves the
// machine: the page and everything it loads are on 127.0.0.1, and Lighthouse sends no error reports
// unless asked to. Each run is time-bound: past its limit its Chromium (the process group this module
// started) is ended and the run counts as failed.
//
// Alone: node tests/perf/lighthouse.mjs <url> [mobile|desktop]… prints the scores of one run of each.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { CHROMIUM_ARGS, ensureChromium } from "../e2e/chromium.mjs";

/** The two presets of the issue: Lighthouse's default (mobile) and its desktop config. */
export const PRESETS = {
  mobile: { config: undefined, categories: ["performance", "accessibility", "best-practices", "seo"] },
  desktop: { config: desktopConfig, categories: ["performance", "accessibility", "best-practices", "seo"] },
};

/** Starts Chromium with a DevTools port chosen by the OS; resolves with the port and a stop(). */
async function startChromium(executablePath) {
  const profile = mkdtempSync(join(tmpdir(), "atlas-lh-"));
  const child = spawn(
    executablePath,
    [...CHROMIUM_ARGS, "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", `--user-data-dir=${profile}`, "about:blank"],
    // Its own process group, so stop() ends the browser and its helper processes, and only those.
    { detached: true, stdio: ["ignore", "ignore", "pipe"] },
  );
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        /* already gone */
      }
      const late = setTimeout(() => {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
          /* already gone */
        }
      }, 3000);
      await exited;
      clearTimeout(late);
    }
    rmSync(profile, { recursive: true, force: true });
  };
  const port = await new Promise((resolve, reject) => {
    let err = "";
    const timer = setTimeout(() => reject(new Error(`Chromium printed no DevTools port within 20 s: ${err.slice(-500)}`)), 20_000);
    child.stderr.on("data", (d) => {
      err += d;
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}) before its DevTools port was open: ${err.slice(-500)}`));
    });
  }).catch(async (e) => {
    await stop();
    throw e;
  });
  child.stderr.resume();
  return { port, stop };
}

const score = (lhr, id) => {
  const s = lhr.categories[id]?.score;
  return typeof s === "number" ? Math.round(s * 100) : null;
};

/** The audits of a category that lost it points (weight > 0, score < 1), with their titles. */
function failing(lhr, id) {
  const cat = lhr.categories[id];
  if (!cat) return [];
  return cat.auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a && typeof a.score === "number" && a.score < 1)
    .map((a) => ({ id: a.id, title: a.title, score: a.score, displayValue: a.displayValue ?? "" }));
}

/**
 * One Lighthouse run of `preset` ("mobile" | "desktop") on `url`, in a Chromium of its own, within
 * `timeoutMs`. Resolves with the category scores (0–100), TBT, LCP, FCP, CLS, Speed Index, the audits
 * that cost points, and Lighthouse's run warnings; rejects on error or timeout.
 */
export async function runLighthouse(url, preset, { executablePath = ensureChromium(), timeoutMs = 120_000 } = {}) {
  const { config, categories } = PRESETS[preset];
  const started = performance.now();
  const chromium = await startChromium(executablePath);
  let timer;
  try {
    const result = await Promise.race([
      lighthouse(url, { port: chromium.port, hostname: "127.0.0.1", output: "json", logLevel: "error", onlyCategories: categories }, config),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`Lighthouse ${preset} did not finish within ${timeoutMs / 1000} s`)), timeoutMs);
      }),
    ]);
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse ${preset} returned no result`);
    if (lhr.runtimeError) throw new Error(`Lighthouse ${preset}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    // For diagnosis: ATLAS_LH_REPORT=/tmp/lh writes the whole report to /tmp/lh-<preset>.json.
    if (process.env.ATLAS_LH_REPORT) writeFileSync(`${process.env.ATLAS_LH_REPORT}-${preset}.json`, JSON.stringify(lhr));
    const metric = (id) => lhr.audits[id]?.numericValue ?? null;
    return {
      preset,
      lighthouse: lhr.lighthouseVersion,
      userAgent: lhr.environment?.hostUserAgent ?? "",
      benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
      seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
      scores: Object.fromEntries(categories.map((c) => [c, score(lhr, c)])),
      metrics: {
        tbt: metric("total-blocking-time"),
        lcp: metric("largest-contentful-paint"),
        fcp: metric("first-contentful-paint"),
        cls: metric("cumulative-layout-shift"),
        si: metric("speed-index"),
      },
      failing: Object.fromEntries(categories.map((c) => [c, failing(lhr, c)])),
      warnings: lhr.runWarnings ?? [],
    };
  } finally {
    clearTimeout(timer);
    await chromium.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [url, ...presets] = process.argv.slice(2);
  if (!url) {
    console.error("usage: node tests/perf/lighthouse.mjs <url> [mobile|desktop]…");
    process.exit(2);
  }
  for (const preset of presets.length ? presets : ["mobile", "desktop"]) console.log(JSON.stringify(await runLighthouse(url, preset), null, 1));
}

/**
 * Tariff-model timing for `npm run bench`: 5,000 synthetic product lines × the 4 synthetic scenarios,
 * run through the real `runScenario` in Node. Warm-up first (so V8 has optimised the hot loops), then
 * ≥ 20 timed runs; each run is all four scenarios back to back. Prints one JSON line on stdout:
 * `{ "lines": 5000, "scenarios": 4, "ces": { "samples": [ms…] }, "smart": { … } }`.
 *
 * Usage: npx tsx tests/perf/model-bench.ts [runs] [warmup]
 */
import { performance } from "node:perf_hooks";
import { buildSyntheticScenarios, buildSyntheticSectors } from "../../src/domain/tariff/bench-input";
import { runScenario, type Method, type ModelOptions } from "../../src/domain/tariff/model";

const LINES = 5_000;
const SEED = 20250825;
/** Korea's 2024 nominal GDP in USD, as in the unit tests; only scales the %-of-GDP outputs. */
const KOREA_GDP_USD = 1.8689e12;

const runs = Math.max(20, Number(process.argv[2] ?? 30) || 30);
const warmup = Math.max(1, Number(process.argv[3] ?? 10) || 10);

const sectors = buildSyntheticSectors(LINES, SEED);
const scenarios = buildSyntheticScenarios(sectors);

/** Keeps every result reachable so the optimiser cannot drop the work. */
let sink = 0;

function runAll(method: Method): number {
  const opts: ModelOptions = { koreaGdpUsd: KOREA_GDP_USD, method };
  const t0 = performance.now();
  for (const scenario of scenarios) sink += runScenario(sectors, scenario, opts).sectors.length;
  return performance.now() - t0;
}

function measure(method: Method): number[] {
  for (let i = 0; i < warmup; i++) runAll(method);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(runAll(method));
  return samples;
}

const ces = measure("ces");
const smart = measure("smart");
if (sink === 0) throw new Error("the model produced no sector results");
console.log(JSON.stringify({ lines: LINES, scenarios: scenarios.length, warmup, ces: { samples: ces }, smart: { samples: smart } }));

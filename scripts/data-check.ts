/**
 * `npm run data:check`: validates every file in data/ with the app's own schemas and
 * cross-reference checks, then the Korean overlays in data/ko/ (docs/korean-data.md). Exits 1 with
 * one line per problem (file, record, field); prints the Korean coverage of each file and the long
 * fields that fall back to English.
 * `--dir <path>` checks another directory (used by tests with broken fixtures); its overlays are in `<path>/ko`.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { KOREAN_OVERLAY_FILES, reviewKoreanOverlay, type KoreanReview } from "../src/domain/korean-overlay";
import { DATA_FILES, type DataFileName } from "../src/domain/schemas";
import { validateDataset, type RawData } from "../src/domain/validate-dataset";

const argDir = process.argv.indexOf("--dir");
const dir = resolve(argDir >= 0 ? (process.argv[argDir + 1] ?? "data") : "data");
const raw = {} as RawData;
const readErrors: string[] = [];
for (const name of Object.keys(DATA_FILES) as DataFileName[]) {
  const path = join(dir, `${name}.json`);
  try {
    raw[name] = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    readErrors.push(`${name}.json: cannot be read as JSON: ${(e as Error).message}`);
  }
}
if (readErrors.length > 0) {
  for (const m of readErrors) console.error(m);
  process.exit(1);
}
const result = validateDataset(raw);
if (!result.ok) {
  for (const m of result.error) console.error(m);
  console.error(`data:check: ${result.error.length} problem(s) in ${dir}`);
  process.exit(1);
}
const d = result.value;

// Korean overlays: a missing or unreadable file is one error; errors fail the check, fallbacks are listed.
const koErrors: string[] = [];
const koLines: string[] = [];
for (const name of KOREAN_OVERLAY_FILES) {
  const file = `ko/${name}.json`;
  let overlay: unknown;
  try {
    overlay = JSON.parse(readFileSync(join(dir, file), "utf8"));
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === "ENOENT";
    koErrors.push(`${file}: ${missing ? `missing (no Korean overlay for ${name}.json)` : `cannot be read as JSON: ${(e as Error).message}`}`);
    koLines.push(`data:check: ko ${name}.json — ${missing ? "missing" : "unreadable"}`);
    continue;
  }
  const review: KoreanReview = reviewKoreanOverlay(raw[name], overlay, `${name}.json`);
  const { records, translated, fallbacks } = review.coverage;
  koLines.push(`data:check: ko ${name}.json — ${translated}/${records} records fully in Korean, ${fallbacks} long field(s) in English`);
  for (const p of review.problems) {
    if (p.level === "error") koErrors.push(`${file}: ${p.path}: ${p.message}`);
    else koLines.push(`  ${file}: ${p.path}: ${p.message}`);
  }
}
if (koErrors.length > 0) {
  for (const m of koErrors) console.error(m);
  for (const m of koLines) console.log(m);
  console.error(`data:check: ${koErrors.length} problem(s) in the Korean overlays in ${join(dir, "ko")}`);
  process.exit(1);
}

console.log(
  `data:check: ok — ${d.sources.records.length} sources, ${d.actors.records.length} actors, ` +
    `${d.relations.records.length} relations, ${d.events.records.length} events, ` +
    `${d.trade.series.length + d.indicators.series.length} series, ${d.article.records.length} article claims`,
);
for (const m of koLines) console.log(m);

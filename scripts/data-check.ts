/**
 * `npm run data:check`: validates every file in data/ with the app's own schemas and
 * cross-reference checks. Exits 1 with one line per problem (file, record, field).
 * `--dir <path>` checks another directory (used by tests with broken fixtures).
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
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
console.log(
  `data:check: ok — ${d.sources.records.length} sources, ${d.actors.records.length} actors, ` +
    `${d.relations.records.length} relations, ${d.events.records.length} events, ` +
    `${d.trade.series.length + d.indicators.series.length} series, ${d.article.records.length} article claims`,
);

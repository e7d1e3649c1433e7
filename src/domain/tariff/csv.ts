/**
 * The comparison table as CSV (RFC 4180 quoting), with the rates behind each scenario, the model
 * settings, a source line and the date. Pure: the date comes in as an argument.
 */
import { SECTOR_IDS } from "../types";
import { rangeOf, type ScenarioOutcome } from "./comparison";
import { MEASURE_IDS, MEASURES } from "./measures";

export interface ComparisonCsvInput {
  outcomes: readonly ScenarioOutcome[];
  /** "CES; elasticities: WITS-SMART defaults; border pass-through φ = 1; retail ψ = 1". */
  settings: string;
  /** Where the numbers come from. */
  source: string;
  /** YYYY-MM-DD the file was made. */
  generatedOn: string;
  /** YYYY-MM-DD the data was retrieved. */
  dataRetrieved: string;
}

/** One CSV field: quoted when needed; text that a spreadsheet would run as a formula is defused. */
export function csvField(value: string | number): string {
  let s = typeof value === "number" ? String(value) : value;
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function row(fields: readonly (string | number)[]): string {
  return fields.map(csvField).join(",");
}

function fixed(x: number, digits: number): string {
  const s = x.toFixed(digits);
  return /^-0(\.0+)?$/.test(s) ? s.slice(1) : s;
}

/** The CSV text: one row per measure with each scenario's value and its low and high across presets. */
export function buildComparisonCsv(input: ComparisonCsvInput): string {
  const { outcomes } = input;
  const lines: string[] = [];
  lines.push(row(["Alliance Atlas: US tariff scenarios on imports from Korea, compared with the 2024 baseline at KORUS 0%"]));
  lines.push(row(["Measure", "Unit", ...outcomes.flatMap((o) => [o.label, `${o.label} (low)`, `${o.label} (high)`])]));
  for (const id of MEASURE_IDS) {
    const m = MEASURES[id];
    const cells = outcomes.flatMap((o) => {
      const r = rangeOf(o, m.total);
      return [fixed(r.value, m.digits), fixed(r.low, m.digits), fixed(r.high, m.digits)];
    });
    lines.push(row([m.label, m.unit, ...cells]));
  }
  lines.push("");
  lines.push(row(["Tariff on Korean goods by sector", "Unit", ...outcomes.flatMap((o) => [o.label, "", ""])]));
  for (const s of SECTOR_IDS) {
    lines.push(row([s.replaceAll("_", " "), "%", ...outcomes.flatMap((o) => [String(o.ratesPct[s]), "", ""])]));
  }
  lines.push("");
  lines.push(row(["Competitors' tariff by sector (over 2024)", "Unit", ...outcomes.flatMap((o) => [o.label, "", ""])]));
  for (const s of SECTOR_IDS) {
    lines.push(row([s.replaceAll("_", " "), "%", ...outcomes.flatMap((o) => [String(o.competitorRatesPct?.[s] ?? 0), "", ""])]));
  }
  lines.push("");
  lines.push(row(["Model", input.settings]));
  lines.push(row(["Low and high", "Range across the elasticity presets"]));
  lines.push(row(["Source", input.source]));
  lines.push(row(["Date", `Generated ${input.generatedOn}; data retrieved ${input.dataRetrieved}`]));
  return lines.join("\r\n") + "\r\n";
}

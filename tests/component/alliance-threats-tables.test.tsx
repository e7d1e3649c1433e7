// @vitest-environment jsdom
/**
 * Every chart's table view against data/indicators.json, cell by cell: for each figure in the
 * Alliance and Threats regions, toggle "Table view" and compare dates, values (with ranges),
 * computed year-on-year changes, confidence and sources with the raw JSON.
 */
import { describe, expect, it } from "vitest";
import { screen, within } from "@testing-library/react";
import rawIndicators from "../../data/indicators.json";
import rawSources from "../../data/sources.json";
import { formatDate } from "../../src/domain/format";
import { renderApp } from "./test-utils";

interface RawPoint {
  date: string;
  value: number;
  low?: number;
  high?: number;
  label?: string;
  sourceIds: string[];
  confidence: string;
}
interface RawSeries {
  id: string;
  label: string;
  unit: string;
  group: string;
  points: RawPoint[];
}
interface RawFact {
  id: string;
  label: string;
  date?: string;
  figure?: { value: number; unit: string; asOf?: string; sourceIds: string[]; confidence: string };
}

const SERIES = rawIndicators.series as RawSeries[];
const FACTS = rawIndicators.facts as RawFact[];
const SOURCES = new Map(rawSources.records.map((s) => [s.id, s as { id: string; publisher: string; url?: string }]));
const CONFIDENCE: Record<string, string> = { verified: "verified", secondary: "secondary source", unverified: "unverified" };

/** Every number written in a cell ("1,784.665", "12 (12–13)", "up to 90"), as numbers. */
const numbersIn = (text: string) => [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => Number(m[0].replaceAll(",", "")));
const uniqueSorted = (xs: number[]) => [...new Set(xs)].sort((a, b) => a - b);

function columns(table: HTMLElement) {
  const heads = within(table).getAllByRole("columnheader").map((h) => h.textContent ?? "");
  const at = (re: RegExp) => heads.findIndex((h) => re.test(h));
  return { value: at(/^Value/), change: at(/previous year/), confidence: at(/^Confidence/), sources: at(/^Sources/) };
}

function rowsOf(table: HTMLElement) {
  return within(table)
    .getAllByRole("row")
    .slice(1)
    .map((row) => ({ head: within(row).getByRole("rowheader"), cells: [...row.children] as HTMLElement[] }));
}

function expectSources(cell: HTMLElement, ids: readonly string[]) {
  for (const id of ids) {
    const s = SOURCES.get(id);
    expect(s, `source ${id} exists`).toBeDefined();
    expect(cell.textContent).toContain(s!.publisher);
    if (s!.url) expect(within(cell).getAllByRole("link").some((a) => a.getAttribute("href") === s!.url), `link to ${s!.url}`).toBe(true);
  }
}

function expectPointRow(row: ReturnType<typeof rowsOf>[number], cols: ReturnType<typeof columns>, p: RawPoint) {
  expect(row.head.textContent).toContain(formatDate(p.date));
  if (p.label) expect(row.head.textContent).toContain(p.label);
  const value = row.cells[cols.value]!.querySelector(".cell-value")!.textContent ?? "";
  expect(uniqueSorted(numbersIn(value))).toEqual(uniqueSorted([p.value, ...(p.low !== undefined ? [p.low] : []), ...(p.high !== undefined ? [p.high] : [])]));
  expect(row.cells[cols.confidence]!.textContent).toBe(CONFIDENCE[p.confidence]);
  expectSources(row.cells[cols.sources]!, p.sourceIds);
}

/** y/y as a reader would work it out from the JSON: previous calendar year only, one decimal, signed. */
function expectedChange(series: RawSeries, p: RawPoint): string {
  const prev = series.points.find((q) => /^\d{4}$/.test(p.date) && q.date === String(Number(p.date) - 1));
  if (!prev) return "—";
  const pct = Number((((p.value - prev.value) / prev.value) * 100).toFixed(1));
  return pct === 0 ? "0%" : `${pct > 0 ? "+" : "−"}${Math.abs(pct)}%`;
}

function checkFigureTables(figure: HTMLElement, covered: Set<string>) {
  const tables = within(figure).getAllByRole("table");
  expect(tables.length).toBeGreaterThan(0);
  for (const table of tables) {
    const caption = table.querySelector("caption")?.textContent ?? "";
    const cols = columns(table);
    const rows = rowsOf(table);
    const series = SERIES.find((s) => caption.startsWith(`${s.label} — `));
    if (series) {
      covered.add(series.id);
      expect(caption).toContain(`(${series.unit})`);
      expect(rows, `${series.id}: one row per point`).toHaveLength(series.points.length);
      series.points.forEach((p, i) => {
        expectPointRow(rows[i]!, cols, p);
        if (cols.change >= 0) expect(rows[i]!.cells[cols.change]!.textContent).toBe(expectedChange(series, p));
      });
    } else if (/^(Targets on the table|Other definitions)/.test(caption)) {
      for (const row of rows) {
        const fact = FACTS.find((f) => f.figure && row.head.textContent?.startsWith(`${formatDate(f.figure.asOf ?? f.date ?? "")} (`) && numbersIn(row.cells[cols.value]!.textContent ?? "")[0] === f.figure.value);
        expect(fact, `a fact with the figure in "${row.head.textContent}"`).toBeDefined();
        expect(row.cells[cols.confidence]!.textContent).toBe(CONFIDENCE[fact!.figure!.confidence]);
        expectSources(row.cells[cols.sources]!, fact!.figure!.sourceIds);
      }
    } else {
      // The SMA ceiling: the latest contribution grown by the 5% cap each year, computed here from the JSON.
      expect(caption).toMatch(/computed/);
      const sma = SERIES.find((s) => s.id === "sma_cost_sharing")!;
      const base = sma.points.at(-1)!;
      const cap = FACTS.find((f) => f.id === "sma_2027_2030_rule")!.figure!.value;
      rows.forEach((row, k) => {
        expect(row.head.textContent).toBe(String(Number(base.date) + k + 1));
        const got = numbersIn(row.cells[cols.value]!.textContent ?? "")[0]!;
        expect(got).toBeCloseTo(base.value * (1 + cap / 100) ** (k + 1), 4);
      });
    }
  }
}

describe("table views match data/indicators.json", () => {
  it("every chart in Alliance and Threats, every cell; every alliance and threat series is covered", async () => {
    const { user } = renderApp("/");
    const covered = new Set<string>();
    let charts = 0;
    const nav = screen.getByRole("navigation", { name: "Panels" });
    for (const name of ["Alliance", "Threats"]) {
      await user.click(within(nav).getByRole("button", { name }));
      // Each part (sub-tab) of the view in turn.
      const parts = within(screen.getByRole("region", { name })).getAllByRole("tab").length;
      for (let i = 0; i < parts; i++) {
        const region = screen.getByRole("region", { name });
        await user.click(within(region).getAllByRole("tab")[i]!);
        for (const figure of within(region).queryAllByRole("figure")) {
          const toggle = within(figure).getByRole("button", { name: "Table view" });
          expect(within(figure).queryByRole("table")).toBeNull();
          await user.click(toggle);
          expect(toggle.getAttribute("aria-pressed")).toBe("true");
          checkFigureTables(figure, covered);
          charts++;
        }
      }
    }
    expect(charts).toBeGreaterThanOrEqual(9);
    // USFK strength is a single number (a stat card) and the Freedom Shield field-exercise count is a
    // table in the exercise calendar's card: neither is a chart; both are checked in alliance.test.tsx.
    const inCards = new Set(["usfk_troops", "freedom_shield_field_exercises"]);
    const expected = SERIES.filter((s) => (s.group === "alliance" || s.group === "threat") && !inCards.has(s.id)).map((s) => s.id);
    expect(expected.filter((id) => !covered.has(id))).toEqual([]);
  }, 60_000);
});

// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { act, fireEvent, screen, within } from "@testing-library/react";
import { renderApp, renderView } from "./test-utils";
import { readDataFile } from "../../src/data/dataset";
import { useAppStore } from "../../src/store/app-store";
import { computeComparison, figureToUsd } from "../../src/domain/tariff/comparison";
import { buildPreset } from "../../src/domain/tariff/presets";
import { formatMeasure, MEASURES, type MeasureId } from "../../src/domain/tariff/measures";
import { SAVED_SCENARIOS_BACKUP_PREFIX, SAVED_SCENARIOS_KEY } from "../../src/store/saved-scenarios-storage";
import type { PresetId, SectorRates } from "../../src/domain/tariff/presets";

const trade = () => screen.getByRole("region", { name: "Trade" });
const table = () => within(trade()).getByRole("table", { name: /^Tariff scenarios compared/ });
const columns = () =>
  within(table())
    .getAllByRole("columnheader")
    .slice(1)
    .map((th) => th.firstChild?.textContent ?? "");
/** The text of the cell in the row headed `row` and the column headed `column` (prefix match). */
function cell(row: string, column: string): string {
  const header = within(table()).getAllByRole("columnheader").findIndex((th) => th.textContent?.startsWith(column));
  const rowHeader = within(table()).getByRole("rowheader", { name: row });
  const cells = rowHeader.closest("tr")?.querySelectorAll("td");
  return cells?.[header - 1]?.textContent ?? "";
}
const savedList = () => within(trade()).getByRole("heading", { name: "My saved scenarios" }).closest("section") as HTMLElement;
const rateInput = (sector: RegExp) => within(trade()).getByRole("spinbutton", { name: sector });

/** The export loss the table should show for some rates (competitors' too), computed by the domain (not copied from the UI). */
function expectedLoss(ratesPct: SectorRates, measure: MeasureId = "exportLoss", competitorRatesPct?: SectorRates): string {
  const t = readDataFile("trade")!;
  const gdp = figureToUsd(readDataFile("actors")!.records.find((a) => a.code === "KOR")!.gdp!);
  const r = computeComparison(t.sectors, t.elasticityPresets, [{ key: "x", label: "x", ratesPct, ...(competitorRatesPct ? { competitorRatesPct } : {}) }], {
    method: "ces",
    elasticityPresetId: t.elasticityPresets[0]!.id,
    passThrough: { border: t.passThrough.border.value, retail: t.passThrough.retail.value },
    koreaGdpUsd: gdp,
  });
  if (!r.ok) throw new Error(r.error);
  return formatMeasure(measure, MEASURES[measure].total(r.outcomes[0]!.point));
}
const presetRates = (id: "threat" | "deal") => buildPreset(id, readDataFile("trade")!.tariffs, null)!.ratesPct;
/** A preset's competitors' rates (steel: Section 232 on every supplier). */
const presetRow = (id: PresetId) => buildPreset(id, readDataFile("trade")!.tariffs, null)!.competitorRatesPct;
/** The loss a preset's column shows: its rates and its competitors' rates. */
const presetLoss = (id: PresetId, measure: MeasureId = "exportLoss") =>
  expectedLoss(buildPreset(id, readDataFile("trade")!.tariffs, null)!.ratesPct, measure, presetRow(id));

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe("Trade: scenario comparison", () => {
  it("shows the KORUS 0%, threatened 25% and agreed 15% side by side with the model's numbers", () => {
    renderView("/?panel=trade&part=scenarios");
    expect(columns()).toEqual(["KORUS baseline (0%)", "Threatened 25% (1 Aug 2025 letter)", "Agreed 15% (deal of 30 Jul 2025)"]);
    expect(cell("Korea's export loss (USD bn)", "Threatened")).toContain(presetLoss("threat"));
    expect(cell("Korea's export loss (USD bn)", "Agreed")).toContain(presetLoss("deal"));
    expect(cell("Korea's export loss (USD bn)", "KORUS")).toMatch(/^0\.00/);
    expect(cell("Korea's export loss (USD bn)", "Threatened")).toMatch(/range \d+\.\d\d to \d+\.\d\d/);
    expect(within(trade()).getByRole("figure", { name: /by sector$/ })).toBeTruthy();
  });

  it("choosing scenarios keeps between 2 and 4 columns", async () => {
    const { user } = renderView("/?panel=trade&part=scenarios");
    await user.click(within(trade()).getByRole("checkbox", { name: "KORUS baseline (0%)" }));
    expect(columns()).toHaveLength(2);
    expect((within(trade()).getByRole("checkbox", { name: /^Threatened 25% \(1 Aug 2025/ }) as HTMLInputElement).disabled).toBe(true);
    await user.click(within(trade()).getByRole("checkbox", { name: "Deal as implemented (Nov 2025)" }));
    await user.click(within(trade()).getByRole("checkbox", { name: /^Tariffs in force on/ }));
    expect(columns()).toHaveLength(4);
    expect((within(trade()).getByRole("checkbox", { name: "KORUS baseline (0%)" }) as HTMLInputElement).disabled).toBe(true);
    expect(new URLSearchParams(window.location.search).get("compare")).toBe("threat,deal,implemented,in_force");
  });
});

describe("Trade: custom scenario editor", () => {
  it("typing −5 shows an inline error, keeps the last valid value and never shows NaN", async () => {
    const { user } = renderView("/?panel=trade&part=scenarios");
    await user.click(within(trade()).getByRole("button", { name: "New custom scenario" }));
    expect(columns()).toContain("Custom scenario");
    const autos = rateInput(/^Autos \(passenger vehicles\), tariff in %/);
    expect((autos as HTMLInputElement).value).toBe("15");
    await user.clear(autos);
    await user.type(autos, "-5");
    expect(autos.getAttribute("aria-invalid")).toBe("true");
    expect(within(trade()).getByText(/A tariff cannot be negative.*keeps using 15%/)).toBeTruthy();
    expect(trade().textContent).not.toMatch(/NaN/);
    expect(cell("Korea's export loss (USD bn)", "Custom scenario")).toContain(presetLoss("deal"));

    await user.clear(autos);
    await user.type(autos, "30");
    expect(autos.getAttribute("aria-invalid")).toBeNull();
    expect(cell("Korea's export loss (USD bn)", "Custom scenario")).toContain(expectedLoss({ ...presetRates("deal"), autos: 30 }, "exportLoss", presetRow("deal")));
    // The new scenario starts from the deal's rates, competitors' included (steel: 50% on every supplier).
    expect(new URLSearchParams(window.location.search).get("compare")).toBe(
      "korus,threat,deal,custom:30_15_15_15_50_15_15_15~0_0_0_0_50_0_0_0:Custom scenario",
    );
  });

  // Typing goes key by key: the model keeps the last value that was valid on the way ("10" before "101").
  it.each([
    ["101", /Enter at most 100%.*keeps using 10%/, 10],
    ["12.345", /at most two decimals.*keeps using 12.34%/, 12.34],
    ["7{Backspace}", /Enter a tariff from 0 to 100%.*keeps using 7%/, 7],
  ])("rejects %s with a message and aria-invalid", async (typed, message, kept) => {
    const { user } = renderView("/?panel=trade&part=scenarios");
    await user.click(within(trade()).getByRole("button", { name: "New custom scenario" }));
    const steel = rateInput(/^Steel .*tariff in %/);
    await user.clear(steel);
    await user.type(steel, typed);
    expect(steel.getAttribute("aria-invalid")).toBe("true");
    expect(steel.getAttribute("aria-describedby")).toBeTruthy();
    expect(within(trade()).getByText(message)).toBeTruthy();
    expect(trade().textContent).not.toMatch(/NaN|Infinity/);
    const imports = expectedLoss({ ...presetRates("deal"), steel: kept }, "importsKorea", presetRow("deal"));
    expect(cell("US imports from Korea (USD bn)", "Custom scenario")).toContain(imports);
  });

  it("saves, duplicates and deletes named scenarios in a versioned localStorage record", async () => {
    const { user } = renderView("/?panel=trade&part=scenarios");
    await user.click(within(trade()).getByRole("button", { name: "New custom scenario" }));
    const name = within(trade()).getByRole("textbox", { name: "Scenario name" });
    await user.clear(name);
    expect(name.getAttribute("aria-invalid")).toBe("true");
    await user.type(name, "Steel relief");
    await user.click(within(trade()).getByRole("button", { name: "Save to my scenarios" }));
    const saved = savedList();
    expect(within(saved).getByText("Steel relief")).toBeTruthy();
    const stored = JSON.parse(localStorage.getItem(SAVED_SCENARIOS_KEY)!);
    expect(stored.version).toBe(2);
    expect(stored.scenarios[0]).toMatchObject({ name: "Steel relief", ratesPct: { steel: 50, autos: 15 } });
    await user.click(within(saved).getByRole("button", { name: "Duplicate Steel relief" }));
    expect(within(saved).getByText("Steel relief (copy)")).toBeTruthy();
    await user.click(within(saved).getByRole("button", { name: "Delete Steel relief" }));
    expect(within(saved).queryByText("Steel relief")).toBeNull();
    expect(JSON.parse(localStorage.getItem(SAVED_SCENARIOS_KEY)!).scenarios.map((s: { name: string }) => s.name)).toEqual([
      "Steel relief (copy)",
    ]);
  });

  it("recovers damaged saved data with a notice, sets it aside and keeps other saved data", () => {
    localStorage.setItem(SAVED_SCENARIOS_KEY, '{"version":2,"scenarios":[{"id":"a","name":"Cut sh');
    localStorage.setItem("alliance-atlas:other", "keep");
    renderApp("/?panel=trade&part=scenarios");
    expect(screen.getByText(/Your saved scenarios were recovered/)).toBeTruthy();
    expect(table()).toBeTruthy();
    expect(localStorage.getItem("alliance-atlas:other")).toBe("keep");
    const aside = Object.keys(localStorage).filter((k) => k.startsWith(SAVED_SCENARIOS_BACKUP_PREFIX));
    expect(aside).toHaveLength(1);
    expect(localStorage.getItem(aside[0]!)).toContain("Cut sh");
  });

  it("converts saved scenarios from the old version and lists them", () => {
    const tariffs = { autos: 0.2, auto_parts: 0.2, semiconductors: 0, machinery: 0.1, steel: 0.5, batteries: 0.1, petroleum_products: 0.1, other: 0.1 };
    localStorage.setItem(SAVED_SCENARIOS_KEY, JSON.stringify({ version: 1, items: [{ name: "Old plan", tariffs }] }));
    renderApp("/?panel=trade&part=scenarios");
    expect(screen.getByText(/from an older version of the app were converted/)).toBeTruthy();
    expect(within(savedList()).getByText("Old plan")).toBeTruthy();
  });
});

describe("Trade: uncertainty and explanations", () => {
  it("SMART's warnings are shown in words with a switch back to CES", async () => {
    const { user } = renderView("/?panel=trade&part=scenarios");
    await user.click(within(trade()).getByRole("radio", { name: /SMART/ }));
    const note = within(trade()).getByRole("note", { name: "Warnings from the SMART method" });
    expect(note.textContent).toMatch(/set to zero|capped/);
    expect(new URLSearchParams(window.location.search).get("method")).toBe("smart");
    await user.click(within(note).getByRole("button", { name: "Switch to the CES method" }));
    expect(within(trade()).queryByRole("note", { name: "Warnings from the SMART method" })).toBeNull();
    expect((within(trade()).getByRole("radio", { name: /CES/ }) as HTMLInputElement).checked).toBe(true);
  });

  it("explains a cell with the formula, its numbers and the assumptions", async () => {
    const { user } = renderView("/?panel=trade&part=scenarios");
    await user.click(within(trade()).getByRole("button", { name: "How is this computed? Korea's export loss (USD bn), Threatened 25% (1 Aug 2025 letter)" }));
    const heading = within(trade()).getByRole("heading", { name: /^How is this computed\? Korea's export loss/ });
    expect(document.activeElement).toBe(heading);
    const panel = heading.closest("section")!;
    expect(panel.textContent).toContain(`= ${presetLoss("threat")} USD bn`);
    expect(panel.textContent).toMatch(/Sum over the 8 sectors = [\d.]+ \(Autos\)/);
    expect(panel.textContent).toContain("M_K0 − M_K1 = 3.738600e+10");
    expect(within(panel).getByText(/The elasticities drive everything/)).toBeTruthy();
    expect(panel.textContent).toContain("What it is not:");
    await user.click(within(panel).getByRole("button", { name: "Close the explanation" }));
    expect(within(trade()).queryByRole("heading", { name: /^How is this computed\?/ })).toBeNull();
  });

  it("marks sectors without a rest-of-world baseline as having diversion off", () => {
    renderView("/?panel=trade&part=sectors");
    const baselines = within(trade()).getByRole("table", { name: /^Sector baselines used by the tariff model/ });
    const semis = within(baselines).getByRole("rowheader", { name: "Semiconductors" }).closest("tr")!;
    expect(semis.textContent).toContain("diversion is off");
    const parts = within(baselines).getByRole("rowheader", { name: "Auto parts" }).closest("tr")!;
    expect(within(parts).getAllByText("unverified").length).toBeGreaterThan(0);
  });
});

describe("Trade: links", () => {
  it("a shared URL reproduces the comparison, custom rates and settings included", () => {
    renderView("/?panel=trade&compare=korus,deal,custom:30_25_15_15_25_15_15_15:My%20plan&psi=0.5");
    expect(columns()).toEqual(["KORUS baseline (0%)", "Agreed 15% (deal of 30 Jul 2025)", "My plan"]);
    const rates = { autos: 30, auto_parts: 25, semiconductors: 15, machinery: 15, steel: 25, batteries: 15, petroleum_products: 15, other: 15 };
    expect(cell("Korea's export loss (USD bn)", "My plan")).toContain(expectedLoss(rates));
    expect(cell("Consumer price of Korean goods (%)", "My plan")).toMatch(/^\d+\.\d/);
    expect((within(trade()).getByRole("spinbutton", { name: /Retail pass-through/ }) as HTMLInputElement).value).toBe("0.5");
  });

  it("a broken comparison link falls back with a notice, never a crash", async () => {
    renderApp("/?panel=trade&part=scenarios&compare=custom:abc,zzz&phi=lots");
    expect(await screen.findByText(/Some parts of this link could not be used/)).toBeTruthy();
    expect(columns()).toHaveLength(3);
    expect(trade().textContent).not.toMatch(/NaN/);
  });

  it("selecting the US–South Korea trade edge on the map offers Trade at the headline comparison", async () => {
    const { user } = renderView("/?compare=korus,implemented");
    const map = screen.getByRole("region", { name: "Map" });
    const edge = within(map)
      .getAllByRole("button")
      .find((b) => b.getAttribute("data-relation") === "usa-kor-trade")!;
    await user.click(edge);
    expect(new URLSearchParams(window.location.search).get("panel")).toBeNull(); // the map stays
    const links = await screen.findByRole("navigation", { name: "The selection in other views" });
    await user.click(within(links).getByRole("button", { name: "Trade: its tariff scenarios" }));
    const params = new URLSearchParams(window.location.search);
    expect(params.get("panel")).toBe("trade");
    expect(params.get("part")).toBe("scenarios");
    expect(params.get("relation")).toBe("usa-kor-trade");
    expect(columns()).toEqual(["KORUS baseline (0%)", "Threatened 25% (1 Aug 2025 letter)", "Agreed 15% (deal of 30 Jul 2025)"]);
  });

  it("selecting a tariff event offers the rates in force from that day", async () => {
    const { user } = renderView("/");
    act(() => useAppStore.getState().selectEvent("2025-06-04-steel-aluminium-50pct"));
    const links = await screen.findByRole("navigation", { name: "The selection in other views" });
    await user.click(within(links).getByRole("button", { name: "Trade: its tariff scenarios" }));
    expect(columns()).toEqual(["KORUS baseline (0%)", "Tariffs in force on 4 Jun 2025"]);
    expect(useAppStore.getState().panel).toBe("trade");
  });

  it("a link that already selects the edge keeps its own comparison", () => {
    renderView("/?relation=usa-kor-trade&compare=korus,implemented&panel=trade");
    expect(columns()).toEqual(["KORUS baseline (0%)", "Deal as implemented (Nov 2025)"]);
  });
});

describe("Trade: CSV export", () => {
  it("downloads the comparison table with a source line and the date", async () => {
    let blob: Blob | null = null;
    const createObjectURL = vi.fn((b: Blob) => {
      blob = b;
      return "blob:trade";
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    const { user } = renderView("/?panel=trade&part=scenarios");
    await user.click(within(trade()).getByRole("button", { name: "Download the table as CSV" }));
    expect(click).toHaveBeenCalledTimes(1);
    const text = await (blob as unknown as Blob).text();
    expect(text).toContain(`Korea's export loss,USD bn,0.00,0.00,0.00,${presetLoss("threat").replace(",", "")}`);
    expect(text).toMatch(/\r\nSource,.*data\/trade\.json/);
    expect(text).toMatch(new RegExp(`Date,Generated ${new Date().toISOString().slice(0, 10)}`));
    expect(within(trade()).getByText("The CSV file was downloaded.")).toBeTruthy();
  });
});

describe("Trade: every chart downloads its own CSV", () => {
  it("the goods trade, sector baseline and sector comparison charts each download their numbers", async () => {
    const blobs: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: vi.fn((b: Blob) => {
        blobs.push(b);
        return "blob:chart";
      }),
      revokeObjectURL: vi.fn(),
    });
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    const { user } = renderView("/?panel=trade&part=scenarios");
    const csv: Record<string, string> = {};
    let charts = 0;
    // Trade flows (goods trade, monthly exports), By sector (2024–25, baselines), Tariff scenarios (comparison).
    for (const part of ["Trade flows", "By sector", "Tariff scenarios"]) {
      await user.click(within(trade()).getByRole("tab", { name: part }));
      for (const f of within(trade()).getAllByRole("figure")) {
        charts++;
        await user.click(within(f).getByRole("button", { name: "Download CSV" }));
        csv[within(f).getByRole("heading").textContent ?? ""] = await blobs.at(-1)!.text();
      }
    }
    expect(charts).toBe(5);
    const data = readDataFile("trade")!;
    const goods = csv["US–Korea goods trade by year, on both reporting bases"]!;
    expect(goods.split("\r\n")[0]).toBe("series,unit,date,value,detail,note,confidence,source_ids");
    const imports = data.series.find((s) => s.id === "us_imports_from_kor_us_reported")!;
    const partial = imports.points.find((p) => p.label)!;
    expect(goods).toContain(`,USD bn,${partial.date},${partial.value},${partial.label},not comparable with full years,${partial.confidence},`);
    const baselines = csv["Korea's exports to the US by sector, 2024 (US imports from Korea, USD bn)"]!;
    const autos = data.sectors[0]!;
    expect(baselines).toContain(`US imports from Korea: ${autos.label},USD bn,2024,${autos.importsKorea.value},`);
    expect(baselines.trim().split("\r\n")).toHaveLength(data.sectors.length + 1);
    const bySector = Object.entries(csv).find(([title]) => title.endsWith("by sector") && !title.startsWith("Korea's exports"))!;
    const lines = bySector[1].trim().split("\r\n");
    expect(lines[0]).toMatch(/^sector,"KORUS baseline \(0%\) \(USD bn, .+ elasticities\)","Threatened 25%/);
    expect(lines).toHaveLength(data.sectors.length + 1);
    expect(lines.slice(1).every((l) => l.split(",").slice(1).every((v) => Number.isFinite(Number(v))))).toBe(true);
    const monthly = csv["Korea's exports by month (Korea-reported, USD bn)"]!;
    const june = data.series.find((s) => s.id === "kor_total_exports_monthly_korea_reported")!.points.filter((p) => p.label).at(-1)!;
    expect(monthly).toContain(`,USD bn,${june.date},${june.value},${june.label},"partial month, not comparable with full months",`);
  });
});

describe("Trade: tariffs in force on a date", () => {
  const ratesTable = () => within(trade()).getByRole("table", { name: /^US tariff on Korean goods in force on/ });
  const rateRow = (sector: string) => within(ratesTable()).getByRole("rowheader", { name: sector }).closest("tr")!;
  const dateInput = () => within(trade()).getByLabelText("Show the rates in force on");

  it("the date picker shows each sector's rate and legal basis on that day and keeps the date in the link", async () => {
    renderView("/?panel=trade&ratesOn=2026-03-01");
    expect(rateRow("Machinery (HS 84 excluding computers)").textContent).toContain("10%Section 122 surcharge (10%)");
    expect(rateRow("Petroleum products").textContent).toContain("KORUS FTA (0%); exempt from Section 122 surcharge");
    expect(rateRow("Autos (passenger vehicles)").textContent).toContain("Section 232 autos and parts, all-in (15%)");
    // A date input takes a whole value at once (as a browser's picker gives it).
    await act(async () => fireEvent.change(dateInput(), { target: { value: "2025-12-01" } }));
    expect(new URLSearchParams(window.location.search).get("ratesOn")).toBe("2025-12-01");
    expect(rateRow("Machinery (HS 84 excluding computers)").textContent).toContain("15%IEEPA reciprocal tariff, all-in (15%)");
    // The scenario picker, in the next part, offers that day's rates.
    fireEvent.click(within(trade()).getByRole("tab", { name: "Tariff scenarios" }));
    expect(within(trade()).getByRole("checkbox", { name: "Tariffs in force on 1 Dec 2025" })).toBeTruthy();
  });

  it("after the Section 122 end it says the rate is not known and what scenarios use instead", async () => {
    const { user } = renderView("/?panel=trade&ratesOn=2026-08-01");
    const other = rateRow("All other goods");
    expect(other.textContent).toContain("Not known");
    expect(other.textContent).toContain("Not known since 24 Jul 2026");
    expect(other.textContent).toContain("Scenarios use 0% (the layer below), an assumption.");
    expect(rateRow("Steel (Section 232 steel mill products)").textContent).toContain("50%");
    const stop = within(trade()).getByRole("note", { name: "Where the sources stop" });
    expect(stop.textContent).toMatch(/Not known since 24 Jul 2026:.*semiconductors, machinery, batteries, other goods/);
    expect(stop.textContent).toContain("Scenarios then use the layer below (0%)");
    await user.click(within(trade()).getByRole("button", { name: "Add these rates to the comparison" }));
    expect(columns()).toContain("Tariffs in force on 1 Aug 2026");
    const assumed = within(trade()).getByRole("region", { name: "What the scenarios assume" });
    expect(assumed.textContent).toMatch(/Not known from 24 Jul 2026 for semiconductors, machinery, batteries, other \(.*\): this scenario uses the layer below for them \(0%\).*an assumption, not a sourced rate/);
  });

  it("a bad date, typed or in the link, is refused with a message and the rates shown stay", async () => {
    renderApp("/?panel=trade&part=tariffs&ratesOn=2026-02-30");
    expect(await screen.findByText(/rates date "2026-02-30" is not a YYYY-MM-DD date and was ignored/)).toBeTruthy();
    expect(new URLSearchParams(window.location.search).get("ratesOn")).toBeNull();
    await act(async () => fireEvent.change(dateInput(), { target: { value: "2020-01-01" } }));
    expect(within(trade()).getByRole("alert").textContent).toMatch(/^Enter a date from .* The rates shown stay those of/);
    expect(dateInput().getAttribute("aria-invalid")).toBe("true");
    expect(new URLSearchParams(window.location.search).get("ratesOn")).toBeNull();
  });

  it("lists what the sources leave open on trade", () => {
    renderView("/?panel=trade&part=tariffs");
    const pending = within(trade()).getByRole("region", { name: "Pending on trade: not found in the sources" });
    expect(within(pending).getByText("Section 122 surcharge after 24 Jul 2026")).toBeTruthy();
  });
});

describe("Trade: competitors' rates", () => {
  it("the custom editor sets competitors' rates, which go into the link, the model and saved scenarios", async () => {
    const { user } = renderView("/?panel=trade&part=scenarios");
    await user.click(within(trade()).getByRole("button", { name: "New custom scenario" }));
    await user.click(within(trade()).getByText(/^Competitors. tariffs \(every other supplier\), by sector$/));
    const autos = rateInput(/^Competitors' tariff, Autos \(passenger vehicles\), in %/);
    expect((autos as HTMLInputElement).value).toBe("0");
    await user.clear(autos);
    await user.type(autos, "15");
    expect(new URLSearchParams(window.location.search).get("compare")).toBe(
      "korus,threat,deal,custom:15_15_15_15_50_15_15_15~15_0_0_0_50_0_0_0:Custom scenario",
    );
    const row = { ...presetRow("deal"), autos: 15 };
    expect(cell("Korea's export loss (USD bn)", "Custom scenario")).toContain(expectedLoss(presetRates("deal"), "exportLoss", row));
    // Under the default elasticities (σ = |ε|) nothing is diverted, so the point value stays; the range moves.
    expect(cell("Korea's export loss (USD bn)", "Custom scenario")).not.toBe(cell("Korea's export loss (USD bn)", "Agreed"));
    await user.click(within(trade()).getByRole("button", { name: "Save to my scenarios" }));
    expect(JSON.parse(localStorage.getItem(SAVED_SCENARIOS_KEY)!).scenarios[0].competitorRatesPct).toMatchObject({ autos: 15, steel: 50 });
  });

  it("one click compares the 15% all-in with MFN + 10% for everyone, with KITA's reading", async () => {
    const { user } = renderView("/?panel=trade&part=scenarios");
    await user.click(within(trade()).getByRole("button", { name: "Compare: 15% all-in vs MFN + 10% for everyone" }));
    expect(columns()).toEqual(["Deal as implemented (Nov 2025)", "MFN + 10% for everyone (Section 122 surcharge, 24 Feb 2026)"]);
    expect(cell("Korea's export loss (USD bn)", "MFN + 10%")).toContain(presetLoss("surcharge"));
    const ruling = within(trade()).getByRole("region", { name: "What the ruling changed" });
    expect(ruling.textContent).toContain("Korea partly regains its KORUS advantage over Japan and the EU");
  });
});

// @vitest-environment jsdom
/** Trade's "Model vs 2025" part alone (no App): the backtest table, its sources, the fitted elasticities and their use in the scenarios. */
import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import "../../src/data/extra-data";
import { TradePanel } from "../../src/features/trade/trade-panel";
import { initialAppState, useAppStore } from "../../src/store/app-store";
import { readDataFile } from "../../src/data/dataset";
import { computeBacktest } from "../../src/domain/tariff/backtest";
import { defaultPassThrough, figureToUsd } from "../../src/domain/tariff/comparison";
import { signedPct } from "../../src/features/trade/backtest-format";
import type { PanelPart } from "../../src/domain/types";

function renderPart(part: PanelPart<"trade">, elast: string | null = null) {
  useAppStore.setState({ ...initialAppState, panel: "trade", panelPart: part, elasticityPresetId: elast }, true);
  const user = userEvent.setup();
  return { user, ...render(<TradePanel />) };
}

/** The rows the table should show, computed by the domain from the data (not copied from the UI). */
function expected(id: string) {
  const t = readDataFile("trade")!;
  const gdp = figureToUsd(readDataFile("actors")!.records.find((a) => a.code === "KOR")!.gdp!);
  const rows = computeBacktest({
    tariffs: t.tariffs,
    sectors: t.sectors,
    presets: t.elasticityPresets,
    observed: t.observed2025,
    passThrough: defaultPassThrough(t.passThrough),
    koreaGdpUsd: gdp,
    method: "ces",
  });
  return rows.find((r) => r.observed.id === id)!;
}

const table = () => screen.getByRole("table", { name: /^Change in Korea's exports to the US in 2025/ });
const row = (name: RegExp) => within(table()).getByRole("rowheader", { name }).closest("tr") as HTMLElement;

describe("Trade: model vs what happened in 2025", () => {
  it("sets the observed car change beside the model's range for the same period, with the error and where it falls", () => {
    renderPart("backtest");
    expect(screen.getByRole("tab", { name: "Model vs 2025", selected: true })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 3, name: "Model vs what happened: 2025" })).toBeTruthy();
    const cars = row(/^Autos \(passenger vehicles\)2025 \(full year\) · Korean customs exports/);
    const e = expected("obs_autos_2025_full");
    expect(cars.textContent).toContain("−12.6%");
    expect(cars.textContent).toContain(`${signedPct(e.low)} to ${signedPct(e.high)}; default ${signedPct(e.defaultRun.predictedPct)}`);
    expect(cars.textContent).toContain(signedPct(e.errorPp!, " pts"));
    expect(cars.textContent).toContain("Above the range");
    expect(cars.textContent).toMatch(/Jan–Mar 0%; Apr 23\.3% \(0% → 25%\); May–Oct 25%; Nov–Dec 15%/);
    expect(cars.textContent).toContain("the model runs the time-weighted rate, 17%.");
  });

  it("puts each observed value one click from its source", () => {
    renderPart("backtest");
    const cars = row(/^Autos \(passenger vehicles\)2025 \(full year\)/);
    const link = within(cars).getByRole("link", { name: /^KITA via Etoday/ });
    expect(link.getAttribute("href")).toBe("https://www.etoday.co.kr/news/view/2552123");
    const q2 = row(/^Autos \(passenger vehicles\)Q2 2025 · US imports/);
    expect(q2.textContent).toContain("−28.2%");
    expect(within(q2).getByRole("link", { name: /^Dong-A Ilbo, 2025-09-11/ }).getAttribute("href")).toBe(
      "https://www.donga.com/en/article/all/20250911/5841091/1",
    );
  });

  it("keeps a row for what was not found (steel for the year, batteries) and says so", () => {
    renderPart("backtest");
    for (const name of [/^Steel \(Section 232 steel mill products\)2025 \(full year\)/, /^Lithium-ion batteries/]) {
      const r = row(name);
      expect(within(r).getByText("not found")).toBeTruthy();
      expect(r.textContent).toContain("No observed value");
    }
  });

  it("chips: a collapsed range (no rest-of-world baseline) and a rise the model cannot fit", () => {
    renderPart("backtest");
    const chips = row(/^Semiconductors/);
    expect(chips.textContent).toContain(`${signedPct(expected("obs_semiconductors_2025_full").defaultRun.predictedPct)} (every run)`);
    const fits = screen.getByRole("table", { name: /^Fitted import-demand elasticity/ });
    const chipFit = within(fits).getByRole("rowheader", { name: /^Semiconductors/ }).closest("tr") as HTMLElement;
    expect(chipFit.textContent).toMatch(/Not fitted: Exports rose under the tariff/);
    const carFit = within(fits).getByRole("rowheader", { name: "Autos (passenger vehicles)" }).closest("tr") as HTMLElement;
    expect(carFit.textContent).toContain("−0.86");
    expect(carFit.textContent).toContain("−12.6%");
  });

  it("the fitted elasticities can be used in the scenarios, where the settings name them and say how they were made", async () => {
    const { user } = renderPart("backtest");
    await user.click(screen.getByRole("button", { name: "Use the fitted elasticities in the scenarios" }));
    expect(useAppStore.getState().elasticityPresetId).toBe("fitted_2025");
    expect(useAppStore.getState().panelPart).toBe("scenarios");
    const select = await screen.findByRole("combobox", { name: "Elasticities" });
    expect((select as HTMLSelectElement).selectedOptions[0]?.textContent).toBe("Fitted to 2025 (backtest)");
    expect(screen.getByText(/^Fitted, not published: each ε below makes the model/)).toBeTruthy();
  });
});

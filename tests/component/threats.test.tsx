// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { act, screen, waitFor, within } from "@testing-library/react";
import rawIndicators from "../../data/indicators.json";
import { renderApp, renderView } from "./test-utils";

const threats = () => screen.getByRole("region", { name: "Threats" });
const map = () => screen.getByRole("region", { name: "Map" });
const details = () => screen.getByRole("region", { name: "Details" });
const tab = (name: RegExp) => within(threats()).getByRole("tab", { name });
const figure = (name: RegExp) => within(threats()).getByRole("figure", { name });
const highlighted = (region: HTMLElement) =>
  [...region.querySelectorAll("[data-highlighted]")].map((el) => el.querySelector(".chart-title")?.textContent ?? "");
const panelParam = () => new URLSearchParams(window.location.search).get("panel");
const point = (id: string) => rawIndicators.series.find((s) => s.id === id)!.points;

/** Go back or forward and wait until the address shows `search` (jsdom delivers popstate as a task). */
async function navigate(step: () => void, search: string) {
  act(step);
  await waitFor(() => expect(window.location.search).toBe(search));
  // Give a wrong re-push (a new history entry) the chance to happen before the next step.
  await act(() => new Promise((r) => setTimeout(r, 50)));
}

afterEach(() => vi.restoreAllMocks());

describe("Threats charts", () => {
  it("the launch chart names each counting method in its legend and says why they differ", () => {
    renderView("/?panel=threats");
    const fig = figure(/missile launches per year, by counting method/);
    for (const method of ["Japan MoD: launch occasions", "Japan MoD: missiles", "CNS/NTI", "CSIS"])
      expect(within(fig).getAllByText(new RegExp(method)).length).toBeGreaterThan(0);
    expect(fig.querySelector(".recharts-legend-wrapper")?.textContent).toMatch(/Japan MoD: launch occasions.*CSIS/);
    // The legend's swatches are decorative: no icon named in English ("… legend icon") for a screen reader.
    expect(fig.querySelectorAll(".chart-legend li").length).toBeGreaterThanOrEqual(4);
    expect(fig.querySelector('[aria-label$="legend icon"]')).toBeNull();
    expect(within(fig).getByText(/Counts depend on the method/)).toBeTruthy();
  });

  it("marks unverified values in the chart itself, not only in the table", () => {
    renderView("/?panel=threats");
    const fig = figure(/missile launches per year/);
    const plotted = ["dprk_launches_japan_mod", "dprk_missiles_japan_mod", "dprk_launches_cns", "dprk_launches_csis"];
    const unverified = plotted.flatMap((id) => point(id).filter((p) => p.confidence === "unverified"));
    expect(unverified.length).toBeGreaterThan(0);
    expect(fig.querySelectorAll('.recharts-wrapper [data-confidence="unverified"]')).toHaveLength(unverified.length);
    expect(within(fig).getByText(/values: Japan MoD: launch occasions 2024, 2025/)).toBeTruthy();
  });

  it("shows SIPRI's ~50 assembled warheads and fissile material for up to 90, with source links", () => {
    renderView("/?panel=threats");
    const fig = figure(/North Korea's nuclear warheads/);
    expect(within(fig).getByText(/about 50 assembled warheads in Jan 2025.*up to 90/)).toBeTruthy();
    const links = within(fig).getAllByRole("link");
    expect(links.some((a) => /SIPRI/.test(a.textContent ?? ""))).toBe(true);
    expect(fig.querySelectorAll(".recharts-area")).toHaveLength(1); // the fissile-material range
  });

  it("draws troop and casualty estimates by different estimators as dots, not one line", () => {
    renderView("/?panel=threats&part=russia");
    const fig = figure(/personnel sent to Russia/);
    const line = fig.querySelector(".recharts-line path.recharts-curve");
    expect(line?.getAttribute("stroke-width")).toBe("0");
    expect(fig.querySelectorAll(".recharts-wrapper [data-confidence]")).toHaveLength(point("dprk_troops_in_russia").length);
  });

  it("shows the 2026 launch count of its own method, to its as-of date, as a bar of its own", async () => {
    const { user } = renderView("/?panel=threats");
    const fig = figure(/missile launches per year, by counting method/);
    expect(fig.querySelector(".chart-summary")?.textContent).toMatch(/^Reuters counted 7 launches in 2026 as of 19 Apr 2026 \(a year-to-date count; no Japan MoD count for 2026 in the data\)\./);
    expect(fig.querySelector(".recharts-legend-wrapper")?.textContent).toContain("Reuters: ballistic-missile launches, year to date");
    expect([...fig.querySelectorAll(".recharts-xAxis-tick-labels text")].map((x) => x.textContent)).toContain("2026");
    await user.click(within(fig).getByRole("button", { name: "Table view" }));
    const table = within(fig).getByRole("table", { name: /Reuters running count/ });
    const row = within(table).getAllByRole("row")[1]!;
    expect(within(row).getByRole("rowheader").textContent).toBe("19 Apr 2026 (1 Jan – 19 Apr 2026, year to date)");
    expect(row.querySelector(".cell-value")?.textContent).toBe("7");
    expect(row.textContent).toContain("Reuters (copy on tingchao.xyz)");
  });

  it("keeps the February 2026 troop estimates of the NIS and of Ukrainian intelligence side by side, each with its sources", async () => {
    const { user } = renderView("/?panel=threats&part=russia");
    const fig = figure(/personnel sent to Russia/);
    const summary = fig.querySelector(".chart-summary")?.textContent ?? "";
    expect(summary).toMatch(/the latest estimates disagree: 10,000 \(NIS: .*12 Feb 2026\) and 8,000 \(Ukrainian military intelligence: .*17 Feb 2026\)\.$/);
    expect(summary).not.toMatch(/9,000/); // never averaged
    await user.click(within(fig).getByRole("button", { name: "Table view" }));
    const rows = within(within(fig).getByRole("table")).getAllByRole("row");
    const nis = rows.find((r) => r.textContent?.includes("12 Feb 2026 (NIS:"))!;
    const hur = rows.find((r) => r.textContent?.includes("17 Feb 2026 (Ukrainian military intelligence:"))!;
    expect(nis.querySelector(".cell-value")?.textContent).toBe("10,000");
    expect(hur.querySelector(".cell-value")?.textContent).toBe("8,000");
    expect(nis.textContent).toContain("Yonhap via Asia Economy");
    expect(hur.textContent).toContain("ISW (mirror on eurasia.ro)");
    expect(hur.textContent).not.toContain("Yonhap via Asia Economy");
  });

  it("states the NIS's February 2026 casualty estimate and China's 2026 budget", async () => {
    const { user } = renderView("/?panel=threats&part=russia");
    expect(figure(/casualties/).querySelector(".chart-summary")?.textContent).toContain("the latest estimate of killed and wounded is about 6,000 (NIS, 12 Feb 2026)");
    await user.click(tab(/^China and the region/));
    expect(figure(/China's military spending/).querySelector(".chart-summary")?.textContent).toMatch(/^China's official defence budget is 1,910 CNY bn in 2026, up 7% on 2025/);
  });

  it("every chart, in every part, has a title, a summary sentence, an axis and a source line with links", async () => {
    const { user } = renderView("/?panel=threats");
    let charts = 0;
    for (const part of [/^North Korea's arsenal/, /^North Korea and Russia/, /^China and the region/]) {
      await user.click(tab(part));
      expect(tab(part).getAttribute("aria-selected")).toBe("true");
      for (const fig of within(threats()).getAllByRole("figure")) {
        charts++;
        expect(fig.querySelector(".chart-summary")?.textContent).toMatch(/\d.*\.$/);
        expect(fig.querySelector(".recharts-cartesian-axis")).not.toBeNull();
        expect(within(fig.querySelector("figcaption")!).getAllByRole("link").length).toBeGreaterThan(0);
      }
    }
    expect(charts).toBe(7);
  });

  it("marks the timeline's as-of date on every time chart", async () => {
    const { user } = renderView("/?date=2025-02-01&panel=threats");
    const parts: [RegExp, RegExp[]][] = [
      [/^North Korea's arsenal/, [/missile launches/, /nuclear warheads \(SIPRI/]],
      [/^North Korea and Russia/, [/sent to Russia/, /casualties/]],
      [/^China and the region/, [/China's military spending/]],
    ];
    for (const [part, names] of parts) {
      await user.click(tab(part));
      for (const name of names) expect(within(figure(name)).getAllByText("As of 1 Feb 2025").length, String(name)).toBe(1);
    }
    expect(within(figure(/Military spending in 2024/)).queryByText(/As of/)).toBeNull(); // a snapshot, not a time series
  });

  it("lists the Russia–North Korea treaty with its mutual-defence article and sources", () => {
    renderView("/?panel=threats&part=russia");
    const item = within(threats()).getByText(/Russia–DPRK Treaty on Comprehensive Strategic Partnership/).closest("li")!;
    expect(item.textContent).toMatch(/Article 4/);
    expect(item.textContent).toMatch(/19 Jun 2024/);
    expect(within(item).getAllByRole("link").length).toBeGreaterThan(2);
  });
});

describe("linking the map to Threats", () => {
  it("Threats opened with North Korea selected highlights its items in the part shown and counts the rest on their tab", async () => {
    const { user } = renderView("/?actor=PRK&panel=threats");
    // The highlight follows once the view has painted.
    await waitFor(() => expect(within(threats()).getByRole("status").textContent).toBe("Highlighted for North Korea: 2 items below."));
    expect(highlighted(threats())).toEqual(["North Korean missile launches per year, by counting method", "North Korea's nuclear warheads (SIPRI estimates)"]);
    expect(tab(/^North Korea's arsenal/).getAttribute("aria-selected")).toBe("true");
    await user.click(tab(/^North Korea and Russia \(3 highlighted\)$/));
    expect(highlighted(threats())).toEqual([
      "North Korean personnel sent to Russia: dated estimates",
      "North Korean casualties in Russia's war",
      "The Russia–North Korea treaty and what followed",
    ]);
    expect(new URLSearchParams(window.location.search).get("part")).toBe("russia");
  });

  it("selecting the North Korea–Russia edge keeps the Map view; Threats then opens at the part about it", async () => {
    const { user } = renderApp("/");
    await user.click(within(map()).getByRole("button", { name: "North Korea – Russia: military alliance" }));
    await waitFor(() => expect(window.location.search).toMatch(/^\?relation=prk-rus-alliance/));
    expect(panelParam()).toBeNull();
    expect(screen.queryByRole("region", { name: "Threats" })).toBeNull(); // views not shown are not rendered
    await user.click(within(screen.getByRole("navigation", { name: "Panels" })).getByRole("button", { name: "Threats" }));
    expect(tab(/^North Korea and Russia/).getAttribute("aria-selected")).toBe("true");
    await waitFor(() => expect(within(threats()).getByRole("status").textContent).toMatch(/^Highlighted for North Korea – Russia: 3 items/));
    expect(highlighted(threats())).toEqual([
      "North Korean personnel sent to Russia: dated estimates",
      "North Korean casualties in Russia's war",
      "The Russia–North Korea treaty and what followed",
    ]);
  });

  it("a deep link keeps its view: ?panel= is kept and nothing scrolls", async () => {
    const scrolled = vi.spyOn(Element.prototype, "scrollIntoView");
    renderView("/?actor=PRK&panel=alliance");
    await act(() => new Promise((r) => setTimeout(r, 50))); // let any (wrong) panel change reach the URL
    expect(panelParam()).toBe("alliance");
    expect(screen.getByRole("region", { name: "Alliance" })).toBeTruthy();
    expect(screen.queryByRole("region", { name: "Threats" })).toBeNull();
    expect(scrolled).not.toHaveBeenCalled();
  });

  it("a deep link with a selection and no panel stays on the map", async () => {
    renderView("/?relation=prk-rus-alliance");
    await act(() => new Promise((r) => setTimeout(r, 50)));
    expect(panelParam()).toBeNull();
    expect(within(details()).getByRole("heading", { level: 3 }).textContent).toMatch(/North Korea – Russia/);
  });

  it("Back and Forward restore views as they were: a selection restored from history moves nothing", async () => {
    const { user } = renderView("/?actor=PRK");
    await user.click(within(map()).getByRole("button", { name: /^Japan —/ }));
    await waitFor(() => expect(window.location.search).toBe("?actor=JPN"));
    await navigate(() => window.history.back(), "?actor=PRK");
    await waitFor(() => expect(within(details()).getByRole("heading", { level: 3, name: "North Korea" })).toBeTruthy());
    expect(panelParam()).toBeNull(); // North Korea came back from history: no view is pushed forward
    await navigate(() => window.history.forward(), "?actor=JPN"); // the forward entry survived
  });

  it("selecting a country on the map keeps the Map view and shows it in Details", async () => {
    const { user } = renderView("/");
    await user.click(within(map()).getByRole("button", { name: /^North Korea —/ }));
    await waitFor(() => expect(window.location.search).toMatch(/^\?actor=PRK/));
    expect(panelParam()).toBeNull();
    expect(within(details()).getByRole("heading", { level: 3, name: "North Korea" })).toBeTruthy();
    expect(screen.queryByRole("region", { name: "Threats" })).toBeNull();
  });
});

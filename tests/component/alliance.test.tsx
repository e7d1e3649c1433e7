// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import rawIndicators from "../../data/indicators.json";
import rawSources from "../../data/sources.json";
import { renderApp, renderView } from "./test-utils";

const alliance = () => screen.getByRole("region", { name: "Alliance" });
const map = () => screen.getByRole("region", { name: "Map" });
const tab = (name: RegExp) => within(alliance()).getByRole("tab", { name });
const nav = () => screen.getByRole("navigation", { name: "Panels" });
const figure = (name: RegExp) => within(alliance()).getByRole("figure", { name });
const section = (title: RegExp) => within(alliance()).getByRole("heading", { name: title }).closest("section")!;
const highlighted = (region: HTMLElement) =>
  [...region.querySelectorAll("[data-highlighted]")].map((el) => el.querySelector(".chart-title")?.textContent ?? "");
const panelParam = () => new URLSearchParams(window.location.search).get("panel");
const fact = (id: string) => rawIndicators.facts.find((f) => f.id === id)!;
const source = (id: string) => rawSources.records.find((s) => s.id === id)!;

afterEach(() => vi.restoreAllMocks());

describe("Alliance panel", () => {
  it("shows 28,500 US troops in 2026 with its source, the NDAA floor, the 2025 drawdown report and its denial", () => {
    renderView("/?panel=alliance&part=forces");
    const usfk = section(/^US Forces Korea$/);
    const stat = usfk.querySelector(".stat")!;
    expect(stat.textContent).toMatch(/^28,500 US troops in South Korea \(2026\)/);
    const latest = rawIndicators.series.find((s) => s.id === "usfk_troops")!.points.at(-1)!;
    for (const id of latest.sourceIds) expect(stat.textContent).toContain(source(id).publisher);
    expect(usfk.querySelector(".chart-summary")?.textContent).toContain("FY2026 NDAA floor (18 Dec 2025): 28,500 troops.");
    for (const id of ["usfk_ndaa_fy2026_floor", "usfk_drawdown_report", "usfk_patriots_gulf_2026"]) expect(usfk.textContent).toContain(fact(id).text);
    expect(usfk.textContent).toMatch(/'not true'/);
  });

  it("the defence budget chart states the latest budget and its rise, in won", () => {
    renderView("/?panel=alliance");
    const fig = figure(/South Korea's defence budget$/);
    expect(fig.querySelector(".chart-summary")?.textContent).toBe(
      "The 2026 budget is 65.86 KRW tn, up 7.5% on 2025; it has risen every year since 2020 (up 31.3% in all). " +
        "For 2027 only plans are known: 72.4 KRW tn (MND mid-term plan) and 69.2 KRW tn (Fiscal-plan path, derived).",
    );
    // The plans are their own series, never joined to the enacted line.
    const legend = fig.querySelector(".recharts-legend-wrapper")?.textContent ?? "";
    for (const name of ["MND budget as enacted", "MND mid-term plan", "Fiscal-plan path, derived"]) expect(legend).toContain(name);
    expect(within(fig).getAllByText("KRW tn").length).toBeGreaterThan(0); // the axis unit
  });

  it("keeps the defence/GDP definitions apart and draws the 3.5% and 5% goals", () => {
    renderView("/?panel=alliance");
    const fig = figure(/share of GDP, by definition, against the targets/);
    const legend = fig.querySelector(".recharts-legend-wrapper")?.textContent ?? "";
    for (const name of ["MND", "SIPRI", "US officials (NATO-style)"]) expect(legend).toContain(name);
    expect(within(fig).getByText(/^3\.5% of GDP: ROK goal/)).toBeTruthy();
    expect(within(fig).getByText(/^5% of GDP: US standard \(Jun 2025\); NATO allies by 2035/)).toBeTruthy();
    const mnd = rawIndicators.series.find((s) => s.id === "rok_defense_gdp_mnd")!.points;
    expect(fig.querySelectorAll('.recharts-wrapper [data-confidence="unverified"]')).toHaveLength(mnd.filter((p) => p.confidence === "unverified").length);
  });

  it("SMA chart covers the agreement years and the 2027–2030 ceiling, labelled as computed", () => {
    renderView("/?panel=alliance&part=forces");
    const fig = figure(/cost-sharing/);
    const ticks = [...fig.querySelectorAll(".recharts-xAxis-tick-labels text")].map((t) => t.textContent);
    expect(ticks[0]).toBe("2018");
    expect(ticks.at(-1)).toBe("2030");
    expect(within(fig).getAllByText(/Most allowed under the 5% cap \(computed\)/).length).toBeGreaterThan(0);
    expect(fig.querySelector(".chart-summary")?.textContent).toMatch(/at most 1\.85 KRW tn in 2030/);
  });

  it("lists every exercise on the calendar with its dates and sources", () => {
    renderView("/?panel=alliance&part=exercises");
    const cal = section(/Major combined exercises/);
    const items = within(cal).getAllByRole("listitem");
    expect(items).toHaveLength(rawIndicators.exercises.length);
    for (const x of rawIndicators.exercises) {
      const item = items.find((li) => li.textContent?.includes(x.name))!;
      expect(within(item).getAllByRole("time").map((t) => t.getAttribute("datetime"))).toEqual([x.start, x.end]);
      for (const id of x.sourceIds) expect(item.textContent).toContain(source(id).publisher);
    }
    expect(cal.querySelectorAll(".calendar-bar")).toHaveLength(rawIndicators.exercises.length);
    expect(cal.querySelectorAll(".calendar-unverified")).toHaveLength(rawIndicators.exercises.filter((x) => x.confidence === "unverified").length);
  });

  it("shows Freedom Shield 26 on the calendar and its 22 field exercises against 51, cell by cell with sources", () => {
    renderView("/?panel=alliance&part=exercises");
    const cal = section(/Major combined exercises/);
    expect(cal.querySelector(".chart-summary")?.textContent).toMatch(
      /the latest is Freedom Shield 26 \(9 Mar 2026 – 19 Mar 2026\)\. Combined field exercises in Freedom Shield: 22 in 2026, down from 51 in 2025\.$/,
    );
    expect([...cal.querySelectorAll(".calendar-year")].map((y) => y.textContent)).toContain("2026");
    const table = within(cal).getByRole("table", { name: /^Combined field training exercises in Freedom Shield/ });
    const ftx = rawIndicators.series.find((s) => s.id === "freedom_shield_field_exercises") as unknown as {
      note: string;
      points: { date: string; value: number; label: string; sourceIds: string[] }[];
    };
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(ftx.points.length);
    ftx.points.forEach((p, i) => {
      const row = rows[i]!;
      expect(within(row).getByRole("rowheader").textContent).toBe(`${p.date} (${p.label})`);
      expect(row.textContent).toContain(String(p.value));
      for (const id of p.sourceIds) expect(row.textContent).toContain(source(id).publisher);
    });
    expect(cal.textContent).toContain(ftx.note);
  });

  it("lists the extended-deterrence milestones in date order with links", () => {
    renderView("/?panel=alliance&part=exercises");
    const list = section(/Extended deterrence/);
    const dates = within(list).getAllByRole("time").map((t) => t.getAttribute("datetime")!);
    expect(dates).toEqual([...dates].sort());
    for (const id of ["washington_declaration", "camp_david", "fact_sheet_2025_11"]) {
      const item = within(list).getByText(`${fact(id).label}.`).closest("li")!;
      expect(within(item).getAllByRole("link").length).toBeGreaterThan(0);
    }
  });

  it("marks the as-of date on the calendar and the time charts", async () => {
    const { user } = renderView("/?date=2024-06-01&panel=alliance");
    for (const name of [/defence budget$/, /share of GDP/]) expect(within(figure(name)).getAllByText("As of 1 Jun 2024")).toHaveLength(1);
    await user.click(tab(/^US forces and cost-sharing/));
    expect(within(figure(/cost-sharing/)).getAllByText("As of 1 Jun 2024")).toHaveLength(1);
    await user.click(tab(/^Exercises and deterrence/));
    expect(section(/Major combined exercises/).querySelectorAll(".calendar-as-of")).toHaveLength(1);
  });
});

describe("the parts of Alliance", () => {
  it("splits the view in three tabs: defence spending, US forces and cost-sharing, exercises and deterrence", async () => {
    const { user } = renderView("/?panel=alliance");
    const list = within(alliance()).getByRole("tablist", { name: "Parts of Alliance" });
    expect(within(list).getAllByRole("tab").map((t) => t.textContent)).toEqual(["Defence spending", "US forces and cost-sharing", "Exercises and deterrence"]);
    const titles = () => [...alliance().querySelectorAll(".chart-title")].map((t) => t.textContent);
    expect(titles()).toEqual(["South Korea's defence budget", "South Korea's defence spending as a share of GDP, by definition, against the targets"]);
    await user.click(tab(/^US forces and cost-sharing/));
    expect(new URLSearchParams(window.location.search).get("part")).toBe("forces");
    expect(titles()).toEqual(["US Forces Korea", "Host-nation cost-sharing (Special Measures Agreement)"]);
    await user.click(tab(/^Exercises and deterrence/));
    expect(titles()).toEqual(["Major combined exercises", "Extended deterrence and the trilateral architecture"]);
  });
});

describe("linking the map to Alliance", () => {
  it("Alliance opened with South Korea selected highlights its items in the part shown and counts the rest on their tab", async () => {
    const { user } = renderView("/?actor=KOR&panel=alliance");
    await waitFor(() => expect(within(alliance()).getByRole("status").textContent).toBe("Highlighted for South Korea: 2 items below."));
    expect(highlighted(alliance())).toEqual(["South Korea's defence budget", "South Korea's defence spending as a share of GDP, by definition, against the targets"]);
    expect(tab(/^Defence spending/).getAttribute("aria-selected")).toBe("true");
    await user.click(tab(/^US forces and cost-sharing \(2 highlighted\)$/));
    expect(highlighted(alliance())).toHaveLength(2);
    expect(tab(/^Exercises and deterrence \(2 highlighted\)$/)).toBeTruthy();
    await user.click(tab(/^Exercises and deterrence \(2 highlighted\)$/));
    expect(within(alliance()).getByRole("status").textContent).toBe("Highlighted for South Korea: 2 items below.");
    expect(panelParam()).toBe("alliance");
    expect(new URLSearchParams(window.location.search).get("part")).toBe("exercises");
  });

  it("the US–South Korea alliance edge highlights Alliance; the trade edge does not", async () => {
    const { user } = renderApp("/");
    await user.click(within(map()).getByRole("button", { name: "United States – South Korea: alliance" }));
    expect(panelParam()).toBeNull(); // the map stays; the selection waits for the view
    await user.click(within(nav()).getByRole("button", { name: "Alliance" }));
    await waitFor(() => expect(within(alliance()).getByRole("status").textContent).toMatch(/^Highlighted for United States – South Korea: 2 items/));
    expect(highlighted(alliance())).toHaveLength(2);
    expect(tab(/^US forces and cost-sharing \(2 highlighted\)$/)).toBeTruthy();
    await user.click(within(nav()).getByRole("button", { name: "Map" }));
    await user.click(within(map()).getByRole("button", { name: /^United States – South Korea: KORUS/ }));
    await user.click(within(nav()).getByRole("button", { name: "Alliance" }));
    await waitFor(() => expect(within(alliance()).getByRole("status").textContent).toBe(""));
    expect(highlighted(alliance())).toEqual([]);
  });

  it("selecting South Korea on the map shows it in Details and does not leave the Map view", async () => {
    const scrolled = vi.spyOn(Element.prototype, "scrollIntoView");
    const { user } = renderView("/");
    await user.click(within(map()).getByRole("button", { name: /^South Korea —/ }));
    await waitFor(() => expect(within(screen.getByRole("region", { name: "Details" })).getByRole("heading", { level: 3, name: "South Korea" })).toBeTruthy());
    expect(panelParam()).toBeNull();
    expect(screen.queryByRole("region", { name: "Alliance" })).toBeNull();
    expect(scrolled).not.toHaveBeenCalled();
  });
});

// @vitest-environment jsdom
/**
 * The 2025 full year and 2026 months in the Trade overview: Korea's monthly exports (partial months
 * labelled, in the table only), exports to the US by sector 2024–2025 with the gaps named, and the
 * goods-trade chart's note that the US-basis full year 2025 is missing.
 */
import { describe, expect, it } from "vitest";
import { screen, within } from "@testing-library/react";
import rawTrade from "../../data/trade.json";
import rawSources from "../../data/sources.json";
import { renderView } from "./test-utils";

const trade = () => screen.getByRole("region", { name: "Trade" });
const figure = (name: RegExp) => within(trade()).getByRole("figure", { name });
const series = (id: string) => rawTrade.series.find((s) => s.id === id)!;
const publisher = (id: string) => rawSources.records.find((s) => s.id === id)!.publisher;

describe("Trade overview: 2025 and 2026 figures", () => {
  it("monthly exports: the latest full month in the summary, full months as bars, partial months labelled in the table", async () => {
    const { user } = renderView("/?panel=trade");
    const fig = figure(/^Korea's exports by month/);
    const monthly = series("kor_total_exports_monthly_korea_reported");
    const full = monthly.points.filter((p) => !("label" in p));
    expect(fig.querySelector(".chart-summary")?.textContent).toBe(
      "Korea's exports were 87.75 USD bn in May 2026 (secondary source), the latest full month found; the newest data cover 1–20 June 2026 (partial month): 61.99 USD bn (secondary source). Partial months are in the table view only; the bars are full months on the Korean basis.",
    );
    expect(fig.querySelectorAll("[data-confidence]")).toHaveLength(full.length);
    expect(fig.querySelectorAll('[data-confidence="unverified"]')).toHaveLength(full.filter((p) => p.confidence === "unverified").length);
    await user.click(within(fig).getByRole("button", { name: "Table view" }));
    const table = within(fig).getByRole("table", { name: /^Korea's goods exports by month/ });
    const june = within(table).getByRole("cell", { name: "1–20 June 2026 (partial month)" }).closest("tr")!;
    expect(june.textContent).toContain("61.99");
    for (const id of monthly.points.at(-1)!.sourceIds) expect(june.textContent).toContain(publisher(id));
    expect(within(table).getByRole("cell", { name: "Jan 2026" }).closest("tr")!.textContent).toContain("65.85");
  });

  it("exports to the US by sector: 2025 cars down 12.6% (computed), and the sectors with no 2025 figure named as gaps", async () => {
    const { user } = renderView("/?panel=trade&part=sectors");
    const fig = figure(/^Korea's exports to the US by sector, 2024 and 2025/);
    const summary = fig.querySelector(".chart-summary")?.textContent ?? "";
    expect(summary).toMatch(/^In 2025, Korea reported exports to the US of passenger cars \(KITA\) 21\.52 USD bn \(down 12\.6%\), electric vehicles \(within cars\) 0\.45 USD bn \(down 87\.8%\), auto parts 7\.67 USD bn \(down 6\.7%\)/);
    expect(summary).toMatch(/Not found for 2025: steel products, secondary batteries, petroleum products\.$/);
    await user.click(within(fig).getByRole("button", { name: "Table view" }));
    const row = within(fig).getByRole("rowheader", { name: "Passenger cars (KITA)" }).closest("tr")!;
    expect(row.textContent).toContain("21.52");
    expect(row.textContent).toContain("−12.6%");
    expect(row.textContent).toContain(publisher("etoday-2552123-kita"));
    const steel = within(fig).getByRole("rowheader", { name: "Steel products" }).closest("tr")!;
    expect(within(steel).getAllByText("not found (gap)")).toHaveLength(1);
  });

  it("goods trade by year: Korea's 2025 exports to the US, and the missing US-basis full year said in words", () => {
    renderView("/?panel=trade");
    const summary = figure(/^US–Korea goods trade by year/).querySelector(".chart-summary")?.textContent ?? "";
    expect(summary).toContain("Korea reported exports to the US of 122.87 USD bn in 2025.");
    expect(summary).toContain("No full-year 2025 figure on the US basis was found (a gap, not a zero)");
  });
});

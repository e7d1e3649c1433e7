import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { axeViolations, launch, openPage, scrolledTo, seenText, smallTargets } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const region = (page: Page) => page.getByRole("region", { name: "Trade", exact: true });
const table = (page: Page) => region(page).getByRole("table", { name: /^Tariff scenarios compared/ });
const headers = async (page: Page) => {
  await scrolledTo(table(page));
  return (await table(page).getByRole("columnheader").allInnerTexts()).map((t) => t.split("\n")[0]?.trim());
};

/** Trade's scenario comparison is its "scenarios" part; a link with ratesOn opens the "tariffs" part. */
async function openTrade(path = "/?panel=trade&part=scenarios") {
  const w = await openPage(browser, path);
  const ready = path.includes("ratesOn=")
    ? region(w.page).getByRole("table", { name: /^US tariff on Korean goods in force on/ })
    : table(w.page);
  await ready.waitFor();
  return w;
}

describe("Trade: tariff scenario comparison", () => {
  it("shows the 0% / 25% / 15% comparison table and the sector chart", async () => {
    const w = await openTrade();
    expect(await headers(w.page)).toEqual([
      "Measure",
      "KORUS baseline (0%)",
      "Threatened 25% (1 Aug 2025 letter)",
      "Agreed 15% (deal of 30 Jul 2025)",
    ]);
    expect(await table(w.page).isVisible()).toBe(true);
    const row = await seenText(table(w.page).getByRole("row", { name: /^Korea's export loss \(USD bn\)/ }));
    expect(row).toMatch(/range \d+\.\d\d to \d+\.\d\d/);
    const chart = region(w.page).getByRole("figure", { name: /by sector$/ });
    await chart.scrollIntoViewIfNeeded();
    expect(await chart.isVisible()).toBe(true);
    expect(await chart.locator(".recharts-bar-rectangle").count()).toBeGreaterThan(10);
    expect(w.errors).toEqual([]);
    expect(w.foreign).toEqual([]);
    await w.context.close();
  });

  it("typing −5 into a tariff shows an inline error and no NaN anywhere", async () => {
    const w = await openTrade();
    await region(w.page).getByRole("button", { name: "New custom scenario" }).click();
    const autos = region(w.page).getByRole("spinbutton", { name: /^Autos \(passenger vehicles\), tariff in %/ });
    const before = await seenText(table(w.page));
    await autos.fill("");
    await autos.pressSequentially("-5");
    expect(await autos.getAttribute("aria-invalid")).toBe("true");
    await region(w.page).getByText(/A tariff cannot be negative/).waitFor();
    // All of the region's text, drawn or not.
    const text = await region(w.page).textContent();
    expect(text).not.toMatch(/NaN/);
    expect(await seenText(table(w.page))).toBe(before);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it("a shared URL reproduces the same comparison in a new browser context", async () => {
    const w = await openTrade();
    await region(w.page).getByRole("checkbox", { name: "KORUS baseline (0%)" }).uncheck();
    await region(w.page).getByRole("button", { name: "New custom scenario" }).click();
    await region(w.page).getByRole("textbox", { name: "Scenario name" }).fill("Shared plan");
    const steel = region(w.page).getByRole("spinbutton", { name: /^Steel .*tariff in %/ });
    await steel.fill("25");
    await region(w.page).getByRole("spinbutton", { name: /^Autos .*tariff in %/ }).fill("30");
    await region(w.page).getByRole("radio", { name: /SMART/ }).check();
    await region(w.page).getByRole("combobox", { name: "Elasticities" }).selectOption("gtap");
    await expect.poll(() => new URL(w.page.url()).searchParams.get("compare")).toContain("Shared plan");
    // The address follows each change after its paint: wait for the last one too.
    await expect.poll(() => new URL(w.page.url()).searchParams.get("elast")).toBe("gtap");
    const shared = w.page.url();
    const text = await seenText(table(w.page));
    expect(text).toContain("Shared plan");
    await w.context.close();

    const fresh = await openTrade(shared.slice(new URL(shared).origin.length));
    expect(await seenText(table(fresh.page))).toBe(text);
    expect(fresh.errors).toEqual([]);
    await fresh.context.close();
  });

  it("downloads the comparison table as CSV with a source line and the date", async () => {
    const w = await openTrade();
    const [download] = await Promise.all([
      w.page.waitForEvent("download"),
      region(w.page).getByRole("button", { name: "Download the table as CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^alliance-atlas-tariff-scenarios-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path())!, "utf8");
    expect(csv).toContain("Measure,Unit,KORUS baseline (0%)");
    expect(csv).toContain("Threatened 25% (1 Aug 2025 letter)");
    const loss = (await seenText(table(w.page).getByRole("row", { name: /^Korea's export loss \(USD bn\)/ }))).match(/\d+\.\d\d/g);
    expect(csv).toMatch(new RegExp(`Korea's export loss,USD bn,0\\.00,0\\.00,0\\.00,${loss?.[1]?.replace(".", "\\.")}`));
    expect(csv).toMatch(/\r\nSource,.*trade\.json/);
    expect(csv).toMatch(/\r\nDate,Generated \d{4}-\d{2}-\d{2}; data retrieved \d{4}-\d{2}-\d{2}/);
    expect(csv).not.toMatch(/NaN/);
    await w.context.close();
  });

  it("the US–South Korea trade edge stays on the map and links, one click, to its Trade scenarios", async () => {
    const w = await openPage(browser, "/?relation=prk-rus-alliance");
    await w.page.locator('[data-relation="usa-kor-trade"]').first().focus();
    await w.page.keyboard.press("Enter");
    await expect.poll(() => new URL(w.page.url()).searchParams.get("relation")).toBe("usa-kor-trade");
    expect(new URL(w.page.url()).searchParams.get("panel")).toBeNull();
    const links = w.page.getByRole("navigation", { name: "The selection in other views" });
    await links.getByRole("button", { name: "Trade: its tariff scenarios" }).click();
    await expect.poll(() => new URL(w.page.url()).searchParams.get("panel")).toBe("trade");
    expect(new URL(w.page.url()).searchParams.get("part")).toBe("scenarios");
    await table(w.page).waitFor();
    await expect.poll(() => region(w.page).evaluate((el) => Math.abs(el.getBoundingClientRect().top) < 200)).toBe(true);
    await w.context.close();
  });

  it("is axe-clean and every control is at least 24×24 CSS px", async () => {
    const w = await openTrade("/?panel=trade&part=scenarios&method=smart");
    await region(w.page).getByRole("button", { name: "New custom scenario" }).click();
    await region(w.page).getByText(/^Competitors. tariffs \(every other supplier\), by sector$/).click();
    await region(w.page).getByRole("button", { name: /^How is this computed\? Korea's export loss \(USD bn\), Threatened/ }).click();
    expect(await axeViolations(w.page, "#trade")).toEqual([]);
    expect(await smallTargets(region(w.page))).toEqual([]);
    await w.context.close();
  });
});

describe("Trade: tariffs in force on a date", () => {
  const ratesTable = (page: Page) => region(page).getByRole("table", { name: /^US tariff on Korean goods in force on/ });
  const row = (page: Page, sector: RegExp) => seenText(ratesTable(page).getByRole("row", { name: sector }));

  it("the date picker round-trips ratesOn through the URL, the rates differ between 2025-12-01 and 2026-03-01, and it is axe-clean", async () => {
    const w = await openTrade("/?panel=trade&ratesOn=2025-12-01");
    const input = region(w.page).getByLabel("Show the rates in force on");
    expect(await input.inputValue()).toBe("2025-12-01");
    const before = await row(w.page, /^Machinery/);
    expect(before).toMatch(/15%\s+IEEPA reciprocal tariff, all-in \(15%\)/);

    await input.fill("2026-03-01");
    await expect.poll(() => new URL(w.page.url()).searchParams.get("ratesOn")).toBe("2026-03-01");
    const after = await row(w.page, /^Machinery/);
    expect(after).toMatch(/10%\s+Section 122 surcharge \(10%\)/);
    expect(after).not.toBe(before);
    expect(await row(w.page, /^Petroleum products/)).toContain("exempt from Section 122 surcharge");

    const result = await new AxeBuilder({ page: w.page }).include("#trade").analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    const shared = w.page.url();
    expect(w.errors).toEqual([]);
    await w.context.close();

    const fresh = await openTrade(shared.slice(new URL(shared).origin.length));
    expect(await region(fresh.page).getByLabel("Show the rates in force on").inputValue()).toBe("2026-03-01");
    expect(await row(fresh.page, /^Machinery/)).toBe(after);
    expect(fresh.errors).toEqual([]);
    await fresh.context.close();
  });

  it("after the Section 122 end the rates show as not known, with what scenarios use instead", async () => {
    const w = await openTrade("/?panel=trade&ratesOn=2026-08-01");
    expect(await row(w.page, /^All other goods/)).toContain("Not known since 24 Jul 2026");
    const stop = region(w.page).getByRole("note", { name: "Where the sources stop" });
    expect(await seenText(stop)).toContain("Scenarios then use the layer below (0%)");
    await w.context.close();
  });
});

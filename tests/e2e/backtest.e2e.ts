/** Trade's "Model vs 2025" part in real Chromium: the backtest table, its sources, the fitted elasticities in the link, axe, phone width. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { axeViolations, launch, openPage, seenText, smallTargets } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const region = (page: Page) => page.getByRole("region", { name: "Trade", exact: true });
const table = (page: Page) => region(page).getByRole("table", { name: /^Change in Korea's exports to the US in 2025/ });
const row = (page: Page, name: RegExp) => table(page).getByRole("row", { name });
const carsFullYear = /^Autos \(passenger vehicles\)\s*2025 \(full year\) · Korean customs exports/;

async function openBacktest(path = "/?panel=trade&part=backtest", viewport?: { width: number; height: number }) {
  const w = await openPage(browser, path, viewport);
  await table(w.page).waitFor();
  return w;
}

describe("Trade: model vs what happened in 2025", () => {
  it("opens from its tab, and shows the observed −12.6% for cars beside the model's range, each number one click from its source", async () => {
    const w = await openPage(browser, "/?panel=trade");
    await region(w.page).getByRole("tab", { name: "Model vs 2025" }).click();
    await expect.poll(() => new URL(w.page.url()).searchParams.get("part")).toBe("backtest");
    const cars = row(w.page, carsFullYear);
    const text = await seenText(cars);
    expect(text).toContain("−12.6%");
    expect(text).toMatch(/−\d+\.\d% to −\d+\.\d%; default −\d+\.\d%/);
    expect(text).toMatch(/Above the range/);
    expect(text).toMatch(/Jan–Mar 0%; Apr 23\.3% \(0% → 25%\); May–Oct 25%; Nov–Dec 15%/);
    const source = cars.getByRole("link", { name: /^KITA via Etoday/ });
    expect(await source.getAttribute("href")).toBe("https://www.etoday.co.kr/news/view/2552123");
    expect(await source.getAttribute("target")).toBe("_blank");
    // The timeline behind the tariff path is one click away too.
    expect(await cars.getByRole("link").count()).toBeGreaterThan(2);
    expect(await seenText(row(w.page, /^Steel \(Section 232 steel mill products\)\s*2025 \(full year\)/))).toMatch(/not found/);
    expect(await w.page.getByText(/^Of \d+ observed changes, \d+ falls? inside the model's range/).isVisible()).toBe(true);
    expect(w.errors).toEqual([]);
    expect(w.foreign).toEqual([]);
    await w.context.close();
  });

  it("the fitted elasticities go into the scenarios and the link keeps them", async () => {
    const w = await openBacktest();
    await region(w.page).getByRole("button", { name: "Use the fitted elasticities in the scenarios" }).click();
    await expect.poll(() => new URL(w.page.url()).searchParams.get("elast")).toBe("fitted_2025");
    expect(new URL(w.page.url()).searchParams.get("part")).toBe("scenarios");
    const select = region(w.page).getByRole("combobox", { name: "Elasticities" });
    await expect.poll(() => select.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe("Fitted to 2025 (backtest)");
    const url = new URL(w.page.url());
    await w.page.reload();
    await select.waitFor();
    expect(await select.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe("Fitted to 2025 (backtest)");
    expect(new URL(w.page.url()).search).toBe(url.search);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it("is axe-clean, every control is at least 24×24 CSS px, and at 390 px the table scrolls in its own box", async () => {
    const w = await openBacktest();
    expect(await axeViolations(w.page, "#trade")).toEqual([]);
    expect(await smallTargets(region(w.page), "button, input, select, summary, a")).toEqual([]);
    await w.context.close();

    const phone = await openBacktest("/?panel=trade&part=backtest", { width: 390, height: 844 });
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    const box = phone.page.getByRole("region", { name: "Model vs what happened, 2025" });
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await axeViolations(phone.page, "#trade")).toEqual([]);
    await phone.context.close();
  });
});

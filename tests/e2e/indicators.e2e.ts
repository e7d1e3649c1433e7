import { afterAll, beforeAll, describe, expect, it } from "vitest";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { launch, openPage, scrolledTo, seenText } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const region = (page: Page, name: "Alliance" | "Threats") => page.getByRole("region", { name });
const figure = (page: Page, name: "Alliance" | "Threats", title: RegExp) => region(page, name).getByRole("figure", { name: title });

/** The panels load lazily after the map: wait until both are in the page. */
async function panelsReady(page: Page) {
  await figure(page, "Alliance", /South Korea's defence budget/).waitFor({ state: "attached" });
  await figure(page, "Threats", /missile launches per year/).waitFor({ state: "attached" });
}

/** A chart is drawn when it nears the viewport: scroll to each figure of both regions as a reader does and wait for its chart. */
async function drawEveryChart(page: Page) {
  for (const name of ["Alliance", "Threats"] as const) {
    const figures = region(page, name).getByRole("figure");
    const n = await figures.count();
    for (let i = 0; i < n; i++) {
      await scrolledTo(figures.nth(i));
      await figures.nth(i).locator(".recharts-wrapper > svg").first().waitFor({ state: "attached" });
    }
  }
}

async function inViewport(page: Page, name: "Alliance" | "Threats") {
  return region(page, name).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top < window.innerHeight && r.bottom > 0 && r.left < window.innerWidth && r.right > 0;
  });
}

describe("Alliance and Threats indicators", () => {
  it("both regions render charts, each with a summary and source links", async () => {
    const w = await openPage(browser, "/");
    await panelsReady(w.page);
    // Far below the first screen, a figure holds its chart's place and draws it when the reader gets near.
    const lowest = region(w.page, "Threats").getByRole("figure").last();
    expect(await lowest.locator(".sized-chart").evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(100);
    expect(await lowest.locator(".recharts-wrapper").count()).toBe(0);
    await drawEveryChart(w.page);
    for (const name of ["Alliance", "Threats"] as const) {
      const figures = region(w.page, name).getByRole("figure");
      const n = await figures.count();
      expect(n).toBeGreaterThanOrEqual(name === "Alliance" ? 3 : 6);
      for (let i = 0; i < n; i++) {
        const f = figures.nth(i);
        expect(await f.locator(".recharts-wrapper svg").count(), `${name} figure ${i} draws a chart`).toBeGreaterThan(0);
        expect(await f.locator("figcaption").getByRole("link").count(), `${name} figure ${i} links its sources`).toBeGreaterThan(0);
        expect((await seenText(f.locator(".chart-summary"))).length).toBeGreaterThan(20);
      }
    }
    expect(w.errors).toEqual([]);
    expect(w.foreign).toEqual([]);
    await w.context.close();
  });

  it("printing draws every chart on the page, including those the reader never scrolled to", async () => {
    const w = await openPage(browser, "/");
    await panelsReady(w.page);
    const boxes = w.page.locator(".chart-frame .sized-chart");
    const total = await boxes.count();
    expect(total).toBeGreaterThanOrEqual(12); // Trade 3, Alliance 3, Threats 6+
    expect(await w.page.locator(".chart-frame .recharts-wrapper").count()).toBeLessThan(total);
    const pdf = await w.page.pdf({ format: "A4" }); // headless Chromium's print: fires beforeprint
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    expect(await w.page.locator(".chart-frame .sized-chart > .recharts-wrapper").count()).toBe(total);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it("shows 28,500 USFK troops and SIPRI's ~50 warheads (capacity up to ~90), each with sources", async () => {
    const w = await openPage(browser, "/");
    await panelsReady(w.page);
    const usfk = region(w.page, "Alliance").locator("#indicator-usfk-troops");
    await expect.poll(() => seenText(usfk.locator(".stat"))).toMatch(/^28,500 US troops/);
    expect(await usfk.locator(".stat").getByRole("link").count()).toBeGreaterThan(0);
    const warheads = figure(w.page, "Threats", /North Korea's nuclear warheads/);
    expect(await seenText(warheads.locator(".chart-summary"))).toMatch(/about 50 assembled warheads.*up to 90/);
    expect(await warheads.locator("figcaption").getByRole("link", { name: /SIPRI/ }).count()).toBeGreaterThan(0);
    await warheads.getByRole("button", { name: "Table view" }).click();
    const table = warheads.getByRole("table").filter({ hasText: "fissile" });
    expect(await seenText(table)).toMatch(/up to 90/);
    await w.context.close();
  });

  it("the launch chart's legend distinguishes the counting methods", async () => {
    const w = await openPage(browser, "/");
    await panelsReady(w.page);
    const launches = figure(w.page, "Threats", /missile launches per year/);
    await scrolledTo(launches);
    const legend = launches.locator(".recharts-legend-item");
    await scrolledTo(legend.first());
    const names = await legend.allInnerTexts();
    expect(names.length).toBeGreaterThanOrEqual(2);
    expect(names.join(" | ")).toMatch(/Japan MoD: launch occasions.*CNS\/NTI/);
    await w.context.close();
  });

  it("clicking North Korea on the map brings Threats into view with its series highlighted", async () => {
    const w = await openPage(browser, "/");
    await panelsReady(w.page);
    await w.page.evaluate(() => window.scrollTo(0, 0));
    expect(await inViewport(w.page, "Threats")).toBe(false);
    await w.page.getByRole("button", { name: /^North Korea —/ }).click();
    await expect.poll(() => new URL(w.page.url()).searchParams.get("panel")).toBe("threats");
    await expect.poll(() => inViewport(w.page, "Threats")).toBe(true);
    const box = await region(w.page, "Threats").boundingBox();
    expect(box && box.y < 900 && box.y + box.height > 0).toBe(true);
    await region(w.page, "Threats").getByText(/^Highlighted for North Korea/).waitFor();
    expect(await region(w.page, "Threats").locator('[data-highlighted="true"]').count()).toBe(5);
    expect(await figure(w.page, "Threats", /missile launches per year/).getAttribute("data-highlighted")).toBe("true");
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it("a deep link that selects North Korea highlights Threats but leaves the reader at the top", async () => {
    const w = await openPage(browser, "/?actor=PRK");
    await panelsReady(w.page);
    await region(w.page, "Threats").getByText(/^Highlighted for North Korea/).waitFor({ state: "attached" });
    expect(new URL(w.page.url()).searchParams.get("panel")).toBeNull();
    expect(await w.page.evaluate(() => window.scrollY)).toBe(0);
    await w.context.close();
  });

  it.each([
    ["/", true],
    ["/?actor=PRK&date=2024-06-01", false],
    ["/?actor=KOR", false],
  ] as const)(
    "axe finds no violations in Alliance and Threats at %s (table views too: %s)",
    async (path, tables) => {
      const w = await openPage(browser, path);
      await panelsReady(w.page);
      await drawEveryChart(w.page);
      const check = async (what: string) => {
        const result = await new AxeBuilder({ page: w.page }).include("#alliance").include("#threats").analyze();
        expect(result.violations.map((v) => `${path} ${what} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      };
      await check("charts");
      if (!tables) return void (await w.context.close());
      const toggles = w.page.locator("#alliance, #threats").getByRole("button", { name: "Table view" });
      const n = await toggles.count();
      for (let i = 0; i < n; i++) await toggles.nth(i).click();
      await check("tables");
      await w.context.close();
    },
    120_000,
  );

  it("charts fit a phone screen", async () => {
    const w = await openPage(browser, "/", { width: 390, height: 844 });
    await panelsReady(w.page);
    await drawEveryChart(w.page);
    for (const name of ["Alliance", "Threats"] as const) {
      const overflow = await region(w.page, name).evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(1);
    }
    await w.context.close();
  });
});

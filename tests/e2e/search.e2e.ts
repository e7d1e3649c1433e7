import { afterAll, beforeAll, describe, expect, it } from "vitest";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { launch, openPage } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const box = (page: Page) => page.getByRole("combobox", { name: "Search the atlas" });

describe("search", () => {
  it("does not fetch its chunk before the map is interactive", async () => {
    const w = await openPage(browser);
    const early = await w.page.evaluate(() => {
      const mark = performance.getEntriesByName("map-ready")[0]?.startTime ?? 0;
      const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? 0;
      return performance
        .getEntriesByType("resource")
        .filter((e) => /search-engine|minisearch/.test(e.name) && e.startTime < Math.max(mark, fcp))
        .map((e) => e.name);
    });
    expect(early).toEqual([]);
    // Nor is MiniSearch inside a script loaded before then (its method names survive minifying).
    const bundled = await w.page.evaluate(async () => {
      const mark = performance.getEntriesByName("map-ready")[0]?.startTime ?? 0;
      const scripts = performance
        .getEntriesByType("resource")
        .filter((e) => e.name.endsWith(".js") && e.startTime < mark)
        .map((e) => e.name);
      const texts = await Promise.all(scripts.map((u) => fetch(u).then((r) => r.text())));
      return { scripts: scripts.length, withMiniSearch: texts.filter((t) => t.includes("addAllAsync")).length };
    });
    expect(bundled.scripts).toBeGreaterThan(0);
    expect(bundled.withMiniSearch).toBe(0);
    // It is fetched later, while the page is idle, so the first search does not wait for the network.
    await expect
      .poll(() => w.page.evaluate(() => performance.getEntriesByType("resource").filter((e) => /search-engine/.test(e.name)).length), { timeout: 10_000 })
      .toBeGreaterThan(0);
    await w.context.close();
  });

  it("`/` focuses it; typing \"Patriot\" lists grouped hits (axe clean); Enter opens the event in Details", async () => {
    const w = await openPage(browser);
    await w.page.locator("body").click({ position: { x: 5, y: 5 } });
    await w.page.keyboard.press("/");
    await expect.poll(() => box(w.page).evaluate((el) => el === document.activeElement)).toBe(true);
    await w.page.keyboard.type("Patriot");
    const list = w.page.getByRole("listbox", { name: "Search results" });
    await list.waitFor();
    expect(await box(w.page).getAttribute("aria-expanded")).toBe("true");
    const groups = await list.getByRole("group").evaluateAll((gs) =>
      gs.map((g) => document.getElementById(g.getAttribute("aria-labelledby") ?? "")?.textContent ?? ""),
    );
    expect(groups.some((g) => g.startsWith("Events"))).toBe(true);
    expect(groups.some((g) => g.startsWith("Sources"))).toBe(true);
    const first = list.getByRole("option").first();
    expect(await first.textContent()).toContain("USFK Patriot batteries flown to the Gulf");
    expect(await first.getAttribute("aria-selected")).toBe("true");

    const axe = await new AxeBuilder({ page: w.page }).include(".search-box").analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);

    // Targets: the field and every option at least 24 px high (options span the list's width).
    const heights = await list.getByRole("option").evaluateAll((os) => os.map((o) => o.getBoundingClientRect().height));
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(24);
    expect((await box(w.page).boundingBox())!.height).toBeGreaterThanOrEqual(24);

    await w.page.keyboard.press("Enter");
    await expect.poll(() => new URL(w.page.url()).searchParams.get("event")).toBe("2026-03-07-usfk-patriots-to-gulf");
    await w.page
      .getByRole("region", { name: "Details" })
      .getByRole("heading", { name: "USFK Patriot batteries flown to the Gulf for the Iran war" })
      .waitFor();
    expect(await list.isVisible()).toBe(false);
    expect(w.errors).toEqual([]);
    expect(w.foreign).toEqual([]);
    await w.context.close();
  });

  it("arrow keys reach an indicator, which opens in its panel; Escape closes the list", async () => {
    const w = await openPage(browser);
    await box(w.page).click();
    await w.page.keyboard.type("US Forces Korea");
    const list = w.page.getByRole("listbox", { name: "Search results" });
    const option = list.getByRole("option", { name: /^US Forces Korea/ });
    await option.waitFor();
    for (let i = 0; i < 20 && (await option.getAttribute("aria-selected")) !== "true"; i++) await w.page.keyboard.press("ArrowDown");
    expect(await box(w.page).getAttribute("aria-activedescendant")).toBe(await option.getAttribute("id"));
    await w.page.keyboard.press("Enter");
    await expect.poll(() => new URL(w.page.url()).searchParams.get("panel")).toBe("alliance");
    await w.page.keyboard.press("ArrowDown");
    await list.waitFor();
    await w.page.keyboard.press("Escape");
    await list.waitFor({ state: "hidden" });
    expect(await box(w.page).inputValue()).toBe("US Forces Korea");
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it("fits a phone screen", async () => {
    const w = await openPage(browser, "/", { width: 390, height: 844 });
    await w.page.keyboard.press("/");
    await w.page.keyboard.type("Section 122");
    const list = w.page.getByRole("listbox", { name: "Search results" });
    await list.waitFor();
    const r = (await list.boundingBox())!;
    expect(r.x).toBeGreaterThanOrEqual(0);
    expect(r.x + r.width).toBeLessThanOrEqual(390);
    await w.context.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { PANEL_PARTS, type PanelPart } from "../../src/domain/types";
import { indicatorsOfPart } from "../../src/domain/panel-parts";
import { clickActor, clickEdge, launch, openPage, scrolledTo, seenText } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The two indicator views, by the name of their region and tab, with the panel id of their address. */
const VIEWS = { Alliance: "alliance", Threats: "threats" } as const;
type ViewName = keyof typeof VIEWS;
const VIEW_NAMES = Object.keys(VIEWS) as ViewName[];
const PHONE = { width: 390, height: 844 };
/** Issue 19: no view taller than four screens at 1440×900. */
const MAX_HEIGHT = 4 * 900;

const region = (page: Page, name: ViewName) => page.getByRole("region", { name, exact: true });
const figure = (page: Page, name: ViewName, title: RegExp) => region(page, name).getByRole("figure", { name: title });
const tabs = (page: Page, name: ViewName) => region(page, name).getByRole("tablist", { name: `Parts of ${name}` }).getByRole("tab");
const partParam = (page: Page) => new URL(page.url()).searchParams.get("part");

/** Waits until every indicator of `part` is in the view's open tab panel. */
async function partShown(page: Page, name: ViewName, part: PanelPart) {
  const panel = region(page, name).getByRole("tabpanel");
  for (const id of indicatorsOfPart(part)) await panel.locator(`#indicator-${id}`).waitFor({ state: "attached" });
}

/** Opens a view (at its first part, or at `part`) and waits for that part's indicators. */
async function openView(name: ViewName, part?: PanelPart, viewport?: { width: number; height: number }) {
  const panel = VIEWS[name];
  const w = await openPage(browser, `/?panel=${panel}${part ? `&part=${part}` : ""}`, viewport);
  await partShown(w.page, name, part ?? PANEL_PARTS[panel][0]);
  return w;
}

/** Opens each part of the open view in turn through its tabs, as a reader does, and calls `visit` there. */
async function eachPart(page: Page, name: ViewName, visit: (part: PanelPart) => Promise<void>) {
  const parts = PANEL_PARTS[VIEWS[name]];
  expect(await tabs(page, name).count()).toBe(parts.length);
  for (const [i, part] of parts.entries()) {
    const tab = tabs(page, name).nth(i);
    await tab.click();
    await expect.poll(() => tab.getAttribute("aria-selected")).toBe("true");
    await expect.poll(() => partParam(page)).toBe(part);
    await partShown(page, name, part);
    await visit(part);
  }
}

/** A chart is drawn when it nears the viewport: scroll to each figure of the view as a reader does and wait for its chart. */
async function drawEveryChart(page: Page, name: ViewName) {
  const figures = region(page, name).getByRole("figure");
  const n = await figures.count();
  for (let i = 0; i < n; i++) {
    await scrolledTo(figures.nth(i));
    await figures.nth(i).locator(".recharts-wrapper > svg").first().waitFor({ state: "attached" });
  }
}

/**
 * The page's height as the reader first gets it, and once every block has been drawn: blocks far from
 * the viewport hold a placeholder height until drawn, so the page is scrolled through, a screen at a time.
 */
async function pageHeights(page: Page): Promise<{ atLoad: number; drawn: number }> {
  return page.evaluate(async () => {
    const frames = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
    const doc = document.documentElement;
    // The view's blocks skip their rendering while off screen (content-visibility: auto, at a
    // placeholder of 480 px): until a frame has run after they were inserted, every block, on screen
    // or not, stands at that placeholder. Measured in that instant, under load, the part was 4,769 px
    // instead of 2,121. The page as first shown is the one after that frame.
    await frames();
    const atLoad = doc.scrollHeight;
    for (let i = 0; i < 40 && scrollY + innerHeight < doc.scrollHeight - 1; i++) {
      scrollTo(0, scrollY + innerHeight * 0.9);
      await frames();
    }
    const drawn = doc.scrollHeight;
    scrollTo(0, 0);
    await frames();
    return { atLoad, drawn };
  });
}

const drawnCharts = (page: Page) => page.locator(".chart-frame .sized-chart > .recharts-wrapper").count();

describe("Alliance and Threats indicators", () => {
  it.each(VIEW_NAMES)(
    "%s: every part renders its items, each chart with a summary and source links",
    async (name) => {
      const w = await openView(name);
      let charts = 0;
      await eachPart(w.page, name, async (part) => {
        // Every item of the part: a chart (figure) or a card (a number, a calendar, dated facts).
        const items = region(w.page, name).locator(indicatorsOfPart(part).map((id) => `#indicator-${id}`).join(", "));
        const n = await items.count();
        expect(n, `${part} shows each of its items`).toBe(indicatorsOfPart(part).length);
        for (let i = 0; i < n; i++) {
          const item = items.nth(i);
          expect((await seenText(item.locator(".chart-summary").first())).length, `${part} item ${i} has a summary`).toBeGreaterThan(20);
          expect(await item.getByRole("link").count(), `${part} item ${i} links its sources`).toBeGreaterThan(0);
        }
        await drawEveryChart(w.page, name);
        const figures = region(w.page, name).getByRole("figure");
        for (let i = 0; i < (await figures.count()); i++) {
          const f = figures.nth(i);
          charts++;
          expect(await f.locator(".recharts-wrapper svg").count(), `${part} figure ${i} draws a chart`).toBeGreaterThan(0);
          expect(await f.locator("figcaption").getByRole("link").count(), `${part} figure ${i} links its sources`).toBeGreaterThan(0);
        }
      });
      expect(charts).toBeGreaterThanOrEqual(name === "Alliance" ? 3 : 7);
      expect(w.errors).toEqual([]);
      expect(w.foreign).toEqual([]);
      await w.context.close();
    },
    120_000,
  );

  it.each(VIEW_NAMES)(
    "%s: printing draws every chart of each part, including those the reader never scrolled to",
    async (name) => {
      // On a phone the charts below the first screens are not drawn yet.
      const w = await openView(name, undefined, PHONE);
      let undrawn = 0;
      await eachPart(w.page, name, async (part) => {
        await w.page.evaluate(() => window.scrollTo(0, 0));
        const total = await w.page.locator(".chart-frame .sized-chart").count();
        undrawn += total - (await drawnCharts(w.page));
        const pdf = await w.page.pdf({ format: "A4" }); // headless Chromium's print: fires beforeprint
        expect(pdf.byteLength).toBeGreaterThan(10_000);
        expect(await drawnCharts(w.page), `${part}: every chart drawn for print`).toBe(total);
      });
      expect(undrawn, "some charts were not drawn before printing").toBeGreaterThan(0);
      expect(w.errors).toEqual([]);
      await w.context.close();
    },
    120_000,
  );

  it("shows 28,500 USFK troops and SIPRI's ~50 warheads (capacity up to ~90), each with sources", async () => {
    const w = await openView("Alliance");
    await region(w.page, "Alliance").getByRole("tab", { name: /^US forces and cost-sharing/ }).click();
    await partShown(w.page, "Alliance", "forces");
    const usfk = region(w.page, "Alliance").locator("section").filter({ has: w.page.getByRole("heading", { name: "US Forces Korea", exact: true }) });
    await expect.poll(() => seenText(usfk.locator(".stat"))).toMatch(/^28,500 US troops/);
    expect(await usfk.locator(".stat").getByRole("link").count()).toBeGreaterThan(0);
    await w.context.close();

    const t = await openView("Threats", "arsenal");
    const warheads = figure(t.page, "Threats", /North Korea's nuclear warheads/);
    expect(await seenText(warheads.locator(".chart-summary"))).toMatch(/about 50 assembled warheads.*up to 90/);
    expect(await warheads.locator("figcaption").getByRole("link", { name: /SIPRI/ }).count()).toBeGreaterThan(0);
    await warheads.getByRole("button", { name: "Table view" }).click();
    const table = warheads.getByRole("table").filter({ hasText: "fissile" });
    expect(await seenText(table)).toMatch(/up to 90/);
    await t.context.close();
  });

  it("the launch chart's legend distinguishes the counting methods", async () => {
    const w = await openView("Threats");
    const launches = figure(w.page, "Threats", /missile launches per year/);
    const legend = launches.locator(".chart-legend li");
    await scrolledTo(launches);
    await legend.first().waitFor();
    const names = await legend.allInnerTexts();
    expect(names.length).toBeGreaterThanOrEqual(2);
    expect(names.join(" | ")).toMatch(/Japan MoD: launch occasions.*CNS\/NTI/);
    await w.context.close();
  });

  it.each([
    ["North Korea", "actor", "North Korea's arsenal", "arsenal", 2, /missile launches per year/],
    ["North Korea – Russia: military alliance", "edge", "North Korea and Russia", "russia", 3, /personnel sent to Russia/],
  ] as const)(
    "selecting %s on the map and following its link opens Threats at the part with its highlighted series",
    async (what, kind, tabName, part, count, first) => {
      const w = await openPage(browser, "/");
      if (kind === "actor") await clickActor(w.page, what);
      else await clickEdge(w.page, what);
      const links = w.page.getByRole("navigation", { name: "The selection in other views" });
      // The map stays until the reader follows the link.
      expect(new URL(w.page.url()).searchParams.get("panel")).toBeNull();
      await links.getByRole("button", { name: /^Threats: \d+ items?$/ }).click();
      await expect.poll(() => new URL(w.page.url()).searchParams.get("panel")).toBe("threats");
      const threats = region(w.page, "Threats");
      await partShown(w.page, "Threats", part);
      expect(await threats.getByRole("tab", { name: new RegExp(`^${tabName}`) }).getAttribute("aria-selected")).toBe("true");
      const subject = kind === "actor" ? what : "North Korea – Russia";
      await threats.getByRole("status").filter({ hasText: `Highlighted for ${subject}: ${count} items below.` }).waitFor();
      expect(await threats.locator('[data-highlighted="true"]').count()).toBe(count);
      expect(await figure(w.page, "Threats", first).getAttribute("data-highlighted")).toBe("true");
      // The view is on screen from its top.
      await expect.poll(() => threats.evaluate((el) => Math.abs(el.getBoundingClientRect().top) < 200)).toBe(true);
      expect(w.errors).toEqual([]);
      await w.context.close();
    },
  );

  it("a deep link that selects North Korea highlights its series in Threats but leaves the reader at the top", async () => {
    const w = await openPage(browser, "/?actor=PRK&panel=threats");
    await partShown(w.page, "Threats", "arsenal");
    const threats = region(w.page, "Threats");
    await threats.getByRole("status").filter({ hasText: "Highlighted for North Korea: 2 items below." }).waitFor();
    expect(await threats.locator('[data-highlighted="true"]').count()).toBe(2);
    expect(await figure(w.page, "Threats", /missile launches per year/).getAttribute("data-highlighted")).toBe("true");
    expect(await threats.getByRole("tab", { name: "North Korea and Russia (3 highlighted)" }).count()).toBe(1);
    // Let a (wrong) scroll after the highlight's paint happen before looking.
    await scrolledTo(threats.getByRole("status"));
    await w.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await w.page.evaluate(() => window.scrollY)).toBe(0);
    expect(new URL(w.page.url()).searchParams.get("panel")).toBe("threats");
    await w.context.close();
  });

  it.each([
    ["Alliance", "", true],
    ["Threats", "", true],
    ["Alliance", "&actor=KOR", false],
    ["Threats", "&actor=PRK&date=2024-06-01", false],
  ] as const)(
    "axe finds no violations in any part of %s at 1440×900 (address extras %j, table views too: %s)",
    async (name, extra, tables) => {
      const panel = VIEWS[name];
      const w = await openPage(browser, `/?panel=${panel}${extra}`);
      await tabs(w.page, name).first().waitFor();
      const check = async (what: string) => {
        const result = await new AxeBuilder({ page: w.page }).include(`#${panel}`).analyze();
        expect(result.violations.map((v) => `${name} ${what} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      };
      await eachPart(w.page, name, async (part) => {
        await drawEveryChart(w.page, name);
        await check(`${part} charts`);
        if (!tables) return;
        const toggles = region(w.page, name).getByRole("button", { name: "Table view" });
        const n = await toggles.count();
        for (let i = 0; i < n; i++) await toggles.nth(i).click();
        expect(await region(w.page, name).getByRole("button", { name: "Table view", pressed: true }).count()).toBe(n);
        await check(`${part} tables`);
      });
      await w.context.close();
    },
    180_000,
  );

  it.each(VIEW_NAMES)(
    "%s: the charts of every part fit a 390×844 phone screen (no sideways scroll)",
    async (name) => {
      const w = await openView(name, undefined, PHONE);
      await eachPart(w.page, name, async (part) => {
        await drawEveryChart(w.page, name);
        const overflow = await region(w.page, name).evaluate((el) => el.scrollWidth - el.clientWidth);
        expect(overflow, `${part} scrolls sideways`).toBeLessThanOrEqual(1);
        const page = await w.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(page, `${part}: the page scrolls sideways`).toBeLessThanOrEqual(0);
        const right = await region(w.page, name).getByRole("figure").evaluateAll((els) => Math.max(0, ...els.map((el) => el.getBoundingClientRect().right)));
        expect(right, `${part}: a chart reaches past the screen`).toBeLessThanOrEqual(PHONE.width);
      });
      await w.context.close();
    },
    120_000,
  );

  it.each(VIEW_NAMES.flatMap((name) => PANEL_PARTS[VIEWS[name]].map((part) => [name, part] as const)))(
    "%s › %s is at most four screens tall at 1440×900 (issue 19)",
    async (name, part) => {
      const w = await openView(name, part);
      expect(await tabs(w.page, name).nth((PANEL_PARTS[VIEWS[name]] as readonly string[]).indexOf(part)).getAttribute("aria-selected")).toBe("true");
      const { atLoad, drawn } = await pageHeights(w.page);
      expect(atLoad, `${name} › ${part} as first laid out`).toBeLessThanOrEqual(MAX_HEIGHT);
      expect(drawn, `${name} › ${part} once every block is drawn`).toBeLessThanOrEqual(MAX_HEIGHT);
      // The measure is of the whole part: its last item was reached.
      const last = indicatorsOfPart(part).at(-1)!;
      expect(await w.page.locator(`#indicator-${last}`).evaluate((el) => el.getBoundingClientRect().bottom + scrollY)).toBeLessThanOrEqual(drawn);
      await w.context.close();
    },
  );
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, ElementHandle, Page } from "playwright-core";
import { PANEL_PARTS, type PartedPanel } from "../../src/domain/types";
import { goToView, launch, openPage, scrolledTo, type Watched } from "./browser";

/**
 * Issue 19, one view per tab: the first screen at 1440×900 (the map large and whole, Details beside
 * it, the headline figures above), every view and part at most four screens tall, and on a phone
 * (390×844) nothing wider than the screen, every target at least 24×24 px, and no axe violation.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const TOUCH = { isMobile: true, hasTouch: true };

/** The views that are one screen each, and the parted panels (each part visited through its tab). */
const WHOLE_VIEWS = [
  { name: "Map", path: "/?panel=map" },
  { name: "Guided story, step 1", path: "/?story=1" },
];
const PARTED: { panel: PartedPanel; name: string }[] = [
  { panel: "trade", name: "Trade" },
  { panel: "alliance", name: "Alliance" },
  { panel: "threats", name: "Threats" },
  { panel: "changes", name: "What changed" },
];

/** How many views and parts everyView visits. */
const ALL_VIEWS = WHOLE_VIEWS.length + PARTED.reduce((n, p) => n + PANEL_PARTS[p.panel].length, 0);

/** Every name the map writes (as in map.e2e.ts): the seven actors, Seoul, Pyongyang and the DMZ. */
const LABEL_TEXTS = ["United States", "South Korea", "North Korea", "China", "Russia", "Japan", "Ukraine", "Seoul", "Pyongyang", "DMZ"];

interface Pass {
  /** document.documentElement.scrollHeight once every block has been drawn. */
  height: number;
  /** The widest document.documentElement.scrollWidth seen on the way down. */
  width: number;
  /** Interactive targets smaller than 24×24 CSS px, seen on screen. */
  small: string[];
  /** Tables wider than their box: whether the box scrolls sideways, and whether it shows a cue. */
  wide: { table: string; scrolls: boolean; cue: boolean }[];
}

/**
 * Scrolls the view from top to bottom, a screen at a time, waiting for the frames that draw each
 * screen (blocks far from the viewport are not drawn: content-visibility), and measures what is on
 * screen on the way: the document's width, small targets and wide tables. Returns to the top.
 */
async function passThrough(page: Page): Promise<Pass> {
  return page.evaluate(async () => {
    const twoFrames = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
    const doc = document.documentElement;
    const small = new Set<string>();
    const wide = new Map<string, { table: string; scrolls: boolean; cue: boolean }>();
    let width = 0;
    const nameOf = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.getAttribute("role") ? `[role=${el.getAttribute("role")}]` : ""} "${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 50)}"`;
    const measure = () => {
      width = Math.max(width, doc.scrollWidth);
      // Targets: controls, not links inside a line of text (WCAG 2.5.8's inline exception).
      const targets = document.querySelectorAll<Element>(
        'button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="tab"], [role="checkbox"], [role="radio"], [role="switch"]',
      );
      for (const el of targets) {
        if (el.closest(".visually-hidden, [hidden], [aria-hidden='true']")) continue;
        // The map's actors and lines: their hit areas (a 24 px circle, a 16 px band along a line) are
        // not their boxes; map.e2e.ts measures those at this size.
        if (el.closest("[data-actor], [data-relation]")) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        if (r.bottom < 0 || r.top > innerHeight) continue;
        if (getComputedStyle(el).visibility === "hidden") continue;
        if (r.width < 23.5 || r.height < 23.5) small.add(`${nameOf(el)} ${r.width.toFixed(1)}×${r.height.toFixed(1)}`);
      }
      for (const t of document.querySelectorAll<HTMLTableElement>("main table")) {
        const r = t.getBoundingClientRect();
        if (r.bottom < 0 || r.top > innerHeight || r.width === 0) continue;
        // The nearest box that clips the table: a table wider than it must scroll inside it.
        let box: HTMLElement | null = t;
        while (box && box !== doc && box.scrollWidth <= box.clientWidth + 1) box = box.parentElement;
        if (!box || box === doc || box === document.body) continue;
        const style = getComputedStyle(box);
        const scrolls = style.overflowX === "auto" || style.overflowX === "scroll";
        // A cue: a shadow/fade drawn by gradients on the box, or a visible "scroll" hint beside it.
        const hint = [...(box.parentElement?.children ?? [])].some(
          (c) => c !== box && /scroll/i.test(c.textContent ?? "") && c.getBoundingClientRect().width > 0,
        );
        const cue = /gradient/.test(style.backgroundImage) || hint;
        const name = t.getAttribute("aria-label") ?? t.caption?.textContent?.trim() ?? nameOf(t);
        wide.set(name.slice(0, 80), { table: name.slice(0, 80), scrolls, cue });
      }
    };
    scrollTo(0, 0);
    await twoFrames();
    measure();
    for (let i = 0; i < 60 && scrollY + innerHeight < doc.scrollHeight - 1; i++) {
      scrollTo(0, scrollY + innerHeight * 0.9);
      await twoFrames();
      measure();
    }
    const height = doc.scrollHeight;
    scrollTo(0, 0);
    await twoFrames();
    return { height, width, small: [...small], wide: [...wide.values()] };
  });
}

/** Visits every view and every part of the parted panels in one page, calling `check` on each. */
async function everyView(page: Page, check: (view: string) => Promise<void>): Promise<void> {
  for (const v of WHOLE_VIEWS) {
    await goToView(page, v.path);
    await check(v.name);
  }
  for (const { panel, name } of PARTED) {
    await goToView(page, `/?panel=${panel}`);
    const region = page.getByRole("region", { name, exact: true });
    const tabs = region.getByRole("tablist", { name: `Parts of ${name}` }).getByRole("tab");
    const parts = PANEL_PARTS[panel];
    // Every part has its tab, in order (a part added to PANEL_PARTS is then checked too).
    expect(await tabs.count()).toBe(parts.length);
    for (const [i, part] of parts.entries()) {
      const tab = tabs.nth(i);
      await tab.click();
      await expect.poll(() => tab.getAttribute("aria-selected")).toBe("true");
      await expect.poll(() => new URL(page.url()).searchParams.get("part")).toBe(part);
      await page.waitForFunction(() => document.querySelectorAll(".loading").length === 0);
      await check(`${name} › ${part}`);
    }
  }
}

/**
 * axe's violations, WCAG 2.2's target size (24 px, with its spacing rule) included. The Map view is
 * scanned whole (header, nav, headline, map, Details, timeline); elsewhere only what differs: the
 * story's step (the map under it is the Map view's) and each panel part's region.
 */
async function axeViolations(page: Page, view: string): Promise<string[]> {
  const axe = new AxeBuilder({ page }).options({ rules: { "target-size": { enabled: true } } });
  if (view.startsWith("Guided story")) axe.include(".story-slot").include(".story-view-link");
  else if (view !== "Map") axe.include("main .region-view");
  const result = await axe.analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/**
 * How dark the left and right edges of an element look on screen: the median luminance (0–255) of
 * its outermost 4 px columns, from a screenshot decoded in a blank page (the app's CSP allows no
 * data: image). Text covers a minority of an edge's pixels; a shadow darkens most of them.
 */
async function edgeShade(page: Page, box: ElementHandle<Element>): Promise<{ left: number; right: number }> {
  const png = (await box.screenshot()).toString("base64");
  const blank = await page.context().newPage();
  try {
    return await blank.evaluate(async (data) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const c = document.createElement("canvas");
      [c.width, c.height] = [img.width, img.height];
      const g = c.getContext("2d")!;
      g.drawImage(img, 0, 0);
      const median = (x0: number) => {
        const { data: px } = g.getImageData(x0, 0, 4, img.height);
        const lum: number[] = [];
        for (let i = 0; i < px.length; i += 4) lum.push(0.2126 * px[i]! + 0.7152 * px[i + 1]! + 0.0722 * px[i + 2]!);
        lum.sort((a, b) => a - b);
        return lum[Math.floor(lum.length / 2)]!;
      };
      return { left: median(0), right: median(img.width - 4) };
    }, png);
  } finally {
    await blank.close();
  }
}

describe("at 1440×900", () => {
  let w: Watched;
  beforeAll(async () => {
    w = await openPage(browser, "/", DESKTOP);
  });
  afterAll(async () => {
    await w?.context.close();
  });

  it("the first screen shows the map large and whole, with Details beside it and the timeline under it", async () => {
    const map = await w.page.getByRole("region", { name: "Map", exact: true }).boundingBox();
    const details = await w.page.getByRole("region", { name: "Details", exact: true }).boundingBox();
    const timeline = await w.page.getByRole("region", { name: "Timeline", exact: true }).boundingBox();
    expect(await w.page.evaluate(() => scrollY)).toBe(0);
    expect(map!.width).toBeGreaterThanOrEqual(0.55 * DESKTOP.width);
    expect(map!.height).toBeGreaterThanOrEqual(420);
    expect(map!.y).toBeGreaterThanOrEqual(0);
    expect(map!.y + map!.height).toBeLessThanOrEqual(DESKTOP.height);
    // Beside: to the right of the map, their tops overlapping.
    expect(details!.x).toBeGreaterThan(map!.x + map!.width);
    expect(details!.y).toBeLessThan(map!.y + map!.height);
    expect(details!.y + details!.height).toBeGreaterThan(map!.y);
    expect(timeline!.y).toBeGreaterThanOrEqual(map!.y + map!.height);
    expect(w.errors).toEqual([]);
    expect(w.foreign).toEqual([]);
  });

  it("the first screen shows the headline figures, each with value, date, confidence, source and a link to its view", async () => {
    const strip = w.page.getByRole("region", { name: "Headline figures" });
    const figures: { name: RegExp; view: string; panel: string; value: RegExp; text?: RegExp }[] = [
      { name: /^US tariff on Korean goods/, view: "Trade", panel: "trade", value: /^(\d+(\.\d+)?%|not known)$/, text: /(Section \d+|IEEPA|KORUS)[^\n]*\(most goods\)\s+in force on \d/ },
      { name: /^Korea's exports to the US/, view: "Trade", panel: "trade", value: /^\d[\d,.]* USD bn$/ },
      { name: /^DPRK ballistic-missile launches, \d{4}/, view: "Threats", panel: "threats", value: /^\d+$/ },
      { name: /^US troops in Korea \(USFK\)/, view: "Alliance", panel: "alliance", value: /^\d[\d,]*$/ },
      { name: /^DPRK troops in Russia/, view: "Threats", panel: "threats", value: /^\d[\d,]*$/ },
    ];
    for (const f of figures) {
      const card = strip.getByRole("article", { name: f.name });
      expect(await card.isVisible(), String(f.name)).toBe(true);
      const values = await card.locator(".headline-value").allInnerTexts();
      expect(values.length, String(f.name)).toBeGreaterThan(0);
      for (const v of values) expect(v.trim(), String(f.name)).toMatch(f.value);
      expect(await card.locator("time").first().getAttribute("datetime"), String(f.name)).toMatch(/^\d{4}(-\d\d){0,2}$/);
      expect(await card.getByText(/^(verified|secondary source|unverified)$/).first().isVisible(), String(f.name)).toBe(true);
      const source = card.getByRole("link").first();
      expect(await source.isVisible(), String(f.name)).toBe(true);
      expect(await source.getAttribute("href"), String(f.name)).toMatch(/^https?:\/\//);
      expect(await card.getByRole("button", { name: new RegExp(`open in ${f.view}$`) }).isVisible(), String(f.name)).toBe(true);
      if (f.text) expect(await card.innerText()).toMatch(f.text);
    }
    // Opening one: USFK opens Alliance at its forces.
    await strip.getByRole("article", { name: /^US troops in Korea/ }).getByRole("button", { name: /open in Alliance$/ }).click();
    await expect.poll(() => new URL(w.page.url()).searchParams.get("panel")).toBe("alliance");
    const alliance = w.page.getByRole("region", { name: "Alliance", exact: true });
    await alliance.waitFor();
    expect(await w.page.getByRole("region", { name: "Map", exact: true }).count()).toBe(0);
    expect(await w.page.getByRole("navigation", { name: "Panels" }).getByRole("button", { name: "Alliance" }).getAttribute("aria-pressed")).toBe("true");
    // At the part that shows the figure: US Forces Korea's chart.
    expect(new URL(w.page.url()).searchParams.get("part")).toBe("forces");
    const usfk = alliance.getByRole("tabpanel").getByRole("heading", { name: /^US Forces Korea/ }).first();
    await scrolledTo(usfk);
    expect(await usfk.isVisible()).toBe(true);
    expect(w.errors).toEqual([]);
  });

  /** Console and page errors per view, seen while the views were measured; the views measured. */
  const errors: Record<string, string[]> = {};
  const visited: string[] = [];

  it("every view and part is at most four screens tall and has no axe violation", { timeout: 240_000 }, async () => {
    const heights: Record<string, number> = {};
    const violations: Record<string, string[]> = {};
    w.errors.length = 0;
    await everyView(w.page, async (view) => {
      heights[view] = (await passThrough(w.page)).height;
      const v = await axeViolations(w.page, view);
      if (v.length) violations[view] = v;
      visited.push(view);
      if (w.errors.length) errors[view] = w.errors.splice(0).map((e) => e.split("\n")[0]!);
    });
    console.log("layout: scrollHeight at 1440×900", heights);
    expect.soft(Object.entries(heights).filter(([, h]) => h > 4 * DESKTOP.height)).toEqual([]);
    expect.soft(violations).toEqual({});
  });

  it("no view logs an error when loaded by its address or opened by its tab", () => {
    expect(visited).toHaveLength(ALL_VIEWS);
    expect(errors).toEqual({});
  });
});

describe("every view on a phone (390×844, touch)", () => {
  let w: Watched;
  beforeAll(async () => {
    w = await openPage(browser, "/", PHONE, TOUCH);
  });
  afterAll(async () => {
    await w?.context.close();
  });

  it("nothing on the first screen moves when the headline figures arrive (their place is held)", async () => {
    const own = await browser.newContext({ viewport: PHONE, reducedMotion: "reduce", ...TOUCH });
    const page = await own.newPage();
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { __shifts: number[] }).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
          if (!e.hadRecentInput) shifts.push(e.value);
      }).observe({ type: "layout-shift", buffered: true });
    });
    await goToView(page, "/");
    await page.getByRole("region", { name: "Headline figures" }).getByRole("button").first().waitFor();
    // Layout shifts are reported after the frame that made them: wait for two more frames.
    const shifts = await page.evaluate(
      () =>
        new Promise<number[]>((r) =>
          requestAnimationFrame(() => requestAnimationFrame(() => r((window as unknown as { __shifts: number[] }).__shifts))),
        ),
    );
    expect(shifts.reduce((a, v) => a + v, 0)).toBeLessThan(0.02);
    await own.close();
  });

  it("shows every nav label whole, each button reachable in the scrolling tab bar", async () => {
    await goToView(w.page, "/?panel=map");
    const nav = w.page.getByRole("navigation", { name: "Panels" });
    const buttons = nav.getByRole("button");
    const labels = await buttons.allInnerTexts();
    expect(labels.slice(0, 6)).toEqual(["Map", "Trade", "Alliance", "Threats", "What changed", "Guided story"]);
    // The page is the phone's width (a wider page would be zoomed out to fit, on a phone).
    expect(await w.page.evaluate(() => [innerWidth, document.documentElement.scrollWidth])).toEqual([PHONE.width, PHONE.width]);
    const navBox = (await nav.boundingBox())!;
    expect(navBox.x).toBeGreaterThanOrEqual(0);
    expect(navBox.x + navBox.width).toBeLessThanOrEqual(PHONE.width);
    // What does not fit scrolls inside the bar, not the page.
    const bar = await nav.evaluate((n) => ({ overflows: n.scrollWidth > n.clientWidth, overflowX: getComputedStyle(n).overflowX }));
    if (bar.overflows) expect(["auto", "scroll"]).toContain(bar.overflowX);
    for (let i = 0; i < labels.length; i++) {
      const b = buttons.nth(i);
      expect(await b.evaluate((el) => el.scrollWidth <= el.clientWidth), labels[i]).toBe(true);
      await scrolledTo(b);
      const box = (await b.boundingBox())!;
      expect(box.x, labels[i]).toBeGreaterThanOrEqual(navBox.x - 0.5);
      expect(box.x + box.width, labels[i]).toBeLessThanOrEqual(navBox.x + navBox.width + 0.5);
      expect(Math.min(box.width, box.height), labels[i]).toBeGreaterThanOrEqual(24);
    }
    // The page itself did not move sideways to show them.
    expect(await w.page.evaluate(() => scrollX)).toBe(0);
  });

  /** Console and page errors per view, seen while the views were measured; the views measured. */
  const errors: Record<string, string[]> = {};
  const visited: string[] = [];

  it("no view or part scrolls sideways, wide tables scroll in their box with a cue, targets are 24×24 px, axe passes", { timeout: 240_000 }, async () => {
    const widths: Record<string, number> = {};
    const small: Record<string, string[]> = {};
    const tables: Record<string, Pass["wide"]> = {};
    const violations: Record<string, string[]> = {};
    w.errors.length = 0;
    await everyView(w.page, async (view) => {
      const pass = await passThrough(w.page);
      widths[view] = pass.width;
      if (pass.small.length) small[view] = pass.small;
      const bad = pass.wide.filter((t) => !t.scrolls || !t.cue);
      if (bad.length) tables[view] = bad;
      // Some table is wide on a phone (the scenario comparison at least): the check above has work.
      if (view === "Trade › scenarios") expect(pass.wide.length).toBeGreaterThan(0);
      const v = await axeViolations(w.page, view);
      if (v.length) violations[view] = v;
      visited.push(view);
      if (w.errors.length) errors[view] = w.errors.splice(0).map((e) => e.split("\n")[0]!);
    });
    console.log("layout: scrollWidth at 390×844", widths);
    expect.soft(Object.entries(widths).filter(([, x]) => x > PHONE.width)).toEqual([]);
    expect.soft(tables).toEqual({});
    expect.soft(small).toEqual({});
    expect.soft(violations).toEqual({});
  });

  it("no view logs an error when loaded by its address or opened by its tab", () => {
    expect(visited).toHaveLength(ALL_VIEWS);
    expect(errors).toEqual({});
  });

  it("a wide table shows it scrolls: a shadow on the side that has more, none on the side that has not", async () => {
    await goToView(w.page, "/?panel=trade&part=scenarios");
    const table = w.page.getByRole("region", { name: "Trade", exact: true }).getByRole("table", { name: /^Tariff scenarios compared/ });
    await scrolledTo(table);
    const handle = await table.evaluateHandle((t) => {
      let box = t.parentElement;
      while (box && box.scrollWidth <= box.clientWidth + 1) box = box.parentElement;
      return box!;
    });
    const box = handle as ElementHandle<Element>;
    expect(await box.evaluate((b) => [b !== document.documentElement, b.scrollWidth > b.clientWidth])).toEqual([true, true]);
    const atStart = await edgeShade(w.page, box);
    expect(atStart.right).toBeLessThan(atStart.left - 20);
    await box.evaluate((b) => new Promise<void>((r) => {
      b.scrollLeft = b.scrollWidth;
      requestAnimationFrame(() => requestAnimationFrame(() => r()));
    }));
    const atEnd = await edgeShade(w.page, box);
    expect(atEnd.left).toBeLessThan(atEnd.right - 20);
  });

  it("the map fills the width with its labels, and the headline figures wrap or scroll in their box", async () => {
    await goToView(w.page, "/?panel=map");
    const main = await w.page.locator("main#main").evaluate((m) => {
      const s = getComputedStyle(m);
      return { padding: parseFloat(s.paddingLeft) + parseFloat(s.paddingRight) };
    });
    const svg = (await w.page.getByRole("region", { name: "Map", exact: true }).locator("svg.map-svg").first().boundingBox())!;
    expect(svg.width).toBeGreaterThanOrEqual(0.9 * (PHONE.width - main.padding));
    expect(svg.x + svg.width).toBeLessThanOrEqual(PHONE.width);
    await w.page.waitForFunction((n) => document.querySelectorAll(".map-label").length >= n, LABEL_TEXTS.length);
    const labels = await w.page.evaluate(() =>
      [...document.querySelectorAll<SVGTextElement>(".map-label")].map((t) => {
        const r = t.getBoundingClientRect();
        const box = t.ownerSVGElement!.getBoundingClientRect();
        const lines = [...t.querySelectorAll("tspan")].map((s) => s.textContent);
        return {
          text: lines.length ? lines.join(" ") : (t.textContent ?? ""),
          inside: r.width > 0 && r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1,
        };
      }),
    );
    expect(new Set(labels.map((l) => l.text))).toEqual(new Set(LABEL_TEXTS));
    expect(labels.filter((l) => !l.inside)).toEqual([]);

    const strip = w.page.getByRole("region", { name: "Headline figures" });
    const layout = await strip.evaluate((s) => {
      const cards = s.querySelector<HTMLElement>(".headline-cards")!;
      const r = s.getBoundingClientRect();
      return {
        left: r.left,
        right: r.right,
        overflowX: getComputedStyle(cards).overflowX,
        fits: cards.scrollWidth <= cards.clientWidth + 1,
      };
    });
    expect(layout.left).toBeGreaterThanOrEqual(0);
    expect(layout.right).toBeLessThanOrEqual(PHONE.width);
    // Either the cards wrap within the strip, or the strip scrolls sideways on its own.
    expect(layout.fits || ["auto", "scroll"].includes(layout.overflowX)).toBe(true);
    const cards = strip.getByRole("article");
    expect(await cards.count()).toBeGreaterThanOrEqual(5);
    for (let i = 0; i < (await cards.count()); i++) {
      await scrolledTo(cards.nth(i));
      const box = (await cards.nth(i).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    }
    expect(await w.page.evaluate(() => [scrollX, document.documentElement.scrollWidth])).toEqual([0, PHONE.width]);
  });
});

/** Shared browser helpers for end-to-end tests: system Chromium, no request may leave the origin. */
import { chromium, type Browser, type BrowserContext, type JSHandle, type Locator, type Page } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";
import { CHROMIUM_ARGS } from "./chromium.mjs";

export const ATLAS_URL = process.env.ATLAS_E2E_URL ?? "";

export async function launch(): Promise<Browser> {
  if (!ATLAS_URL) throw new Error("ATLAS_E2E_URL is not set: run the e2e tests with `npm run test:e2e`");
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

export interface Watched {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
  /** Requests to any origin other than the app's. */
  foreign: string[];
}

/** A fresh context and page that records console errors and any request leaving the origin. */
export async function openPage(
  browser: Browser,
  path = "/",
  viewport = { width: 1440, height: 900 },
  device: { isMobile?: boolean; hasTouch?: boolean } = {},
): Promise<Watched> {
  const context = await browser.newContext({ viewport, reducedMotion: "reduce", ...device });
  const page = await context.newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  const origin = new URL(ATLAS_URL).origin;
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("request", (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith("data:") && !u.startsWith("blob:")) foreign.push(u);
  });
  await goToView(page, path);
  return { context, page, errors, foreign };
}

/** Loads `path` (e.g. "/?panel=trade") in `page` and waits until its view is on screen and loaded. */
export async function goToView(page: Page, path: string): Promise<void> {
  await page.goto(ATLAS_URL + path);
  // One view fills the screen: the map (with the story over it) or one panel. Wait for the view the
  // address asked for, then for the map when that view shows it.
  const main = page.locator("main#main");
  await main.waitFor();
  const view = (await main.getAttribute("class"))?.match(/view-(\w+)/)?.[1];
  if (view === "map" || view === "story") await page.getByRole("button", { name: /^South Korea —/ }).waitFor();
  else await main.locator(".region-view").waitFor();
  // The panels load as separate chunks after the map has painted; wait until none is still loading.
  await page.waitForFunction(() => document.querySelectorAll(".loading").length === 0);
}

/**
 * Click an edge the way a user does: on a visible part of its drawn line where the edge itself is
 * the top element (an arc's bounding-box centre is usually off the line; lines can cross).
 */
export async function clickEdge(page: Page, name: string | RegExp): Promise<void> {
  const edge = page.getByRole("button", { name }).first();
  await edge.scrollIntoViewIfNeeded();
  const point = await edge.evaluate((g) => {
    const path = g.querySelector<SVGPathElement>(".edge-line");
    const m = path?.getScreenCTM();
    if (!path || !m) throw new Error("edge has no drawn line");
    const len = path.getTotalLength();
    for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.15, 0.85, 0.1, 0.9]) {
      const p = path.getPointAtLength(len * t);
      const x = p.x * m.a + p.y * m.c + m.e;
      const y = p.x * m.b + p.y * m.d + m.f;
      if (document.elementFromPoint(x, y)?.closest("[data-relation]") === g) return { x, y };
    }
    throw new Error("no visible, unobstructed point on the edge");
  });
  await page.mouse.click(point.x, point.y);
}

/** Click an actor on a visible part of its shape or capital (lines drawn over a country take clicks there). */
export async function clickActor(page: Page, name: string): Promise<void> {
  const actor = page.getByRole("button", { name: new RegExp(`^${name} —`) });
  await actor.scrollIntoViewIfNeeded();
  const point = await actor.evaluate((g) => {
    const r = g.getBoundingClientRect();
    const candidates: { x: number; y: number; d: number }[] = [];
    for (let i = 1; i < 12; i++)
      for (let j = 1; j < 12; j++) {
        const x = r.left + (r.width * i) / 12;
        const y = r.top + (r.height * j) / 12;
        candidates.push({ x, y, d: Math.hypot(i - 6, j - 6) });
      }
    candidates.sort((a, b) => a.d - b.d);
    const hit = candidates.find((c) => document.elementFromPoint(c.x, c.y)?.closest("[data-actor]") === g);
    if (!hit) throw new Error("no visible, unobstructed point on the actor");
    return hit;
  });
  await page.mouse.click(point.x, point.y);
}

/**
 * The text a reader sees on scrolling to `target`. Blocks of the long panels far from the viewport
 * are not drawn (content-visibility: auto), and innerText reads drawn text only.
 */
export async function seenText(target: Locator): Promise<string> {
  await scrolledTo(target);
  return target.innerText();
}

/** Scrolls `target` into view and waits until the frames that draw it have run. */
export async function scrolledTo(target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  // content-visibility decides what is drawn in the next frame, from where things are in this one.
  await target.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}

/**
 * A PNG (a screenshot, a downloaded image) drawn on a canvas in the page, to read its pixels where the
 * page's own geometry is at hand: `(await pngCanvas(page, png)).evaluate((ctx) => ctx.getImageData(…))`.
 */
export async function pngCanvas(page: Page, png: Buffer): Promise<JSHandle<CanvasRenderingContext2D>> {
  return page.evaluateHandle(async (dataUrl) => {
    const img = new Image();
    img.src = dataUrl;
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext("2d")!;
    ctx.drawImage(img, 0, 0);
    return ctx;
  }, `data:image/png;base64,${png.toString("base64")}`);
}

/** axe's violations inside `selector`, one line each ("rule: targets"), so a failure names what broke. */
export async function axeViolations(page: Page, selector: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include(selector).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/**
 * The controls in `scope` matching `selector` drawn smaller than 24×24 CSS px. Links inside text
 * (a paragraph, a cell, a list item, a source line) are exempt, as WCAG 2.5.8 exempts inline targets.
 */
export async function smallTargets(scope: Locator, selector = "button, input, select, summary"): Promise<string[]> {
  return scope.locator(selector).evaluateAll((els) =>
    els
      .filter((el) => el.tagName !== "A" || !el.closest("p, td, li, .source-note"))
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && (r.width < 24 || r.height < 24))
      .map(({ el, r }) => `${el.tagName} ${el.getAttribute("aria-label") ?? el.textContent?.slice(0, 30)}: ${r.width}×${r.height}`),
  );
}

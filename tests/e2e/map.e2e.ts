import { afterAll, beforeAll, describe, expect, it } from "vitest";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { clickActor, clickEdge, launch, openPage, pngCanvas } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const ACTORS: [string, string, string][] = [
  ["South Korea", "KOR", "Lee Jae-myung"],
  ["North Korea", "PRK", "Kim Jong Un"],
  ["United States", "USA", "Donald Trump"],
  ["China", "CHN", "Xi Jinping"],
  ["Russia", "RUS", "Vladimir Putin"],
];

/** Every name the map writes: the seven actors, and in the Korea inset the two capitals and the DMZ. */
const LABEL_TEXTS = ["United States", "South Korea", "North Korea", "China", "Russia", "Japan", "Ukraine", "Seoul", "Pyongyang", "DMZ"];

interface MapLabel {
  id: string;
  actor: string | null;
  text: string;
  /** The letters' box on screen, turned with the label: four corners in CSS px. */
  corners: [number, number][];
  /** Its map's drawing on screen: left, top, right, bottom. */
  svg: [number, number, number, number];
  /** The font size on screen, CSS px. */
  px: number;
}

/** Every label the map draws, measured on screen (the text's box through its screen transform). */
async function mapLabels(page: Page): Promise<MapLabel[]> {
  // The names follow the map's first paint.
  await page.waitForFunction((n) => document.querySelectorAll(".map-label").length >= n, LABEL_TEXTS.length);
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGTextElement>(".map-label")].map((t) => {
      const bb = t.getBBox();
      const m = t.getScreenCTM()!;
      const box = t.ownerSVGElement!.getBoundingClientRect();
      const lines = [...t.querySelectorAll("tspan")].map((s) => s.textContent);
      return {
        id: t.dataset.label!,
        actor: t.dataset.labelFor ?? null,
        text: lines.length ? lines.join(" ") : (t.textContent ?? ""),
        corners: [
          [bb.x, bb.y],
          [bb.x + bb.width, bb.y],
          [bb.x + bb.width, bb.y + bb.height],
          [bb.x, bb.y + bb.height],
        ].map(([x, y]) => [x! * m.a + y! * m.c + m.e, x! * m.b + y! * m.d + m.f] as [number, number]),
        svg: [box.left, box.top, box.right, box.bottom] as [number, number, number, number],
        px: parseFloat(getComputedStyle(t).fontSize) * Math.sqrt(Math.abs(m.a * m.d - m.b * m.c)),
      };
    }),
  );
}

/** Whether two convex quadrilaterals overlap (separating axis test). */
function quadsOverlap(a: [number, number][], b: [number, number][]): boolean {
  for (const poly of [a, b])
    for (let i = 0; i < poly.length; i++) {
      const [x0, y0] = poly[i]!;
      const [x1, y1] = poly[(i + 1) % poly.length]!;
      const [nx, ny] = [y0 - y1, x1 - x0];
      const span = (q: [number, number][]) => q.map(([x, y]) => x * nx + y * ny);
      if (Math.max(...span(a)) <= Math.min(...span(b)) || Math.max(...span(b)) <= Math.min(...span(a))) return false;
    }
  return true;
}

/** A label's centre on screen, scrolled to the middle of the window first (clear of the sticky tab bar). */
async function labelCentre(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.locator(`[data-label="${id}"]`).evaluate((t) => {
    t.scrollIntoView({ block: "center", inline: "nearest" });
    const r = t.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
}

/** The label found on top at a label's centre (its own id when nothing covers it). */
async function topLabelAt(page: Page, id: string): Promise<string | null> {
  const at = await labelCentre(page, id);
  return page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest("[data-label]")?.getAttribute("data-label") ?? null, at);
}

/** What a click at this point selects: "actor:RUS" (its button or its name), "relation:<id>", or null. */
function hitAt(page: Page, at: { x: number; y: number }): Promise<string | null> {
  return page.evaluate(({ x, y }) => {
    const el = document.elementFromPoint(x, y);
    const actor = el?.closest("[data-actor]")?.getAttribute("data-actor") ?? el?.closest("[data-label-for]")?.getAttribute("data-label-for");
    if (actor) return `actor:${actor}`;
    const relation = el?.closest("[data-relation]")?.getAttribute("data-relation");
    return relation ? `relation:${relation}` : null;
  }, at);
}

/**
 * A point of an edge's drawn line, on its hit band (isPointInStroke, clip aside), well away from its
 * ends and from every label: inside the actor `inside`'s shape, or (null) in no country at all.
 */
async function edgePoint(page: Page, relation: string, inside: string | null): Promise<{ x: number; y: number }> {
  return page.locator(`[data-relation="${relation}"]`).evaluate((g, inside) => {
    g.scrollIntoView({ block: "center", inline: "nearest" });
    const line = g.querySelector<SVGPathElement>(".edge-line")!;
    const hit = g.querySelector<SVGPathElement>(".edge-hit")!;
    const svg = line.ownerSVGElement!;
    const m = line.getScreenCTM()!;
    // The countries that are not actors are in the map's still layer, the SVG under this one.
    const countries = [...svg.closest(".map-layers")!.querySelectorAll<SVGPathElement>(".country-muted, .country-tinted, .actor-shape")];
    const own = inside ? svg.querySelector<SVGPathElement>(`[data-actor="${inside}"] .actor-shape`) : null;
    const labels = [...svg.querySelectorAll(".map-label")].map((t) => t.getBoundingClientRect());
    const len = line.getTotalLength();
    const found: { x: number; y: number }[] = [];
    for (let i = 10; i <= 90; i++) {
      const p = line.getPointAtLength((len * i) / 100);
      const x = p.x * m.a + p.y * m.c + m.e;
      const y = p.x * m.b + p.y * m.d + m.f;
      const nearLabel = labels.some((r) => x > r.left - 4 && x < r.right + 4 && y > r.top - 4 && y < r.bottom + 4);
      const where = own ? own.isPointInFill(p) : !countries.some((c) => c.isPointInFill(p));
      if (where && !nearLabel && hit.isPointInStroke(p) && x > 0 && y > 0 && x < innerWidth && y < innerHeight) found.push({ x, y });
    }
    if (!found.length) throw new Error(`no point of ${g.getAttribute("aria-label")} ${inside ? `inside ${inside}` : "at sea"}`);
    return found[Math.floor(found.length / 2)]!;
  }, inside);
}

/**
 * The share of a label's on-screen box drawn in the label's own colour (its letters, as the screen
 * shows them: a layer painted over the name would leave none).
 */
async function inkShare(page: Page, id: string): Promise<number> {
  const label = page.locator(`[data-label="${id}"]`);
  const fill = await label.evaluate((t) => getComputedStyle(t).fill);
  const image = await pngCanvas(page, await label.screenshot());
  return image.evaluate((ctx, fill) => {
    const want = (fill.match(/\d+/g) ?? []).slice(0, 3).map(Number);
    const px = ctx.getImageData(0, 0, ctx.canvas.width, ctx.canvas.height).data;
    let ink = 0;
    for (let i = 0; i < px.length; i += 4) if (want.every((v, k) => Math.abs(px[i + k]! - v) <= 40)) ink++;
    return ink / (px.length / 4);
  }, fill);
}

const VIEWPORTS = [
  { name: "desktop", width: 1440, height: 900 },
  { name: "phone", width: 390, height: 844 },
];

describe.each(VIEWPORTS)("map at $name size", (vp) => {
  it("clicking each main actor shows its leader and puts its code in the URL", async () => {
    const w = await openPage(browser, "/", vp);
    const details = w.page.getByRole("region", { name: "Details" });
    for (const [name, code, leader] of ACTORS) {
      await clickActor(w.page, name);
      await expect.poll(() => new URL(w.page.url()).searchParams.get("actor")).toBe(code);
      await details.getByRole("heading", { name }).waitFor();
      // In the profile shown (the others may be rendered, hidden).
      expect(await details.getByRole("article", { name }).getByText(leader).count()).toBeGreaterThan(0);
    }
    expect(w.errors).toEqual([]);
    expect(w.foreign).toEqual([]);
    await w.context.close();
  });

  it("marks map-ready once, after the actor buttons are in the page (what the benchmark times)", async () => {
    const w = await openPage(browser, "/", vp);
    const marks = await w.page.evaluate(() => performance.getEntriesByName("map-ready").map((m) => m.startTime));
    expect(marks).toHaveLength(1);
    // The panels, the schema check and the service worker wait for the mark, for the header's first
    // paint (first-contentful-paint) and for the frame that first showed the map to be on the display
    // (the element-timing entry of the inset's title, its render time the presentation time): none of
    // their chunks may be requested before.
    const fcp = await w.page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null);
    expect(fcp).not.toBeNull();
    const mapShown = await w.page.evaluate(
      () =>
        new Promise<number | null>((resolve) => {
          const observer = new PerformanceObserver((list) => {
            const entry = list.getEntries().find((e) => (e as PerformanceEntry & { identifier?: string }).identifier === "map");
            observer.disconnect();
            resolve(entry ? (entry as PerformanceEntry & { renderTime: number }).renderTime : null);
          });
          observer.observe({ type: "element", buffered: true });
          // None at all (no element carries the identifier): the buffered entries would have come by now.
          setTimeout(() => resolve(null), 2000);
        }),
    );
    expect(mapShown).not.toBeNull();
    const early = await w.page.evaluate(
      (t) => performance.getEntriesByType("resource").filter((e) => /panel|extra-data|workbox/.test(e.name) && e.startTime < t).map((e) => e.name),
      Math.max(marks[0]!, fcp!, mapShown!),
    );
    expect(early).toEqual([]);
    // The first screen's code is four scripts (the entry, the bundler's runtime, React DOM, and the one
    // chunk of what the entry shares with the panels), not a request per small shared module.
    const scripts = await w.page.evaluate(
      (t) => performance.getEntriesByType("resource").filter((e) => /\.js$/.test(new URL(e.name).pathname) && e.startTime < t).map((e) => new URL(e.name).pathname),
      marks[0]!,
    );
    expect(scripts.length, scripts.join(", ")).toBeLessThanOrEqual(4);
    // React DOM is a script of its own (vite.config.ts), parsed beside the entry rather than inside it.
    expect(scripts.filter((u) => /\/react-dom-[^/]*\.js$/.test(u)), scripts.join(", ")).toHaveLength(1);
    // …and they do arrive after it: the map view's panels in one chunk (vite.config.ts, FIRST_VIEW),
    // with the panels' messages, their data files, the search index's code and the check's worker,
    // not a request per small module (the service worker's own scripts come later, and are not counted).
    await w.page.getByRole("region", { name: "Details" }).getByText(/Click a country or a line/).waitFor();
    const panelScripts = await w.page.evaluate(
      (t) =>
        performance
          .getEntriesByType("resource")
          .filter((e) => /\.js$/.test(new URL(e.name).pathname) && e.startTime >= t && !/workbox|pwa-register/.test(e.name))
          .map((e) => new URL(e.name).pathname),
      marks[0]!,
    );
    expect(panelScripts.length, panelScripts.join(", ")).toBeLessThanOrEqual(5);
    // The entry, and only the entry, of the first screen's scripts opens with V8's compile hint
    // (scripts/startup-plugins.ts): its functions are compiled while it is parsed, off the main
    // thread. It must be the file's first line, or V8 ignores it. (Fetched last: the fetches are
    // resource entries of their own.)
    const firstLines = await w.page.evaluate(
      (urls) => Promise.all(urls.map(async (u) => [u, (await (await fetch(u)).text()).split("\n", 1)[0]] as const)),
      scripts,
    );
    const entry = await w.page.evaluate(() => new URL(document.querySelector<HTMLScriptElement>("script[type=module][src]")!.src).pathname);
    expect(firstLines.filter(([, line]) => line === "//# allFunctionsCalledOnLoad").map(([u]) => u)).toEqual([entry]);
    await w.context.close();
  });

  it("pressing Enter on each main actor selects it", async () => {
    const w = await openPage(browser, "/", vp);
    for (const [name, code] of ACTORS) {
      await w.page.getByRole("button", { name: new RegExp(`^${name} —`) }).focus();
      await w.page.keyboard.press("Enter");
      await expect.poll(() => new URL(w.page.url()).searchParams.get("actor")).toBe(code);
    }
    await w.page.keyboard.press("Escape");
    await expect.poll(() => new URL(w.page.url()).searchParams.get("actor")).toBe(null);
    await w.page.getByRole("region", { name: "Details" }).getByText(/Click a country or a line/).waitFor();
    await w.context.close();
  });

  it("every actor and edge is at least 24×24 CSS px", async () => {
    const w = await openPage(browser, "/", vp);
    const targets = w.page.locator("[data-actor], [data-relation]");
    const n = await targets.count();
    expect(n).toBeGreaterThan(10);
    const small: string[] = [];
    for (let i = 0; i < n; i++) {
      const t = targets.nth(i);
      const box = await t.boundingBox();
      if (!box || box.width < 24 || box.height < 24)
        small.push(`${await t.getAttribute("aria-label")}: ${box?.width}×${box?.height}`);
    }
    expect(small).toEqual([]);
    // The hit areas themselves, sized in CSS from the measured scale: a circle of 24 CSS px at each
    // capital, a band of 16 CSS px along each edge.
    await expect
      .poll(() =>
        w.page.evaluate(() => {
          const out: string[] = [];
          for (const c of document.querySelectorAll(".actor-hit")) {
            const r = c.getBoundingClientRect();
            if (r.width < 24 || r.height < 24) out.push(`${c.closest("[data-actor]")?.getAttribute("data-actor")}: ${r.width}`);
          }
          for (const p of document.querySelectorAll<SVGPathElement>(".edge-hit")) {
            const svg = p.ownerSVGElement!;
            const perUnit = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
            const px = parseFloat(getComputedStyle(p).strokeWidth) * perUnit;
            if (px < 15.9) out.push(`${p.closest("[data-relation]")?.getAttribute("data-relation")}: ${px}`);
          }
          return out;
        }),
      )
      .toEqual([]);
    await w.context.close();
  });

  it("names every actor, and Seoul, Pyongyang and the DMZ in the inset, legibly, with no two labels touching", async () => {
    const w = await openPage(browser, "/", vp);
    const labels = await mapLabels(w.page);
    expect(labels.map((l) => l.text).sort()).toEqual([...LABEL_TEXTS].sort());
    for (const l of labels) {
      // On screen at a legible size, inside its map's drawing.
      expect(l.px, l.text).toBeGreaterThanOrEqual(10);
      const [left, top, right, bottom] = l.svg;
      for (const [x, y] of l.corners) {
        expect(x, l.text).toBeGreaterThanOrEqual(left - 1);
        expect(x, l.text).toBeLessThanOrEqual(right + 1);
        expect(y, l.text).toBeGreaterThanOrEqual(top - 1);
        expect(y, l.text).toBeLessThanOrEqual(bottom + 1);
      }
    }
    const touching: string[] = [];
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++)
        if (quadsOverlap(labels[i]!.corners, labels[j]!.corners)) touching.push(`${labels[i]!.text} / ${labels[j]!.text}`);
    expect(touching).toEqual([]);
    // Nothing is drawn over a name: at its centre the page finds the name itself.
    for (const l of labels.filter((x) => x.actor)) expect(await topLabelAt(w.page, l.id), l.text).toBe(l.id);
    // And the screen shows every name: its letters in its own colour (not covered by the still layer's countries).
    for (const l of labels) expect(await inkShare(w.page, l.id), l.text).toBeGreaterThan(0.02);
    await w.context.close();
  });

  it("a name is a target: clicking it selects its actor", async () => {
    const w = await openPage(browser, "/", vp);
    for (const l of (await mapLabels(w.page)).filter((x) => x.actor)) {
      await w.page.keyboard.press("Escape");
      const at = await labelCentre(w.page, l.id);
      await w.page.mouse.click(at.x, at.y);
      await expect.poll(() => new URL(w.page.url()).searchParams.get("actor"), { message: l.text }).toBe(l.actor);
    }
    await w.context.close();
  });

  it("where the China–Russia edge crosses Russia a click selects Russia; on its line over the sea an edge stays selectable", async () => {
    const w = await openPage(browser, "/", vp);
    const page = w.page;
    // Russia's label, which the edge bands used to cover.
    await mapLabels(page);
    const label = await labelCentre(page, "country-RUS");
    expect(await hitAt(page, label)).toBe("actor:RUS");
    // A point of the China–Russia line inside Russia, on the edge's hit band (so the band is there).
    const inRussia = await edgePoint(page, "chn-rus-partnership", "RUS");
    expect(await hitAt(page, inRussia)).toBe("actor:RUS");
    await page.mouse.click(inRussia.x, inRussia.y);
    await expect.poll(() => new URL(page.url()).searchParams.get("actor")).toBe("RUS");
    expect(new URL(page.url()).searchParams.get("relation")).toBeNull();
    // The US–Japan line over the Pacific: in no country, the edge takes the click.
    await page.keyboard.press("Escape");
    const atSea = await edgePoint(page, "usa-jpn-security-cooperation", null);
    expect(await hitAt(page, atSea)).toBe("relation:usa-jpn-security-cooperation");
    await page.mouse.click(atSea.x, atSea.y);
    await expect.poll(() => new URL(page.url()).searchParams.get("relation")).toBe("usa-jpn-security-cooperation");
    await w.context.close();
  });

  it("axe finds no violations in the map at this size", async () => {
    const w = await openPage(browser, "/?actor=RUS", vp);
    const result = await new AxeBuilder({ page: w.page }).include("#map").analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    await w.context.close();
  });

  it("draws the countries in a still layer under each map: same box, hidden from assistive technology, never hit by a click", async () => {
    const w = await openPage(browser, "/", vp);
    const maps = await w.page.locator(".map-layers").evaluateAll((stacks) =>
      stacks.map((stack) => {
        // On a phone the inset is below the main map: each map in view before its point is tried.
        stack.scrollIntoView({ block: "center", inline: "nearest" });
        const [still, live] = [...stack.children] as SVGSVGElement[];
        const a = still!.getBoundingClientRect();
        const b = live!.getBoundingClientRect();
        // A point inside a country that is no actor (the muted shapes), away from the live layer's own shapes.
        const muted = still!.querySelector<SVGPathElement>(".country-muted")!;
        const m = muted.getScreenCTM()!;
        const box = muted.getBBox();
        let hit: string | null = null;
        for (let i = 0; i < 400 && hit === null; i++) {
          const x = box.x + ((i * 37) % 100) / 100 * box.width;
          const y = box.y + ((i * 61) % 100) / 100 * box.height;
          if (!muted.isPointInFill(new DOMPoint(x, y))) continue;
          const sx = x * m.a + y * m.c + m.e;
          const sy = x * m.b + y * m.d + m.f;
          if (sx < a.left + 2 || sy < a.top + 2 || sx > a.right - 2 || sy > a.bottom - 2) continue;
          const el = document.elementFromPoint(sx, sy);
          if (el === null || el.closest("[data-actor], [data-relation], .map-label")) continue;
          hit = el === live ? "live svg" : still!.contains(el) || el === still ? "still layer" : el.tagName;
        }
        return {
          classes: [still!.getAttribute("class"), live!.getAttribute("class")],
          ariaHidden: still!.getAttribute("aria-hidden"),
          sameBox: [a.left - b.left, a.top - b.top, a.width - b.width, a.height - b.height].every((d) => Math.abs(d) < 0.5),
          countries: still!.querySelectorAll(".country-muted").length,
          liveCountries: live!.querySelectorAll(".country-muted, .country-tinted").length,
          actors: live!.querySelectorAll("[data-actor]").length,
          willChange: getComputedStyle(still!).willChange,
          liveWillChange: [...live!.querySelectorAll("[data-actor], [data-relation]")].map((e) => getComputedStyle(e).willChange),
          hit,
        };
      }),
    );
    expect(maps).toHaveLength(2);
    for (const map of maps) {
      expect(map.classes).toEqual(["map-svg map-still", "rsm-svg map-svg"]);
      expect(map.ariaHidden).toBe("true");
      expect(map.sameBox).toBe(true);
      expect(map.countries).toBe(1);
      expect(map.liveCountries).toBe(0);
      expect(map.actors).toBeGreaterThan(0);
      // Its own compositing layer: a selection redraws the live layer above it, not the countries.
      expect(map.willChange).toBe("transform");
      // Each actor and edge too: a selection dims them (opacity) in the compositor, without raster.
      expect(map.liveWillChange.length).toBeGreaterThan(0);
      expect(new Set(map.liveWillChange)).toEqual(new Set(["opacity"]));
      // A click over a country that is no actor lands on the live map, not on the still layer.
      expect(map.hit).toBe("live svg");
    }
    await w.context.close();
  });

  it("Details stays visible below the map on narrow screens", async () => {
    const w = await openPage(browser, "/?actor=PRK", vp);
    const details = w.page.getByRole("region", { name: "Details" });
    await details.getByRole("heading", { name: "North Korea" }).waitFor();
    expect(await details.isVisible()).toBe(true);
    await w.context.close();
  });
});

describe("map deep links and edges", () => {
  it("/?actor=PRK opens North Korea directly", async () => {
    const w = await openPage(browser, "/?actor=PRK");
    const details = w.page.getByRole("region", { name: "Details" });
    await details.getByRole("heading", { name: "North Korea" }).waitFor();
    expect(await details.getByText("Kim Jong Un").count()).toBeGreaterThan(0);
    await w.context.close();
  });

  it("the North Korea–Russia edge shows the troop deployment and the 2024 treaty with sources", async () => {
    const w = await openPage(browser, "/");
    await w.page.getByRole("button", { name: /^United States – South Korea: / }).first().waitFor();
    await clickEdge(w.page, "North Korea – Russia: military alliance");
    const details = w.page.getByRole("region", { name: "Details" });
    await details.getByRole("heading", { name: /North Korea – Russia/ }).waitFor();
    const text = await details.innerText();
    expect(text).toMatch(/troops/i);
    expect(text).toMatch(/treaty/i);
    expect(text).toMatch(/2024/);
    expect(await details.getByRole("link").count()).toBeGreaterThan(2);
    await expect.poll(() => new URL(w.page.url()).searchParams.get("relation")).toBe("prk-rus-alliance");
    await w.context.close();
  });

  it("every edge can be clicked on its own line at the default view", async () => {
    const w = await openPage(browser, "/");
    const ids = await w.page.locator("[data-relation]").evaluateAll((els) =>
      els.map((e) => [e.getAttribute("data-relation"), e.getAttribute("aria-label")] as [string, string]),
    );
    expect(ids.length).toBeGreaterThan(10);
    for (const [id, name] of ids) {
      await w.page.keyboard.press("Escape");
      await clickEdge(w.page, name);
      await expect.poll(() => new URL(w.page.url()).searchParams.get("relation")).toBe(id);
    }
    await w.context.close();
  });

  it("selection survives reload and Back/Forward", async () => {
    const w = await openPage(browser, "/");
    await clickActor(w.page, "China");
    await clickActor(w.page, "Russia");
    // The address is written once the click has painted; reload after it shows the selection.
    await expect.poll(() => new URL(w.page.url()).searchParams.get("actor")).toBe("RUS");
    await w.page.reload();
    await w.page.getByRole("region", { name: "Details" }).getByRole("heading", { name: "Russia" }).waitFor();
    await w.page.goBack();
    await w.page.getByRole("region", { name: "Details" }).getByRole("heading", { name: "China" }).waitFor();
    await w.page.goForward();
    await w.page.getByRole("region", { name: "Details" }).getByRole("heading", { name: "Russia" }).waitFor();
    await w.context.close();
  });

  it("a garbage URL shows the default view and a notice, never a blank page", async () => {
    const w = await openPage(browser, "/?actor=%F0%9F%92%A5&relation=<script>&date=2025-99-99&x=" + "y".repeat(5000));
    await w.page.getByText(/Some parts of this link could not be used/).waitFor();
    expect(await w.page.getByRole("button", { name: /^South Korea —/ }).count()).toBe(1);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it("axe finds no violations on the map view, with and without a selection", async () => {
    for (const path of ["/", "/?actor=KOR", "/?relation=prk-rus-alliance"]) {
      const w = await openPage(browser, path);
      // Scanned with every actor's profile rendered: the hidden ones must not count.
      await expect.poll(() => w.page.locator("#details article").count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(7);
      const result = await new AxeBuilder({ page: w.page }).include("#map").include("#details").analyze();
      expect(result.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      await w.context.close();
    }
  });

  it("profiles kept for other actors are not drawn, not announced and not reached by Tab", async () => {
    const w = await openPage(browser, "/?actor=CHN");
    const page = w.page;
    const details = page.getByRole("region", { name: "Details" });
    await expect.poll(() => page.locator("#details article").count(), { timeout: 10_000 }).toBe(7);
    // One profile for a reader and for the accessibility tree: China's.
    expect(await details.getByRole("article").count()).toBe(1);
    expect(await details.getByRole("heading", { level: 3 }).allTextContents()).toEqual(["China"]);
    const snapshot = await details.ariaSnapshot();
    for (const other of ["Russia", "United States", "Japan", "Ukraine"]) expect(snapshot).not.toContain(`heading "${other}"`);
    // Nothing of a hidden profile takes focus: Tab from the Clear button to the end of Details.
    await details.getByRole("button", { name: /Clear/ }).focus();
    for (let i = 0; i < 40; i++) {
      const inHidden = await page.evaluate(() => !!document.activeElement?.closest(".profile-slot[hidden]"));
      expect(inHidden).toBe(false);
      await page.keyboard.press("Tab");
    }
    // Selecting Russia shows its profile and hides China's, which stays built.
    await clickActor(page, "Russia");
    await details.getByRole("heading", { name: "Russia", level: 3 }).waitFor();
    expect(await details.getByRole("heading", { level: 3 }).allTextContents()).toEqual(["Russia"]);
    expect(await page.locator("#details article").count()).toBe(7);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });
});

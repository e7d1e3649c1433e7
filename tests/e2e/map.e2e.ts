import { afterAll, beforeAll, describe, expect, it } from "vitest";
import AxeBuilder from "@axe-core/playwright";
import type { Browser } from "playwright-core";
import { clickActor, clickEdge, launch, openPage } from "./browser";

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
    // The panels, the schema check and the service worker wait for the mark and for the first screen
    // to be on the display (first-contentful-paint): none of their chunks may be requested before.
    const fcp = await w.page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null);
    expect(fcp).not.toBeNull();
    const early = await w.page.evaluate(
      (t) => performance.getEntriesByType("resource").filter((e) => /panel|extra-data|workbox/.test(e.name) && e.startTime < t).map((e) => e.name),
      Math.max(marks[0]!, fcp!),
    );
    expect(early).toEqual([]);
    // …and they do arrive after it.
    await w.page.getByRole("region", { name: "Details" }).getByText(/Click a country or a line/).waitFor();
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

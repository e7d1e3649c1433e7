import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { ATLAS_URL, clickActor, launch, openPage, seenText } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const KNOWN_KEYS = new Set([
  "actor", "relation", "event", "date", "panel", "hide", "actors", "types", "from", "to",
  "compare", "method", "elast", "phi", "psi", "story", "since", "ratesOn", "dv",
]);

/** Collect CSP violations from the first script on. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

describe("security", () => {
  it("runs under its Content-Security-Policy with no violations and no request leaving the origin", async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const violations = await watchCsp(page);
    const foreign: string[] = [];
    const origin = new URL(ATLAS_URL).origin;
    page.on("request", (r) => {
      if (!r.url().startsWith(origin) && !/^(data|blob):/.test(r.url())) foreign.push(r.url());
    });
    await page.goto(ATLAS_URL + "/");
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    await clickActor(page, "North Korea");
    await page.getByRole("region", { name: "Details" }).getByRole("heading", { name: "North Korea" }).waitFor();
    for (const panel of ["Trade", "Alliance", "Threats"]) {
      await page.getByRole("navigation", { name: "Panels" }).getByRole("button", { name: panel }).click();
      await page.getByRole("region", { name: panel }).locator("svg, table").first().waitFor();
    }
    expect(await violations()).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });
});

describe("bad links", () => {
  it("any generated query string renders the map, never an uncaught error, and explains what it dropped", async () => {
    const key = fc.oneof(
      fc.constantFrom(...KNOWN_KEYS),
      fc.string({ minLength: 1, maxLength: 12 }),
      fc.constantFrom("<script>", "__proto__", "constructor", "💥", "actor[]"),
    );
    const value = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.constantFrom("KOR", "prk-rus-alliance", "2024-02-30", "2027-01-01", "2026.12.0", "javascript:alert(1)", "<img src=x onerror=alert(1)>", "🇰🇷🇺🇸", "9".repeat(400)),
      fc.string({ unit: "grapheme", maxLength: 30 }),
    );
    const queries = fc.sample(fc.array(fc.tuple(key, value), { minLength: 1, maxLength: 5 }), { numRuns: 20, seed: 42 });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    for (const pairs of queries) {
      const q = new URLSearchParams(pairs).toString();
      await page.goto(`${ATLAS_URL}/?${q}`);
      await page.getByRole("button", { name: /^South Korea —/ }).waitFor();
      const unknownKey = pairs.some(([k]) => !KNOWN_KEYS.has(k.trim()) && k.trim() !== "");
      if (unknownKey) await page.getByText(/Some parts of this link could not be used/).waitFor();
      expect(errors, q).toEqual([]);
    }
    await context.close();
  });
});

describe("offline", () => {
  it("registers its service worker last, once the panels are in; after one visit, loads and works with the network off", async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    // What the page showed when it registered the service worker (its install downloads every file).
    await page.addInitScript(() => {
      const sw = navigator.serviceWorker;
      const register = sw.register.bind(sw);
      sw.register = (...args: Parameters<typeof register>) => {
        (window as unknown as { __swAt: unknown }).__swAt = {
          mapReady: performance.getEntriesByName("map-ready").length,
          loading: document.querySelectorAll(".loading").length,
          details: document.querySelector("#details")?.textContent?.includes("Click a country") ?? false,
        };
        return register(...args);
      };
    });
    await page.goto(ATLAS_URL + "/");
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // Not before the map had painted and every panel of the first screen was in (no "Loading…" left).
    expect(await page.evaluate(() => (window as unknown as { __swAt: unknown }).__swAt)).toEqual({ mapReady: 1, loading: 0, details: true });
    // Reload once online so the service worker controls the page and has precached everything.
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole("button", { name: /^South Korea —/ }).waitFor();
    await clickActor(page, "South Korea");
    await page.getByRole("region", { name: "Details" }).getByText("Lee Jae-myung").first().waitFor();
    await page.getByRole("navigation", { name: "Panels" }).getByRole("button", { name: "Trade" }).click();
    const trade = page.getByRole("region", { name: "Trade" });
    await trade.getByRole("figure").first().waitFor();
    await trade.getByRole("tab", { name: "Tariff scenarios" }).click();
    await trade.getByRole("table", { name: /^Tariff scenarios compared/ }).waitFor();
    expect(await trade.getByRole("alert").count()).toBe(0);
    await context.close();
  });
});

describe("broken data", () => {
  it("checks the data in a worker, off the page's main thread, and reports a broken file while the rest works", async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const workers: string[] = [];
    page.on("worker", (w) => workers.push(w.url()));
    const pageScripts: string[] = [];
    page.on("request", (r) => {
      if (r.resourceType() === "script") pageScripts.push(r.url());
    });
    // The panels' data as served, with one event's date made impossible (31 February).
    const good = '"id":"2022-02-04-china-russia-no-limits","date":"2022-02-04"';
    let corrupted = false;
    await page.route(/\/assets\/extra-data-[^/]*\.js$/, async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      corrupted = body.includes(good);
      await route.fulfill({ response, body: body.replace(good, good.replace("2022-02-04\"", "2022-02-31\"")) });
    });
    await page.goto(ATLAS_URL + "/");
    await page.getByText("Some data failed validation; the affected panels show an error.").waitFor();
    expect(corrupted).toBe(true);
    expect(workers.some((u) => /\/assets\/check-worker-[^/]*\.js$/.test(u))).toBe(true);
    // The page never loaded zod itself: the check ran in the worker alone.
    expect(pageScripts.filter((u) => /validate-dataset|schemas/.test(u))).toEqual([]);
    const timeline = page.getByRole("region", { name: "Timeline" });
    await expect.poll(() => timeline.textContent()).toMatch(/events\.json: records\[0\] \(id "2022-02-04-china-russia-no-limits"\), field "date"/);
    // The map does not need events: it still works.
    await clickActor(page, "North Korea");
    await expect.poll(() => page.getByRole("button", { name: /^North Korea —/ }).getAttribute("aria-pressed")).toBe("true");
    await context.close();
  });
});

describe("keyboard only", () => {
  /** Press Tab until the focused element matches, as a keyboard user would. */
  async function tabTo(page: Page, matches: (el: Element) => boolean, label: string, key = "Tab") {
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press(key);
      const hit = await page.evaluate(`(${matches.toString()})(document.activeElement)`);
      if (hit) return;
    }
    throw new Error(`could not reach ${label} with Tab`);
  }

  it("selects an actor, an edge and an event, and changes the trade comparison", async () => {
    const w = await openPage(browser, "/");
    const page = w.page;
    const details = page.getByRole("region", { name: "Details" });
    await tabTo(page, (el) => el.getAttribute("data-actor") === "KOR", "South Korea");
    await page.keyboard.press("Enter");
    await details.getByRole("heading", { name: "South Korea" }).waitFor();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await details.getByRole("heading", { name: "North Korea" }).waitFor();
    await tabTo(page, (el) => el.getAttribute("data-relation") === "prk-rus-alliance", "the North Korea–Russia edge");
    await page.keyboard.press("Enter");
    await details.getByRole("heading", { name: /North Korea – Russia/ }).waitFor();
    await tabTo(page, (el) => el.getAttribute("data-event") === "2025-07-30-tariff-deal-15pct", "the 15% deal event");
    await page.keyboard.press("Enter");
    await expect.poll(() => new URL(page.url()).searchParams.get("event")).toBe("2025-07-30-tariff-deal-15pct");
    // The event's scenarios are one view away: the selection's link to Trade, reached by Tab.
    await tabTo(page, (el) => el.textContent === "Trade: its tariff scenarios", "the link to the event's Trade scenarios", "Shift+Tab");
    await page.keyboard.press("Enter");
    await expect.poll(() => new URL(page.url()).searchParams.get("panel")).toBe("trade");
    const table = page.getByRole("region", { name: "Scenario comparison table" });
    await table.waitFor();
    const before = await seenText(table);
    await tabTo(
      page,
      (el) => {
        const i = el as HTMLInputElement;
        return i.type === "checkbox" && !!i.closest(".scenario-picker") && !i.checked && !i.disabled;
      },
      "a scenario to add to the comparison",
    );
    await page.keyboard.press("Space");
    await expect.poll(() => seenText(table)).not.toBe(before);
    await w.context.close();
  });
});

describe("accessibility of each main view", () => {
  // The map view is scanned in map.e2e.ts; the panels here, each scoped to its region (a whole-page
  // scan of every view costs about a minute each on this machine).
  it.each([
    ["/", "#timeline"],
    ["/?event=2025-07-30-tariff-deal-15pct", "#details"],
    ["/?relation=usa-kor-alliance", "#details"],
  ])("axe finds no violations on %s in %s", async (path, region) => {
    const w = await openPage(browser, path);
    await w.page.waitForFunction(() => document.querySelectorAll(".loading").length === 0);
    const result = await new AxeBuilder({ page: w.page }).include(region).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    await w.context.close();
  }, 120_000);
});

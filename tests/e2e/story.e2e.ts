import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Browser } from "playwright-core";
import { launch, openPage, pngCanvas, seenText } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("guided story", () => {
  it("runs through every step with Next, and each step changes the map and panels", async () => {
    const w = await openPage(browser, "/");
    const page = w.page;
    await page.getByRole("button", { name: "Guided story" }).click();
    const story = page.getByRole("region", { name: "Guided story" });
    await story.getByText("Step 1 of 10").waitFor();
    expect(await story.getByText("“WHAT IS GOING ON IN SOUTH KOREA?”").count()).toBe(1);
    const seen: string[] = [];
    for (let i = 1; i <= 10; i++) {
      await story.getByText(`Step ${i} of 10`).waitFor();
      // The address follows a step once it has painted.
      await expect.poll(() => new URL(page.url()).searchParams.get("story")).toBe(String(i));
      seen.push(new URL(page.url()).search);
      if (i === 2) {
        // Trade step: its figures are in the Trade view, one button away (opened after the walk-through).
        await expect.poll(() => new URL(page.url()).searchParams.get("panel")).toBe("trade");
        await page.getByRole("button", { name: "Open Trade at this step" }).waitFor();
      }
      if (i === 4) {
        // North Korea step: the North Korea–Russia alliance is selected and its troop figures shown.
        const details = page.getByRole("region", { name: "Details" });
        await details.getByRole("heading", { name: /North Korea – Russia: military alliance/ }).waitFor();
        expect(await details.innerText()).toMatch(/troops/i);
        const edge = page.getByRole("region", { name: "Map" }).getByRole("button", { name: "North Korea – Russia: military alliance" });
        expect(await edge.getAttribute("aria-pressed")).toBe("true");
      }
      if (i === 7) {
        // Sequel: the Supreme Court ruling, its event in Details, the 24 Feb 2026 rates in Trade.
        await story.getByRole("heading", { name: "The Supreme Court ruling and Section 122" }).waitFor();
        const item = story.locator('[data-event-evidence="2026-02-20-scotus-ieepa-ruling"]');
        expect(await item.innerText()).toMatch(/IEEPA/);
        expect(await item.getByRole("link").count()).toBeGreaterThan(0);
        await page.getByRole("region", { name: "Details" }).getByRole("heading", { name: /Supreme Court/ }).waitFor();
        await expect.poll(() => new URL(page.url()).searchParams.get("date")).toBe("2026-02-24");
      }
      if (i === 10) {
        await story.getByRole("heading", { name: "The alliance under the Iran war" }).waitFor();
        expect(await story.locator('[data-event-evidence="2026-03-07-usfk-patriots-to-gulf"]').innerText()).toMatch(/Patriot/);
        await expect.poll(() => new URL(page.url()).searchParams.get("panel")).toBe("alliance");
      }
      if (i < 10) await story.getByRole("button", { name: "Next" }).click();
    }
    expect(new Set(seen).size).toBe(10);
    expect(w.errors).toEqual([]);
    const axe = await new AxeBuilder({ page }).include(".story").analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    // Back at the trade step, its button opens Trade at the step's 25% vs 15% comparison.
    await page.goto(new URL(seen[1] ?? "", page.url()).href);
    await story.getByText("Step 2 of 10").waitFor();
    await page.getByRole("button", { name: "Open Trade at this step" }).click();
    const trade = page.getByRole("region", { name: "Trade" });
    const table = trade.locator("table", { has: page.locator("caption") }).filter({ hasText: /25%/ }).first();
    await table.waitFor();
    expect(await seenText(table)).toMatch(/15%/);
    expect(new URL(page.url()).searchParams.get("story")).toBeNull();
    expect(new URL(page.url()).searchParams.get("part")).toBe("scenarios");
    await w.context.close();
  });

  it("?story=3 opens step 3 directly", async () => {
    const w = await openPage(browser, "/?story=3");
    const story = w.page.getByRole("region", { name: "Guided story" });
    await story.getByText("Step 3 of 10").waitFor();
    await story.getByRole("heading", { name: "Security alliance evolution" }).waitFor();
    await w.page.getByRole("region", { name: "Details" }).getByRole("heading", { name: /United States – South Korea/ }).waitFor();
    await w.context.close();
  });
});

describe("share and export", () => {
  it("Copy link puts the current view's URL on the clipboard and says so", async () => {
    const w = await openPage(browser, "/?actor=PRK");
    await w.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(w.page.url()).origin });
    await w.page.getByRole("button", { name: "Copy link" }).click();
    await w.page.getByText("Link to this view copied to the clipboard.").waitFor();
    const copied = await w.page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).searchParams.get("actor")).toBe("PRK");
    await w.context.close();
  });

  it("downloads the map's relations as CSV and the map as a PNG with its labels", async () => {
    const w = await openPage(browser, "/?date=2025-01-01");
    const [csv] = await Promise.all([w.page.waitForEvent("download"), w.page.getByRole("button", { name: "Download relations (CSV)" }).click()]);
    const text = readFileSync((await csv.path())!, "utf8");
    const lines = text.trim().split(/\r\n/);
    expect(lines[0]).toBe("id,actor_a,actor_b,type,label,start,end,strength,source_ids,as_of");
    expect(text).toContain("prk-rus-alliance,North Korea,Russia,alliance");
    expect(lines.length - 1).toBe(await w.page.locator("[data-relation]").count());
    const [png] = await Promise.all([w.page.waitForEvent("download"), w.page.getByRole("button", { name: "Download map (PNG)" }).click()]);
    const bytes = readFileSync((await png.path())!);
    expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
    expect(bytes.length).toBeGreaterThan(10_000);
    expect(png.suggestedFilename()).toBe("alliance-atlas-map.png");
    // The image has both of the main map's layers: a country that is no actor (its still layer) and
    // an actor's shape (its live layer) each show their own colour where they are on the screen.
    const image = await pngCanvas(w.page, bytes);
    const colours = await image.evaluate((ctx) => {
      const stack = document.querySelector(".map-main .map-layers")!;
      const box = stack.querySelector("svg")!.getBoundingClientRect();
      const scale = ctx.canvas.width / Math.round(box.width);
      /** Screen boxes of what is drawn over the shapes (capitals, names), 4 px wider all round. */
      const over = [...stack.querySelectorAll(".capital-dot, .map-label")].map((e) => e.getBoundingClientRect());
      const lines = [...stack.querySelectorAll<SVGPathElement>(".edge-hit, .inset-frame")];
      /** A point well inside `path` (its fill, 3 px from any edge), clear of lines, capitals and names: the image's colour there and the screen's. */
      const sample = (path: SVGPathElement) => {
        const m = path.getScreenCTM()!;
        const b = path.getBBox();
        for (let i = 0; i < 4000; i++) {
          const x = b.x + (((i * 37) % 997) / 997) * b.width;
          const y = b.y + (((i * 61) % 991) / 991) * b.height;
          const p = (dx: number, dy: number) => new DOMPoint(x + dx / m.a, y + dy / m.d);
          const ring = [[0, 0], [3, 0], [-3, 0], [0, 3], [0, -3]] as const;
          if (!ring.every(([dx, dy]) => path.isPointInFill(p(dx, dy)))) continue;
          if (lines.some((l) => ring.some(([dx, dy]) => l.isPointInStroke(p(dx, dy))))) continue;
          const sx = x * m.a + y * m.c + m.e;
          const sy = x * m.b + y * m.d + m.f;
          if (over.some((r) => sx > r.left - 4 && sx < r.right + 4 && sy > r.top - 4 && sy < r.bottom + 4)) continue;
          const [r, g, bl] = ctx.getImageData(Math.round((sx - box.left) * scale), Math.round((sy - box.top + 34) * scale), 1, 1).data;
          return { image: [r, g, bl], screen: getComputedStyle(path).fill };
        }
        return null;
      };
      return {
        still: sample(stack.querySelector<SVGPathElement>(".map-still .country-muted")!),
        live: sample(stack.querySelector<SVGPathElement>('[data-actor="CHN"] .actor-shape')!),
      };
    });
    const rgb = (css: string) => (css.match(/\d+/g) ?? []).slice(0, 3).map(Number);
    for (const [layer, c] of Object.entries(colours)) {
      expect(c, layer).not.toBeNull();
      const want = rgb(c!.screen);
      expect(want, layer).toHaveLength(3);
      c!.image.forEach((v, i) => expect(Math.abs(v! - want[i]!), `${layer}: image ${c!.image.join(",")} vs screen ${c!.screen}`).toBeLessThanOrEqual(6));
    }
    await w.context.close();
  });

  it("downloads a chart as CSV and PNG from its frame", async () => {
    const w = await openPage(browser, "/?panel=threats");
    const frame = w.page.getByRole("region", { name: "Threats" }).locator("figure.chart-frame").first();
    await frame.locator("svg").first().waitFor();
    const [png] = await Promise.all([w.page.waitForEvent("download"), frame.getByRole("button", { name: "Download PNG" }).click()]);
    expect(readFileSync((await png.path())!).subarray(1, 4).toString()).toBe("PNG");
    const csvButton = frame.getByRole("button", { name: "Download CSV" });
    const [csv] = await Promise.all([w.page.waitForEvent("download"), csvButton.click()]);
    const text = readFileSync((await csv.path())!, "utf8");
    expect(text.split(/\r\n/).length).toBeGreaterThan(2);
    await w.context.close();
  });
});

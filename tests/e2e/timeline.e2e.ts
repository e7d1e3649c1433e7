import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launch, openPage } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const timeline = (p: Page) => p.getByRole("region", { name: "Timeline" });
const edgeCount = (p: Page, name: string) => p.getByRole("region", { name: "Map" }).getByRole("button", { name }).count();
const ALLIANCE = "North Korea – Russia: military alliance";

describe("timeline in Chromium", () => {
  it("lists at least 35 events; choosing the 15% deal shows it in Details, highlights the US and South Korea, and sets event=", async () => {
    const w = await openPage(browser, "/");
    const buttons = timeline(w.page).locator("[data-event]");
    expect(await buttons.count()).toBeGreaterThanOrEqual(35);
    await timeline(w.page).getByRole("button", { name: /30 Jul 2025 · Trade · .*15%/ }).click();
    await expect.poll(() => new URL(w.page.url()).searchParams.get("event")).toBe("2025-07-30-tariff-deal-15pct");
    const details = w.page.getByRole("region", { name: "Details" });
    expect(await details.getByRole("heading", { level: 3 }).innerText()).toMatch(/15%/);
    for (const name of ["United States", "South Korea"])
      expect(await w.page.getByRole("button", { name: new RegExp(`^${name} —`) }).getAttribute("class")).toContain("is-focus");
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it("the slider replays the North Korea–Russia alliance: absent on 1 Jan 2024, present on 1 Jan 2025", async () => {
    const w = await openPage(browser, "/");
    const slider = timeline(w.page).getByRole("slider", { name: /As of/ });
    await slider.fill(String(2024 * 12));
    await expect.poll(() => new URL(w.page.url()).searchParams.get("date")).toBe("2024-01-01");
    expect(await edgeCount(w.page, ALLIANCE)).toBe(0);
    // Keyboard: twelve steps of one month each.
    await slider.focus();
    for (let i = 0; i < 12; i++) await w.page.keyboard.press("ArrowRight");
    await expect.poll(() => new URL(w.page.url()).searchParams.get("date")).toBe("2025-01-01");
    expect(await edgeCount(w.page, ALLIANCE)).toBe(1);
    await w.page.keyboard.press("End");
    await expect.poll(() => new URL(w.page.url()).searchParams.get("date")).toBe(null);
    await w.context.close();
  });

  it("?date= deep-links the same states", async () => {
    const before = await openPage(browser, "/?date=2024-01-01");
    expect(await edgeCount(before.page, ALLIANCE)).toBe(0);
    expect(await timeline(before.page).getByText("As of: 1 Jan 2024").count()).toBe(1);
    await before.context.close();
    const after = await openPage(browser, "/?date=2025-01-01");
    expect(await edgeCount(after.page, ALLIANCE)).toBe(1);
    await after.context.close();
  });

  it("filtering to North Korea + military shows only such events with a correct count", async () => {
    const w = await openPage(browser, "/");
    const t = timeline(w.page);
    await t.getByRole("group", { name: "Filter by actor" }).getByRole("button", { name: "North Korea" }).click();
    await t.getByRole("group", { name: "Filter by type" }).getByRole("button", { name: "Military" }).click();
    const ids = await t.locator("[data-event]").evaluateAll((els) => els.map((e) => e.getAttribute("data-event")));
    const status = await t.getByText(/ of \d+ events/).innerText();
    expect(status).toMatch(new RegExp(`^${ids.length} of \\d+ events`));
    expect(ids.length).toBeGreaterThan(3);
    // Every listed event involves North Korea and is military (checked in Details for each).
    for (const id of ids.slice(0, 4)) {
      await t.locator(`[data-event="${id}"]`).click();
      const text = await w.page.getByRole("region", { name: "Details" }).innerText();
      expect(text).toMatch(/military/i);
      expect(text).toContain("North Korea");
    }
    await expect.poll(() => new URL(w.page.url()).searchParams.get("actors")).toBe("PRK");
    await w.context.close();
  });
});

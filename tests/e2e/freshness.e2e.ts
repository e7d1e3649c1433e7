import { afterAll, beforeAll, describe, expect, it } from "vitest";
import AxeBuilder from "@axe-core/playwright";
import type { Browser } from "playwright-core";
import { launch, openPage } from "./browser";
import releases from "../../data/releases.json";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const VERSION = releases.version;

describe("freshness", () => {
  it("the header says how fresh the data is and opens What's new from the keyboard, axe clean", async () => {
    const w = await openPage(browser, "/");
    const header = w.page.getByRole("banner");
    await expect.poll(() => header.innerText()).toMatch(new RegExp(`Data as of .* · data version ${VERSION.replace(/\./g, "\\.")}`));
    expect(await header.innerText()).toContain("sources found for 2026 thin out after that date");
    const toggle = header.getByRole("button", { name: "What's new in the data" });
    await toggle.focus();
    await w.page.keyboard.press("Enter");
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    const panel = w.page.getByRole("region", { name: "What's new in the data" });
    const first = panel.getByRole("heading", { level: 3 }).first();
    expect(await first.innerText()).toMatch(new RegExp(`^Version ${VERSION.replace(/\./g, "\\.")}, .*\\(current\\)$`));
    // A long list of ids is folded under "N records"; it opens from the keyboard.
    const fold = panel.locator("details.release-ids").first();
    await fold.locator("summary").focus();
    await w.page.keyboard.press("Enter");
    expect(await fold.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await fold.locator("code").count()).toBeGreaterThan(12);
    await toggle.focus();
    const box = await toggle.boundingBox();
    expect(box && box.height >= 24 && box.width >= 24).toBe(true);
    const result = await new AxeBuilder({ page: w.page }).include("header").analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    await w.page.keyboard.press("Enter");
    expect(await panel.count()).toBe(0);
    expect(w.errors).toEqual([]);
    expect(w.foreign).toEqual([]);
    await w.context.close();
  });

  it("a figure more than six months older than the data carries a visible badge, axe clean", async () => {
    const w = await openPage(browser, "/?actor=PRK");
    const details = w.page.getByRole("region", { name: "Details" });
    // North Korea's military spending is a 2019 estimate (WMEAT): far older than the data.
    const badge = details.getByText("not updated since 2019").first();
    await badge.waitFor();
    expect(await badge.isVisible()).toBe(true);
    const result = await new AxeBuilder({ page: w.page }).include("#details").analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    await w.context.close();
  });

  it("a link made with an older data version opens with a notice and is rewritten to the current version", async () => {
    const w = await openPage(browser, "/?actor=KOR&dv=2025.12.0");
    await w.page.getByText(`This link was made with data version 2025.12.0; the data is now ${VERSION}`).waitFor();
    await expect.poll(() => new URL(w.page.url()).searchParams.get("dv")).toBe(VERSION);
    expect(new URL(w.page.url()).searchParams.get("actor")).toBe("KOR");
    const result = await new AxeBuilder({ page: w.page }).include(".notices").analyze();
    expect(result.violations.map((v) => v.id)).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it("a malformed data version is dropped with a notice", async () => {
    const w = await openPage(browser, "/?actor=KOR&dv=tomorrow");
    await w.page.getByText('data version "tomorrow" is not a version like 2026.12.0 and was ignored').waitFor();
    await expect.poll(() => new URL(w.page.url()).searchParams.get("dv")).toBe(VERSION);
    await w.context.close();
  });
});

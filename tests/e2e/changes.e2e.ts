import { afterAll, beforeAll, describe, expect, it } from "vitest";
import AxeBuilder from "@axe-core/playwright";
import type { Browser } from "playwright-core";
import { launch, openPage, scrolledTo, seenText } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("What changed since …", () => {
  it("opens from the URL with its heading and the then-and-latest tables, each line sourced", async () => {
    const w = await openPage(browser, "/?panel=changes&since=2025-08-25");
    const page = w.page;
    const region = page.getByRole("region", { name: "What changed" });
    const heading = region.getByRole("heading", { level: 3, name: "What changed since 25 Aug 2025" });
    await heading.waitFor();
    expect(await page.getByRole("navigation", { name: "Panels" }).getByRole("button", { name: "What changed" }).getAttribute("aria-pressed")).toBe("true");
    const tariffs = region.getByRole("table", { name: /All-in US tariff in force on 25 Aug 2025/ });
    const other = tariffs.getByRole("row", { name: /All other goods/ });
    expect(await seenText(other)).toMatch(/15%[\s\S]*10%[\s\S]*−5 percentage points/);
    expect(await other.getByRole("link").count()).toBeGreaterThan(0);
    // The view is in parts (sub-tabs): the indicators are the second.
    await region.getByRole("tab", { name: "Indicators" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("part")).toBe("indicators");
    const indicators = region.getByRole("table", { name: /newest value on or before 25 Aug 2025/ });
    expect(await seenText(indicators)).toMatch(/Korea's exports to the US/);
    expect(w.errors).toEqual([]);
    expect(w.foreign).toEqual([]);
    await w.context.close();
  });

  it("is axe clean, with an actor's events open", async () => {
    const w = await openPage(browser, "/?panel=changes&part=relations");
    const region = w.page.getByRole("region", { name: "What changed" });
    for (const block of await region.locator(".changes-block").all()) await scrolledTo(block);
    await region.getByText(/^United States: \d+ events/).click();
    await region.getByRole("list", { name: "United States: Trade" }).waitFor();
    const axe = await new AxeBuilder({ page: w.page }).include("#changes").analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    await w.context.close();
    // About 2,000 elements with their colour contrast: well over the default 60 s on a loaded 2-core machine.
  }, 120_000);

  it("an event of the list opens in Details and the timeline, and the article's 15% claim is marked", async () => {
    const w = await openPage(browser, "/?panel=changes&part=open");
    const page = w.page;
    const region = page.getByRole("region", { name: "What changed" });
    const claim = region.locator('[data-claim="trade-july-15pct"]');
    expect(await seenText(claim)).toMatch(/No longer holds/);
    await region.getByRole("tab", { name: "Relations and events" }).click();
    const events = region.getByRole("heading", { level: 4, name: /^Events after 25 Aug 2025/ }).locator("xpath=..");
    await scrolledTo(events);
    await events.getByText(/^United States: \d+ events/).click();
    const first = events.getByRole("list", { name: "United States: Trade" }).getByRole("button").first();
    const title = ((await first.innerText()).split(" · ")[1] ?? "").trim();
    await first.click();
    await expect.poll(() => new URL(page.url()).searchParams.get("event")).not.toBeNull();
    await page.getByRole("region", { name: "Details" }).getByRole("heading", { name: title }).first().waitFor();
    const selected = page.getByRole("region", { name: "Timeline" }).locator(`[data-event="${new URL(page.url()).searchParams.get("event")}"]`);
    expect(await selected.getAttribute("aria-pressed")).toBe("true");
    expect(new URL(page.url()).searchParams.get("panel")).toBeNull();
    // Back returns to the list it came from.
    await page.goBack();
    await events.getByText(/^United States: \d+ events/).waitFor();
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it("a bad since falls back with a notice, and an out-of-range one to the nearest valid date", async () => {
    const bad = await openPage(browser, "/?panel=changes&since=not-a-date");
    await bad.page.getByText(/Some parts of this link could not be used/).waitFor();
    await bad.page.getByText(/"since" date "not-a-date" is not a YYYY-MM-DD date/).waitFor();
    await bad.page.getByRole("region", { name: "What changed" }).getByRole("heading", { level: 3, name: "What changed since 25 Aug 2025" }).waitFor();
    expect(new URL(bad.page.url()).searchParams.get("since")).toBeNull();
    await bad.context.close();

    const early = await openPage(browser, "/?panel=changes&since=1999-01-01");
    await early.page.getByText(/"since" date 1999-01-01 is before the data starts; showing/).waitFor();
    const since = new URL(early.page.url()).searchParams.get("since");
    expect(since).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(since! > "1999-01-01").toBe(true);
    await early.page.getByRole("region", { name: "What changed" }).getByRole("heading", { level: 3, name: /^What changed since / }).waitFor();
    expect(early.errors).toEqual([]);
    await early.context.close();
  });

  it("the nav's What changed opens the view (folded to its counts until then)", async () => {
    const w = await openPage(browser, "/");
    const region = w.page.getByRole("region", { name: "What changed" });
    expect(await region.getByRole("table").count()).toBe(0);
    await w.page.getByRole("navigation", { name: "Panels" }).getByRole("button", { name: "What changed" }).click();
    await region.getByRole("table", { name: /All-in US tariff in force on 25 Aug 2025/ }).waitFor();
    await expect.poll(() => new URL(w.page.url()).searchParams.get("panel")).toBe("changes");
    await w.context.close();
  });

  it("the date picker changes the view and the address", async () => {
    const w = await openPage(browser, "/?panel=changes");
    const region = w.page.getByRole("region", { name: "What changed" });
    await region.getByRole("heading", { level: 3, name: "What changed since 25 Aug 2025" }).waitFor();
    await region.getByLabel("Compare with").fill("2025-01-01");
    await region.getByRole("heading", { level: 3, name: "What changed since 1 Jan 2025" }).waitFor();
    await expect.poll(() => new URL(w.page.url()).searchParams.get("since")).toBe("2025-01-01");
    await w.context.close();
  });
});

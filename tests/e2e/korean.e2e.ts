/** The atlas in Korean (issue #21, first part): ?lang=ko, the switch, Korean data and dates, axe. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { ATLAS_URL, clickActor, launch } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function openKorean(path: string): Promise<{ page: Page; errors: string[]; requests: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, reducedMotion: "reduce", locale: "en-US" });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(ATLAS_URL + path);
  await page.getByRole("button", { name: /^대한민국 —/ }).waitFor();
  await page.waitForFunction(() => document.querySelectorAll(".loading").length === 0);
  return { page, errors, requests, close: () => context.close() };
}

describe("the atlas at ?lang=ko", () => {
  it("shows the Map view in Korean, South Korea's president as 이재명, Korean dates, and switches back to English", async () => {
    const w = await openKorean("/?lang=ko");
    const { page } = w;
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("ko");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("동맹 아틀라스");
    // Korean text is set in the Korean fonts first, Latin letters included (styles.css).
    const fontOf = () => page.evaluate(() => getComputedStyle(document.querySelector("h1")!).fontFamily);
    expect(await fontOf()).toMatch(/^"Noto Sans CJK KR", NanumGothic, /);
    const nav = page.getByRole("navigation", { name: "화면" });
    for (const name of ["지도", "무역", "동맹", "위협", "달라진 점", "따라 읽기"]) await nav.getByRole("button", { name, exact: true }).waitFor();
    for (const name of ["지도", "상세 정보", "연표"]) await page.getByRole("region", { name, exact: true }).waitFor();
    // The map's names and the inset's labels are Korean.
    const labels = await page.locator(".map-labels text").allTextContents();
    for (const label of ["대한민국", "북한", "서울", "평양", "비무장지대"]) expect(labels.join("|")).toContain(label);
    // A month heading of the timeline reads "YYYY년 M월".
    const months = await page.locator("#timeline .month-head").allTextContents();
    expect(months.some((m) => /^\d{4}년 \d{1,2}월/.test(m))).toBe(true);

    await clickActor(page, "대한민국");
    const details = page.getByRole("region", { name: "상세 정보" });
    await details.getByRole("heading", { name: "대한민국", exact: true }).waitFor();
    expect(await details.innerText()).toContain("이재명");

    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);

    await page.getByRole("button", { name: "English", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Alliance Atlas" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await fontOf()).toMatch(/^system-ui, /);
    await expect.poll(() => new URL(page.url()).searchParams.get("lang")).toBe("en");
    await page.getByRole("button", { name: /^South Korea —/ }).waitFor();
    expect(w.errors).toEqual([]);
    await w.close();
  });

  it("fetches the Korean data only for Korean readers, and draws a Korean first screen from the first chunk alone", async () => {
    const KOREAN_CHUNK = /\/assets\/(ko|korean-[a-z-]+|panels-ko)-[\w-]+\.js$/;
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "en-US" });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(ATLAS_URL + "/");
    await page.getByRole("button", { name: /^South Korea —/ }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll(".loading").length === 0);
    expect(requests.filter((u) => KOREAN_CHUNK.test(u))).toEqual([]);
    await context.close();

    const w = await openKorean("/?lang=ko");
    // The full overlays and the panels' Korean messages, after the map.
    const kinds = w.requests.filter((u) => KOREAN_CHUNK.test(u)).map((u) => (u.includes("/korean-data-") ? "korean-data" : u.includes("/panels-ko-") ? "panels-ko" : u));
    expect([...new Set(kinds)].sort()).toEqual(["korean-data", "panels-ko"]);
    // The Korean first screen (messages, the map's names and their layout) needs no request of its
    // own: four scripts before map-ready, as in English (a Korean chunk fetched after the first one
    // had run held the map back by about 50 ms).
    const scripts = await w.page.evaluate(() => {
      const ready = performance.getEntriesByName("map-ready")[0]!.startTime;
      return performance.getEntriesByType("resource").filter((e) => /\.js$/.test(new URL(e.name).pathname) && e.startTime < ready).map((e) => new URL(e.name).pathname);
    });
    expect(scripts.length, scripts.join(", ")).toBeLessThanOrEqual(4);
    await w.close();
  });
});

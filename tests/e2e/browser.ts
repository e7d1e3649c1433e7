/** Shared browser helpers for end-to-end tests: system Chromium, no request may leave the origin. */
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { CHROMIUM_ARGS } from "./chromium.mjs";

export const BASE_URL = process.env.BASE_URL ?? "";

export async function launch(): Promise<Browser> {
  if (!BASE_URL) throw new Error("BASE_URL is not set: run the e2e tests with `npm run test:e2e`");
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
): Promise<Watched> {
  const context = await browser.newContext({ viewport, reducedMotion: "reduce" });
  const page = await context.newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  const origin = new URL(BASE_URL).origin;
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("request", (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith("data:") && !u.startsWith("blob:")) foreign.push(u);
  });
  await page.goto(BASE_URL + path);
  await page.getByRole("button", { name: /^South Korea/ }).waitFor();
  return { context, page, errors, foreign };
}

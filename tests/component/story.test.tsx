// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { screen, within } from "@testing-library/react";
import { renderApp } from "./test-utils";
import { readDataFile } from "../../src/data/dataset";
import { STORY_STEPS, claimsForStep } from "../../src/domain/story";
import { useAppStore } from "../../src/store/app-store";

const story = () => screen.getByRole("region", { name: "Guided story" });
const q = () => new URLSearchParams(window.location.search);

describe("guided story", () => {
  it("every article claim appears in exactly one step", () => {
    const claims = readDataFile("article")!.records;
    const shown = STORY_STEPS.flatMap((s) => claimsForStep(claims, s).map((c) => c.id));
    expect([...shown].sort()).toEqual(claims.map((c) => c.id).sort());
    expect(STORY_STEPS.length).toBeGreaterThanOrEqual(5);
  });

  it("starts from the nav, walks every step with Next, and each step shows its claims with evidence", async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole("button", { name: "Guided story" }));
    const claims = readDataFile("article")!.records;
    for (let i = 1; i <= STORY_STEPS.length; i++) {
      const step = STORY_STEPS[i - 1]!;
      expect(within(story()).getByText(`Step ${i} of ${STORY_STEPS.length}`)).toBeTruthy();
      expect(within(story()).getByRole("heading", { level: 2, name: step.title })).toBeTruthy();
      expect(q().get("story")).toBe(String(i));
      for (const c of claimsForStep(claims, step)) {
        const item = story().querySelector(`[data-claim="${c.id}"]`) as HTMLElement;
        expect(item).toBeTruthy();
        expect(within(item).getAllByRole("link").length + within(item).queryAllByText(/\(no link\)/).length).toBeGreaterThan(0);
      }
      if (i < STORY_STEPS.length) await user.click(within(story()).getByRole("button", { name: "Next" }));
    }
    expect((within(story()).getByRole("button", { name: "Next" }) as HTMLButtonElement).disabled).toBe(true);
  }, 90_000);

  it("shows the article's quotes, marked as quotes", async () => {
    const { user } = renderApp("/?story=1");
    expect(within(story()).getByText(/“WHAT IS GOING ON IN SOUTH KOREA\?”/)).toBeTruthy();
    await user.click(within(story()).getByRole("button", { name: /5\. Future outlook/ }));
    const quotes = [...story().querySelectorAll("blockquote")].map((b) => b.textContent ?? "");
    expect(quotes.some((t) => t.includes("foundation of our diplomacy and security"))).toBe(true);
    expect(within(story()).getAllByText(/all eggs in one basket/).length).toBeGreaterThan(0);
  });

  it("the trade step compares 25% and 15% in the Trade panel; the North Korea step selects the Russia alliance", async () => {
    const { user } = renderApp("/?story=2");
    expect(useAppStore.getState().panel).toBe("trade");
    expect(useAppStore.getState().compare.map((r) => (r.kind === "preset" ? r.id : r.kind))).toEqual(["korus", "threat", "deal"]);
    expect(q().get("event")).toBe("2025-07-30-tariff-deal-15pct");
    await user.click(within(story()).getByRole("button", { name: /4\. North Korea challenge/ }));
    expect(q().get("relation")).toBe("prk-rus-alliance");
    expect(q().get("panel")).toBe("threats");
    expect(within(screen.getByRole("region", { name: "Details" })).getAllByText(/troops/i).length).toBeGreaterThan(0);
  });

  it("?story=3 opens step 3; arrow keys move; Escape leaves", async () => {
    const { user } = renderApp("/?story=3");
    expect(within(story()).getByText(`Step 3 of ${STORY_STEPS.length}`)).toBeTruthy();
    expect(q().get("relation")).toBe("usa-kor-alliance");
    story().focus();
    await user.keyboard("{ArrowRight}");
    expect(within(story()).getByText(`Step 4 of ${STORY_STEPS.length}`)).toBeTruthy();
    await user.keyboard("{ArrowLeft}{ArrowLeft}");
    expect(within(story()).getByText(`Step 2 of ${STORY_STEPS.length}`)).toBeTruthy();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("region", { name: "Guided story" })).toBeNull();
    expect(q().get("story")).toBeNull();
  });

  it("an out-of-range step is clamped with a notice", async () => {
    renderApp("/?story=99");
    expect(within(story()).getByText(`Step ${STORY_STEPS.length} of ${STORY_STEPS.length}`)).toBeTruthy();
    expect(await screen.findByText(/story step 99 does not exist/)).toBeTruthy();
  });
});

// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import "../../src/data/extra-data";
import { StoryPanel } from "../../src/features/story/story-panel";
import { STORY_STEPS } from "../../src/domain/story";
import { readDataFile } from "../../src/data/dataset";
import { initialAppState, useAppStore } from "../../src/store/app-store";

const story = () => screen.getByRole("region", { name: "Guided story" });
const sequel = STORY_STEPS.map((s, i) => ({ s, n: i + 1 })).filter(({ s }) => s.part === "sequel");

function renderStep(n: number) {
  useAppStore.setState(initialAppState, true);
  useAppStore.getState().goToStoryStep(n);
  return { user: userEvent.setup(), ...render(<StoryPanel />) };
}

describe("the story's sequel: the year after the summit", () => {
  beforeEach(() => useAppStore.setState(initialAppState, true));

  it("has the five steps the issue names, after the article's five, each evidenced by real 2026 events", () => {
    expect(STORY_STEPS.slice(0, 5).every((s) => s.part === "article")).toBe(true);
    expect(sequel.map(({ s }) => s.title)).toEqual([
      "After the summit: the January threat",
      "The Supreme Court ruling and Section 122",
      "The Special Act on strategic investment",
      "The Party Congress and the launches",
      "The alliance under the Iran war",
    ]);
    const events = new Map(readDataFile("events")!.records.map((e) => [e.id, e]));
    for (const { s } of sequel) {
      expect(s.eventIds?.length ?? 0).toBeGreaterThanOrEqual(3);
      for (const id of s.eventIds ?? []) {
        const e = events.get(id);
        expect(e, `${s.id}: event ${id}`).toBeDefined();
        expect(e!.date >= "2026-01-01").toBe(true);
      }
      if (s.view.event) expect(events.has(s.view.event)).toBe(true);
    }
  });

  it.each(sequel.map(({ s, n }) => [n, s.title] as const))("step %i (%s) lists each event with its summary and a source link", (n) => {
    renderStep(n);
    const step = STORY_STEPS[n - 1]!;
    expect(within(story()).getByRole("heading", { level: 2, name: step.title })).toBeTruthy();
    expect(within(story()).getByRole("heading", { level: 3, name: "What happened, and the evidence" })).toBeTruthy();
    const events = new Map(readDataFile("events")!.records.map((e) => [e.id, e]));
    for (const id of step.eventIds ?? []) {
      const item = story().querySelector(`[data-event-evidence="${id}"]`) as HTMLElement;
      expect(item, id).toBeTruthy();
      expect(within(item).getByText(events.get(id)!.summary)).toBeTruthy();
      expect(within(item).getAllByRole("link").length + within(item).queryAllByText(/\(no link\)/).length).toBeGreaterThan(0);
    }
  });

  it("an event button opens that event (the timeline follows the selection); the step sets its date and panel", async () => {
    const n = sequel.find(({ s }) => s.id === "supreme-court")!.n;
    const { user } = renderStep(n);
    expect(useAppStore.getState().panel).toBe("trade");
    expect(useAppStore.getState().asOf).toBe("2026-02-24");
    await user.click(within(story()).getByRole("button", { name: /Supreme Court: IEEPA does not authorise tariffs/ }));
    expect(useAppStore.getState().selectedEvent).toBe("2026-02-20-scotus-ieepa-ruling");
  });

  it("the step list groups the article and the sequel, and jumps between them", async () => {
    const { user } = renderStep(1);
    const after = within(story()).getByRole("list", { name: "Story steps: after the summit" });
    await user.click(within(after).getByRole("button", { name: /The alliance under the Iran war/ }));
    expect(within(story()).getByText(`Step ${STORY_STEPS.length} of ${STORY_STEPS.length}`)).toBeTruthy();
    expect(useAppStore.getState().selectedRelation).toBe("usa-kor-alliance");
    expect(useAppStore.getState().panel).toBe("alliance");
  });
});

describe("the sequel's trade steps compare what was in force with what changed it", () => {
  it("the January step sets the rates in force on 26 Jan 2026 beside the 26 Jan threat; the ruling step the 15% all-in beside MFN + 10%", () => {
    const at = (id: string) => STORY_STEPS.findIndex((s) => s.id === id) + 1;
    useAppStore.getState().goToStoryStep(at("january-threat"));
    expect(useAppStore.getState().compare).toEqual([{ kind: "dated", date: "2026-01-26" }, { kind: "preset", id: "threat_2026" }]);
    useAppStore.getState().goToStoryStep(at("supreme-court"));
    expect(useAppStore.getState().compare).toEqual([{ kind: "dated", date: "2026-02-19" }, { kind: "preset", id: "surcharge" }]);
  });
});

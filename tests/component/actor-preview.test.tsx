// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from "vitest";
import { act, render, screen, within } from "@testing-library/react";
import { ActorPreview } from "../../src/features/details/actor-preview";
import { getActor } from "../../src/data/lookup";
import { initialAppState, useAppStore } from "../../src/store/app-store";
import type { Iso3 } from "../../src/domain/types";

// What Details shows while its chunk loads (src/app/views.tsx): the selected actor from actors.json.
beforeEach(() => useAppStore.setState(initialAppState, true));

describe("Details before its panel has loaded", () => {
  it("says it is loading when nothing is selected", () => {
    render(<ActorPreview />);
    expect(screen.getByText("Loading…")).toBeTruthy();
    expect(screen.queryByRole("article")).toBeNull();
  });

  it("shows a clicked actor's name, tagline and leaders at once, and that the rest is loading", () => {
    render(<ActorPreview />);
    const code = "KOR" as Iso3;
    const actor = getActor(code)!;
    act(() => useAppStore.getState().selectActor(code));
    const article = screen.getByRole("article", { name: actor.name });
    expect(within(article).getByRole("heading", { level: 3, name: actor.name })).toBeTruthy();
    expect(within(article).getByText(actor.tagline)).toBeTruthy();
    for (const l of actor.leaders) expect(within(article).getByText(l.name)).toBeTruthy();
    expect(within(article).getByText("Loading…").className).toContain("loading");
  });

  it("keeps the plain loading line for a selected line", () => {
    render(<ActorPreview />);
    act(() => useAppStore.getState().selectRelation("usa-kor-alliance"));
    expect(screen.getByText("Loading…")).toBeTruthy();
    expect(screen.queryByRole("article")).toBeNull();
  });
});

// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { act, screen, waitFor, within } from "@testing-library/react";
import { renderApp } from "./test-utils";

const nav = () => screen.getByRole("navigation", { name: "Panels" });
const navButton = (name: string) => within(nav()).getByRole("button", { name });
const region = (name: string) => screen.queryByRole("region", { name });
const param = (key: string) => new URLSearchParams(window.location.search).get(key);

/** Go back or forward and wait until the address shows `search` (jsdom delivers popstate as a task). */
async function navigate(step: () => void, search: string) {
  act(step);
  await waitFor(() => expect(window.location.search).toBe(search));
}

afterEach(() => vi.restoreAllMocks());

describe("one view per tab", () => {
  it.each([
    ["Trade", "trade", "Trade"],
    ["Alliance", "alliance", "Alliance"],
    ["Threats", "threats", "Threats"],
    ["What changed", "changes", "What changed"],
  ])("the %s tab shows its view alone (?panel=%s); the others are not rendered", async (button, panel, name) => {
    const { user } = renderApp("/");
    expect(region("Map")).toBeTruthy();
    expect(region("Details")).toBeTruthy();
    expect(region("Timeline")).toBeTruthy();
    await user.click(navButton(button));
    expect(navButton(button).getAttribute("aria-pressed")).toBe("true");
    expect(navButton("Map").getAttribute("aria-pressed")).toBe("false");
    expect(region(name)).toBeTruthy();
    for (const other of ["Map", "Details", "Timeline", "Trade", "Alliance", "Threats", "What changed"].filter((n) => n !== name))
      expect(region(other), other).toBeNull();
    expect(param("panel")).toBe(panel);
  });

  it("every view change is a history entry: Back and Forward move between views", async () => {
    const { user } = renderApp("/");
    await user.click(navButton("Trade"));
    await user.click(navButton("Alliance"));
    expect(window.location.search).toBe("?panel=alliance");
    await navigate(() => window.history.back(), "?panel=trade");
    expect(region("Trade")).toBeTruthy();
    expect(region("Alliance")).toBeNull();
    await navigate(() => window.history.back(), "");
    expect(region("Map")).toBeTruthy();
    await navigate(() => window.history.forward(), "?panel=trade");
    expect(navButton("Trade").getAttribute("aria-pressed")).toBe("true");
  });

  it("a new view starts at its top", async () => {
    const scrolled = vi.spyOn(window, "scrollTo");
    const { user } = renderApp("/");
    expect(scrolled).not.toHaveBeenCalled();
    await user.click(navButton("Threats"));
    expect(scrolled).toHaveBeenCalledWith(0, 0);
  });

  it("the guided story is a view of its own; a tab leaves it, and Back returns to it", async () => {
    const { user } = renderApp("/");
    await user.click(navButton("Guided story"));
    expect(screen.getByRole("region", { name: "Guided story" })).toBeTruthy();
    expect(navButton("Guided story").getAttribute("aria-pressed")).toBe("true");
    expect(navButton("Map").getAttribute("aria-pressed")).toBe("false");
    await user.click(navButton("Trade"));
    expect(screen.queryByRole("region", { name: "Guided story" })).toBeNull();
    expect(region("Trade")).toBeTruthy();
    expect(param("story")).toBeNull();
    act(() => window.history.back());
    await waitFor(() => expect(screen.getByRole("region", { name: "Guided story" })).toBeTruthy());
  });

  it("a story step whose figures are in another view opens it at that step's comparison", async () => {
    const { user } = renderApp("/?story=2");
    expect(region("Map")).toBeTruthy(); // the step's selection on the map, under the story
    await user.click(screen.getByRole("button", { name: "Open Trade at this step" }));
    const trade = region("Trade")!;
    expect(within(trade).getByRole("tab", { name: "Tariff scenarios" }).getAttribute("aria-selected")).toBe("true");
    expect(within(trade).getByRole("heading", { name: "Compare tariff scenarios" })).toBeTruthy();
    expect(param("story")).toBeNull();
    expect(param("part")).toBe("scenarios");
  });
});

describe("the parts of a long view", () => {
  it("are tabs: arrow keys, Home and End move between them, and the part shown is in the link", async () => {
    const { user } = renderApp("/?panel=trade");
    const trade = region("Trade")!;
    const tab = (name: string) => within(trade).getByRole("tab", { name });
    expect(tab("Trade flows").getAttribute("aria-selected")).toBe("true");
    expect(within(trade).getByRole("tabpanel", { name: "Trade flows" })).toBeTruthy();
    tab("Trade flows").focus();
    await user.keyboard("{ArrowRight}");
    expect(tab("By sector").getAttribute("aria-selected")).toBe("true");
    expect(document.activeElement).toBe(tab("By sector"));
    expect(param("part")).toBe("sectors");
    await user.keyboard("{End}");
    expect(tab("Model vs 2025").getAttribute("aria-selected")).toBe("true");
    await user.keyboard("{ArrowLeft}");
    expect(tab("Tariff scenarios").getAttribute("aria-selected")).toBe("true");
    await user.keyboard("{ArrowRight}{ArrowRight}{Home}");
    expect(tab("Trade flows").getAttribute("aria-selected")).toBe("true");
    // Only the part shown is rendered.
    expect(within(trade).queryByRole("heading", { name: "Compare tariff scenarios" })).toBeNull();
  });

  it("a rates link opens Trade at the tariffs in force", () => {
    renderApp("/?panel=trade&ratesOn=2026-03-01");
    expect(within(region("Trade")!).getByRole("tab", { name: "Tariffs in force" }).getAttribute("aria-selected")).toBe("true");
  });

  it("a part of another view in the link is dropped with a notice", async () => {
    renderApp("/?panel=trade&part=russia");
    expect(await screen.findByText(/part "russia" is not a part of the trade view and was ignored/)).toBeTruthy();
    expect(within(region("Trade")!).getByRole("tab", { name: "Trade flows" }).getAttribute("aria-selected")).toBe("true");
  });
});

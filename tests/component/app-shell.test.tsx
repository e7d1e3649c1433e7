// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { screen, within } from "@testing-library/react";
import { renderApp } from "./test-utils";

describe("app shell", () => {
  it("opens on the Map view (headline figures, map, Details, timeline) and says what it is", () => {
    renderApp();
    for (const name of ["Headline figures", "Map", "Details", "Timeline"]) expect(screen.getByRole("region", { name })).toBeTruthy();
    // The other views are a tab away (tests/component/views.test.tsx), not stacked below.
    for (const name of ["Trade", "Alliance", "Threats"]) expect(screen.queryByRole("region", { name })).toBeNull();
    expect(screen.getByRole("heading", { level: 1, name: "Alliance Atlas" })).toBeTruthy();
    expect(screen.getByText(/Data as of/)).toBeTruthy();
  });

  it("shows, before the script runs, the header it renders (index.html's static shell)", () => {
    const html = new DOMParser().parseFromString(readFileSync("index.html", "utf8"), "text/html");
    const shell = html.querySelector("#root > header.app-header");
    renderApp();
    const header = screen.getByRole("banner");
    expect(shell?.querySelector("h1")?.textContent).toBe(within(header).getByRole("heading", { level: 1 }).textContent);
    expect(shell?.querySelector(":scope > p.subtitle")?.textContent).toBe(header.querySelector(":scope > p.subtitle")?.textContent);
    // Nothing in it can be used before the app has started.
    expect(shell?.querySelectorAll("a, button, input").length).toBe(0);
  });

  it("opens /?actor=KOR on South Korea's profile", () => {
    renderApp("/?actor=KOR");
    const details = screen.getByRole("region", { name: "Details" });
    expect(within(details).getByRole("heading", { name: "South Korea" })).toBeTruthy();
    expect(within(details).getAllByText(/Lee Jae-myung/).length).toBeGreaterThan(0);
  });

  it("shows the default view and a dismissible notice for a garbage URL", async () => {
    const { user } = renderApp("/?actor=ZZZ&date=yesterday&%3Cscript%3E=1&panel=x");
    // The reasons' words come with a panel catalog: the notice follows at once after it.
    expect(await screen.findByText(/Some parts of this link could not be used/)).toBeTruthy();
    expect(screen.getByText(/unknown actor "ZZZ"/)).toBeTruthy();
    expect(screen.getByRole("button", { name: /^South Korea —/ })).toBeTruthy();
    expect(within(screen.getByRole("region", { name: "Details" })).getByText(/Click a country or a line/)).toBeTruthy();
    expect(window.location.search).toBe("");
    await user.click(screen.getByRole("button", { name: "Dismiss notice" }));
    expect(screen.queryByText(/Some parts of this link could not be used/)).toBeNull();
  });

  it("shows the orientation and the article's headline claims when nothing is selected", () => {
    renderApp();
    const details = screen.getByRole("region", { name: "Details" });
    expect(within(details).getByText(/From the article/)).toBeTruthy();
    expect(within(details).getAllByRole("link").length).toBeGreaterThan(0);
  });
});

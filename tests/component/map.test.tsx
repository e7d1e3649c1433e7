// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderApp, renderView } from "./test-utils";
import { readDataFile } from "../../src/data/dataset";
import { MapView } from "../../src/features/map/map-view";
import { initialAppState, useAppStore } from "../../src/store/app-store";

const details = () => screen.getByRole("region", { name: "Details" });
const map = () => screen.getByRole("region", { name: "Map" });
const actor = (name: string) => within(map()).getByRole("button", { name: new RegExp(`^${name} —`) });
const edges = () =>
  within(map())
    .getAllByRole("button")
    .filter((b) => b.hasAttribute("data-relation"));

const LEADERS: [string, string, string][] = [
  ["South Korea", "KOR", "Lee Jae-myung"],
  ["North Korea", "PRK", "Kim Jong Un"],
  ["United States", "USA", "Donald Trump"],
  ["China", "CHN", "Xi Jinping"],
  ["Russia", "RUS", "Vladimir Putin"],
];

describe("map actors", () => {
  it.each(LEADERS)("clicking %s shows its leader and puts its code in the URL", async (name, code, leader) => {
    const { user } = renderView();
    await user.click(actor(name));
    expect(actor(name).getAttribute("aria-pressed")).toBe("true");
    // The profile shown (other actors' profiles may be rendered too, hidden).
    const profile = within(details()).getByRole("article", { name });
    expect(within(profile).getByRole("heading", { name })).toBeTruthy();
    expect(within(profile).getAllByText(new RegExp(leader)).length).toBeGreaterThan(0);
    expect(new URLSearchParams(window.location.search).get("actor")).toBe(code);
  });

  it("an actor's relations and recent events follow its profile, and each selects what it names", async () => {
    const { user } = renderView();
    await user.click(actor("China"));
    await user.click(actor("Russia"));
    // The profile is there with the click; the lists below it one frame later, for Russia, not China.
    expect(within(details()).getByRole("heading", { name: "Russia" })).toBeTruthy();
    const relations = await within(details()).findByRole("list", { name: "Relations of Russia" });
    expect(within(details()).queryByRole("list", { name: "Relations of China" })).toBeNull();
    const events = within(details()).getByRole("list", { name: "Recent events involving Russia" });
    expect(within(events).getAllByRole("button").length).toBeGreaterThan(0);
    await user.click(within(relations).getByRole("button", { name: /^North Korea – Russia: / }));
    expect(new URLSearchParams(window.location.search).get("relation")).toBe("prk-rus-alliance");
    expect(within(details()).queryByRole("heading", { name: "Russia" })).toBeNull();
  });

  it("keeps every profile ready once idle: a selection shows one already built and hides the last", async () => {
    const { user } = renderApp();
    const profiles = (hidden: boolean) => within(details()).queryAllByRole("article", { hidden });
    // Once the page has painted and idled, all seven profiles are in Details; none is shown yet.
    await waitFor(() => expect(profiles(true)).toHaveLength(7), { timeout: 15_000 });
    expect(profiles(false)).toHaveLength(0);
    const china = within(details()).getByRole("article", { name: "China", hidden: true });
    await user.click(actor("China"));
    // The same element, now the one profile a reader (or a screen reader) gets.
    expect(within(details()).getByRole("article", { name: "China" })).toBe(china);
    expect(profiles(false)).toEqual([china]);
    await user.click(actor("Russia"));
    expect(profiles(false).map((p) => p.getAttribute("aria-labelledby"))).toEqual(["details-title-RUS"]);
    expect(within(details()).queryByRole("article", { name: "China" })).toBeNull();
    expect(profiles(true)).toHaveLength(7);
    // Clearing the selection hides them all again and brings back the orientation.
    await user.keyboard("{Escape}");
    await waitFor(() => expect(profiles(false)).toHaveLength(0));
  });

  it("every actor is a named button with a capital and sourced figures", () => {
    renderView();
    const names = within(map())
      .getAllByRole("button")
      .filter((b) => b.hasAttribute("data-actor"))
      .map((b) => b.getAttribute("aria-label"));
    expect(names).toHaveLength(7);
    for (const n of ["United States", "South Korea", "North Korea", "China", "Russia", "Japan", "Ukraine"])
      expect(names.some((x) => x?.startsWith(`${n} — `))).toBe(true);
  });

  it("Enter and Space select; arrow keys move between actors; Escape clears", async () => {
    const { user } = renderApp();
    actor("South Korea").focus();
    await user.keyboard("{Enter}");
    expect(within(details()).getByRole("heading", { name: "South Korea" })).toBeTruthy();
    await user.keyboard("{ArrowRight}");
    expect(document.activeElement).toBe(actor("North Korea"));
    await user.keyboard(" ");
    expect(within(details()).getByRole("heading", { name: "North Korea" })).toBeTruthy();
    await user.keyboard("{ArrowLeft}{ArrowLeft}");
    expect(document.activeElement?.getAttribute("data-actor")).toBe("UKR");
    await user.keyboard("{Escape}");
    expect(within(details()).getByText(/Click a country or a line/)).toBeTruthy();
    expect(new URLSearchParams(window.location.search).get("actor")).toBeNull();
  });

  it("selecting an actor dims edges that do not involve it", async () => {
    const { user } = renderView();
    await user.click(actor("North Korea"));
    const own = edges().filter((e) => /North Korea/.test(e.getAttribute("aria-label") ?? ""));
    const other = edges().filter((e) => !/North Korea/.test(e.getAttribute("aria-label") ?? ""));
    expect(own.length).toBeGreaterThan(0);
    for (const e of own) expect(e.getAttribute("class")).toContain("is-focus");
    for (const e of other) expect(e.getAttribute("class")).toContain("is-dim");
  });
});

describe("map edges", () => {
  it("has US–South Korea and North Korea–Russia edge controls", () => {
    renderView();
    const labels = edges().map((e) => e.getAttribute("aria-label") ?? "");
    expect(labels.some((l) => /^United States – South Korea: /.test(l))).toBe(true);
    expect(labels.some((l) => /^North Korea – Russia: military alliance$/.test(l))).toBe(true);
  });

  it("selecting the North Korea–Russia alliance shows troops and the treaty with sources", async () => {
    const { user } = renderView();
    await user.click(within(map()).getByRole("button", { name: "North Korea – Russia: military alliance" }));
    const d = details();
    expect(within(d).getByRole("heading", { name: /North Korea – Russia: military alliance/ })).toBeTruthy();
    expect(within(d).getAllByText(/troops|deploy/i).length).toBeGreaterThan(0);
    expect(within(d).getAllByText(/treaty/i).length).toBeGreaterThan(0);
    expect(within(d).getAllByRole("link").length).toBeGreaterThan(2);
    expect(new URLSearchParams(window.location.search).get("relation")).toBe("prk-rus-alliance");
    // Both ends are emphasised.
    expect(actor("North Korea").getAttribute("class")).toContain("is-focus");
    expect(actor("Russia").getAttribute("class")).toContain("is-focus");
  });

  it("shows a relation's strength as of the chosen date: the South Korea–China thaw of Jan 2026", async () => {
    const name = "South Korea – China: pragmatic engagement (Lee–Xi summit)";
    const line = () => edges().find((e) => e.getAttribute("aria-label") === name)!.querySelector(".edge-line")!;
    const strength = () => within(details()).getByText(/ of 3 \(/).textContent;
    const before = renderView("/?relation=kor-chn-partnership&date=2025-12-01");
    expect(strength()).toBe("1 of 3 (weak) on 1 Dec 2025");
    const thin = Number(line().getAttribute("stroke-width"));
    before.unmount();
    renderView("/?relation=kor-chn-partnership");
    expect(strength()).toBe("2 of 3 (moderate)");
    expect(Number(line().getAttribute("stroke-width"))).toBeGreaterThan(thin);
  });

  it("each edge's accessible name names both actors and the type", () => {
    renderView();
    const relations = readDataFile("relations")!.records.filter((r) => !r.end);
    const labels = edges().map((e) => e.getAttribute("aria-label"));
    expect(labels.length).toBe(relations.length);
    for (const l of labels) expect(l).toMatch(/^[\w .]+ – [\w .]+: .+/);
  });
});

describe("legend filter", () => {
  it("toggling a relation type hides and shows its edges and is kept in the URL", async () => {
    const { user } = renderView();
    const before = edges().length;
    const alliances = readDataFile("relations")!.records.filter((r) => !r.end && r.type === "alliance").length;
    expect(alliances).toBeGreaterThan(0);
    const toggle = within(screen.getByRole("group", { name: /Relation types/ })).getByRole("button", { name: "Alliance" });
    expect(toggle.getAttribute("aria-pressed")).toBe("true");
    await user.click(toggle);
    expect(toggle.getAttribute("aria-pressed")).toBe("false");
    expect(edges().length).toBe(before - alliances);
    expect(new URLSearchParams(window.location.search).get("hide")).toBe("alliance");
    await user.click(toggle);
    expect(edges().length).toBe(before);
  });
});

describe("URL round trips", () => {
  it("Back and Forward restore the selection", async () => {
    const { user } = renderView();
    await user.click(actor("China"));
    await user.click(actor("Russia"));
    expect(window.location.search).toBe("?actor=RUS");
    // jsdom delivers popstate as a task: wait for the restored selection, however long that takes.
    act(() => window.history.back());
    await waitFor(() => expect(window.location.search).toBe("?actor=CHN"));
    await waitFor(() => expect(within(details()).getByRole("heading", { name: "China" })).toBeTruthy());
    expect(within(details()).queryByRole("heading", { name: "Russia" })).toBeNull();
  });

  it("a relation link in the URL opens that edge", () => {
    renderView("/?relation=usa-kor-alliance");
    expect(within(details()).getByRole("heading", { name: /United States – South Korea/ })).toBeTruthy();
  });
});

describe("map labels", () => {
  /** The map alone, in a fresh store, once its names are in (they follow the map's first paint). */
  async function renderMap() {
    useAppStore.setState(initialAppState, true);
    const user = userEvent.setup();
    const view = render(<MapView />);
    await waitFor(() => expect(view.container.querySelectorAll(".map-labels")).toHaveLength(2));
    const world = screen.getByRole("group", { name: "Map of the actors and their relations" });
    const inset = screen.getByRole("group", { name: "Korean peninsula (enlarged)" });
    const label = (where: HTMLElement, text: string) => {
      // A name on two lines is two tspans: read as the lines joined by a space.
      const read = (t: SVGTextElement) => [...t.querySelectorAll("tspan")].map((l) => l.textContent).join(" ") || t.textContent;
      const found = [...where.querySelectorAll<SVGTextElement>(".map-label")].filter((t) => read(t) === text);
      expect(found, text).toHaveLength(1);
      return found[0]!;
    };
    const button = (name: string) => screen.getByRole("button", { name: new RegExp(`^${name} —`) });
    return { user, view, world, inset, label, button };
  }

  it("names every actor on the map, and Seoul, Pyongyang and the DMZ in the Korea inset", async () => {
    const { world, inset, label } = await renderMap();
    const actors = readDataFile("actors")!.records;
    for (const a of actors) label(["KOR", "PRK"].includes(a.code) ? inset : world, a.name);
    expect(actors.find((a) => a.code === "KOR")!.capital.name).toBe("Seoul");
    expect(actors.find((a) => a.code === "PRK")!.capital.name).toBe("Pyongyang");
    for (const text of ["Seoul", "Pyongyang", "DMZ"]) label(inset, text);
    // The DMZ is drawn along the border itself.
    expect(inset.querySelector(".dmz-line")?.getAttribute("d")).toMatch(/^M[\d.]+ [\d.]+l/);
  });

  it("adds no tab stop and nothing for a screen reader to read twice: the actor buttons stay the controls", async () => {
    const { view, world, label } = await renderMap();
    const layers = view.container.querySelectorAll(".map-labels");
    expect(layers).toHaveLength(2);
    for (const layer of layers) {
      expect(layer.getAttribute("aria-hidden")).toBe("true");
      expect(layer.querySelector("[tabindex]")).toBeNull();
    }
    expect(within(world).queryByRole("button", { name: "Russia" })).toBeNull();
    expect(label(world, "Russia").closest("[role=button]")).toBeNull();
    const actorButtons = view.container.querySelectorAll("[data-actor][tabindex='0']");
    expect(actorButtons).toHaveLength(7);
  });

  it.each([
    ["Russia", "Russia", "RUS"],
    ["United States", "United States", "USA"],
    ["Japan", "Japan", "JPN"],
    ["North Korea", "North Korea", "PRK"],
    ["Seoul", "South Korea", "KOR"],
    ["Pyongyang", "North Korea", "PRK"],
  ])("clicking the label %s selects %s", async (text, actorName, code) => {
    const { user, world, inset, label, button } = await renderMap();
    const where = ["North Korea", "Seoul", "Pyongyang"].includes(text) ? inset : world;
    await user.click(label(where, text));
    expect(useAppStore.getState().selectedActor).toBe(code);
    expect(button(actorName).getAttribute("aria-pressed")).toBe("true");
  });

  it("the DMZ's name selects nothing (it names a border, not an actor)", async () => {
    const { inset, label } = await renderMap();
    const dmz = label(inset, "DMZ");
    expect(dmz.hasAttribute("data-label-for")).toBe(false);
    dmz.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect(useAppStore.getState().selectedActor).toBeNull();
  });

  it("keeps each edge's hit band off the actors' shapes, and its visible line whole", async () => {
    const { view } = await renderMap();
    for (const map of ["main", "inset"]) {
      const clip = view.container.querySelector(`clipPath#edge-hit-clip-${map} path`);
      expect(clip?.getAttribute("clip-rule")).toBe("evenodd");
    }
    const russia = view.container.querySelector('[data-actor="RUS"] .actor-shape')!.getAttribute("d")!;
    expect(view.container.querySelector("clipPath#edge-hit-clip-main path")!.getAttribute("d")).toContain(russia);
    const edge = view.container.querySelector('[data-relation="chn-rus-partnership"]')!;
    expect(edge.querySelector(".edge-hit")!.getAttribute("clip-path")).toBe("url(#edge-hit-clip-main)");
    expect(edge.querySelector(".edge-line")!.hasAttribute("clip-path")).toBe(false);
  });
});

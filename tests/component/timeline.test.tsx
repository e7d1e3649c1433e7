// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { renderView } from "./test-utils";
import { readDataFile } from "../../src/data/dataset";
import { eventsMatching } from "../../src/domain/timeline";
import { TimelinePanel } from "../../src/features/timeline/timeline-panel";
import { generateEvents } from "../fixtures/generate-events";
import { initialAppState, useAppStore } from "../../src/store/app-store";

const timeline = () => screen.getByRole("region", { name: "Timeline" });
const details = () => screen.getByRole("region", { name: "Details" });
const events = () => readDataFile("events")!.records;
const eventButtons = () => within(timeline()).getAllByRole("button").filter((b) => b.hasAttribute("data-event"));
const mapEdges = () =>
  within(screen.getByRole("region", { name: "Map" }))
    .getAllByRole("button")
    .map((b) => b.getAttribute("aria-label") ?? "");

describe("timeline list", () => {
  it("lists every event as a button with date, type and title, in date order", () => {
    renderView();
    const buttons = eventButtons();
    expect(buttons.length).toBe(events().length);
    expect(buttons.length).toBeGreaterThanOrEqual(35);
    const deal = within(timeline()).getByRole("button", { name: /30 Jul 2025 · Trade · .*15%/ });
    expect(deal).toBeTruthy();
    const dates = buttons.map((b) => events().find((e) => e.id === b.getAttribute("data-event"))!.date);
    expect([...dates].sort()).toEqual(dates);
  });

  it("choosing the 15% tariff deal shows it in Details, highlights both actors and puts event= in the URL", async () => {
    const { user } = renderView();
    await user.click(within(timeline()).getByRole("button", { name: /30 Jul 2025 · Trade · .*15%/ }));
    const id = new URLSearchParams(window.location.search).get("event");
    expect(id).toBe("2025-07-30-tariff-deal-15pct");
    expect(within(details()).getByRole("heading", { level: 3 }).textContent).toMatch(/15%/);
    const map = screen.getByRole("region", { name: "Map" });
    for (const name of ["United States", "South Korea"])
      expect(within(map).getByRole("button", { name: new RegExp(`^${name} —`) }).getAttribute("class")).toContain("is-focus");
    expect(within(map).getByRole("button", { name: /^China —/ }).getAttribute("class")).toContain("is-dim");
  });

  it("filters by actor and type together with a correct count, in the URL, and resets", async () => {
    const { user } = renderView();
    await user.click(within(within(timeline()).getByRole("group", { name: "Filter by actor" })).getByRole("button", { name: "North Korea" }));
    await user.click(within(within(timeline()).getByRole("group", { name: "Filter by type" })).getByRole("button", { name: "Military" }));
    const expected = eventsMatching(events(), { actors: ["PRK"], types: ["military"], from: null, to: null });
    expect(expected.length).toBeGreaterThan(3);
    expect(eventButtons().map((b) => b.getAttribute("data-event"))).toEqual(
      [...expected].sort((a, b) => a.date.localeCompare(b.date)).map((e) => e.id),
    );
    for (const e of expected) {
      expect(e.actors).toContain("PRK");
      expect([e.type, ...(e.tags ?? [])]).toContain("military");
    }
    expect(within(timeline()).getByText(`${expected.length} of ${events().length} events`)).toBeTruthy();
    const q = new URLSearchParams(window.location.search);
    expect(q.get("actors")).toBe("PRK");
    expect(q.get("types")).toBe("military");
    await user.click(within(timeline()).getByRole("button", { name: "Reset filters" }));
    expect(eventButtons().length).toBe(events().length);
  });

  it("filters by date range", () => {
    renderView("/?from=2025-01-01&to=2025-06-30");
    const n = events().filter((e) => (e.endDate ?? e.date) >= "2025-01-01" && e.date <= "2025-06-30").length;
    expect(eventButtons().length).toBe(n);
    expect(within(timeline()).getByLabelText("From")).toHaveProperty("value", "2025-01-01");
  });

  it("shows the date inputs when asked for, the first one focused", () => {
    renderView("/");
    expect(within(timeline()).queryByLabelText("From")).toBeNull();
    const ask = within(timeline()).getByRole("button", { name: "Date range…" });
    expect(ask.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(ask);
    const from = within(timeline()).getByLabelText("From");
    expect(document.activeElement).toBe(from);
    expect(within(timeline()).getByLabelText("To")).toBeTruthy();
  });

  it("highlights an actor's events when the actor is selected on the map", () => {
    renderView("/?actor=RUS");
    const related = eventButtons().filter((b) => b.className.includes("is-related"));
    expect(related.length).toBe(events().filter((e) => e.actors.includes("RUS")).length);
    expect(within(timeline()).getByText(/highlighted involving Russia/)).toBeTruthy();
  });
});

describe("time scrubber", () => {
  it("replays the North Korea–Russia relationship: cooperation before the treaty, alliance after", async () => {
    renderView();
    const slider = within(timeline()).getByRole("slider", { name: /As of/ });
    const month = (y: number, m: number) => String(y * 12 + m - 1);
    fireEvent.change(slider, { target: { value: month(2024, 1) } });
    await Promise.resolve(); // the URL is written once per tick
    expect(new URLSearchParams(window.location.search).get("date")).toBe("2024-01-01");
    expect(slider.getAttribute("aria-valuetext")).toBe("1 Jan 2024");
    expect(mapEdges()).not.toContain("North Korea – Russia: military alliance");
    expect(mapEdges().some((l) => /^North Korea – Russia: /.test(l))).toBe(true);
    fireEvent.change(slider, { target: { value: month(2025, 1) } });
    expect(mapEdges()).toContain("North Korea – Russia: military alliance");
  });

  it("?date= deep-links, marks later events as future, and Latest returns to all data", async () => {
    const { user } = renderView("/?date=2024-01-01");
    expect(mapEdges()).not.toContain("North Korea – Russia: military alliance");
    const future = eventButtons().filter((b) => b.className.includes("is-future"));
    expect(future.length).toBe(events().filter((e) => e.date > "2024-01-01").length);
    await user.click(within(timeline()).getByRole("button", { name: "Latest" }));
    expect(mapEdges()).toContain("North Korea – Russia: military alliance");
    expect(new URLSearchParams(window.location.search).get("date")).toBeNull();
  });
});

describe("windowing", () => {
  it("renders only a window of 10,000 generated events and keeps the count right", () => {
    useAppStore.setState(initialAppState, true);
    const many = generateEvents(10_000, 3);
    render(<TimelinePanel events={many} />);
    const rendered = screen.getAllByRole("button").filter((b) => b.hasAttribute("data-event"));
    expect(rendered.length).toBeGreaterThan(5);
    expect(rendered.length).toBeLessThan(100);
    expect(screen.getByText("10000 of 10000 events")).toBeTruthy();
  });
});

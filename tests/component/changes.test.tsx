// @vitest-environment jsdom
/** The "What changed since …" view alone (no App): heading, tables, links into the timeline, lapsed claims. */
import { afterEach, describe, expect, it } from "vitest";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import "../../src/data/extra-data";
import { ChangesPanel } from "../../src/features/changes/changes-panel";
import { initialAppState, useAppStore } from "../../src/store/app-store";
import { setRawDataForTests } from "../../src/data/dataset";
import type { RawData } from "../../src/domain/validate-dataset";
import { buildRaw } from "../fixtures/build-dataset";
import type { PanelPart } from "../../src/domain/types";

/** The view at one of its parts (sub-tabs); the default part is the tariffs. */
function renderView(since: string | null = null, panel: "changes" | "map" = "changes", part: PanelPart<"changes"> | null = null) {
  useAppStore.setState({ ...initialAppState, since, panel, panelPart: part }, true);
  const user = userEvent.setup();
  return { user, ...render(<ChangesPanel />) };
}

afterEach(() => setRawDataForTests(null));

const table = (name: RegExp) => screen.getByRole("table", { name });
const row = (t: HTMLElement, header: string) => within(t).getByRole("rowheader", { name: header }).closest("tr") as HTMLElement;

describe("What changed since … (real data)", () => {
  it("defaults to the summit: heading, and the tariff by sector then and latest, each with its legal basis and sources", () => {
    renderView();
    expect(screen.getByRole("heading", { level: 3, name: "What changed since 25 Aug 2025" })).toBeTruthy();
    const tariffs = table(/All-in US tariff in force on 25 Aug 2025/);
    const other = row(tariffs, "All other goods");
    const [then] = within(other).getAllByRole("cell");
    const latest = within(other).getAllByRole("cell")[1]!;
    expect(then!.textContent).toMatch(/^15%IEEPA reciprocal tariff/);
    expect(latest.textContent).toMatch(/^10%.*Section 122 surcharge/);
    expect(within(other).getAllByRole("cell")[2]!.textContent).toBe("−5 percentage points");
    expect(within(then!).getAllByRole("link").length).toBeGreaterThan(0);
    expect(within(latest).getAllByRole("link").length).toBeGreaterThan(0);
    const steel = row(tariffs, "Steel (Section 232 steel mill products)");
    expect(within(steel).getAllByRole("cell")[0]!.textContent).toMatch(/^50%/);
  });

  it("shows every headline indicator with both dates and its sources", () => {
    renderView(null, "changes", "indicators");
    const t = table(/newest value on or before 25 Aug 2025/);
    const exports = row(t, "Korea's exports to the US");
    const [then, latest] = within(exports).getAllByRole("cell");
    expect(then!.textContent).toMatch(/USD bn/);
    expect(then!.textContent).toMatch(/dated/);
    expect(latest!.textContent).toMatch(/dated/);
    expect(within(latest!).queryAllByRole("link").length + within(latest!).queryAllByText(/\(no link\)/).length).toBeGreaterThan(0);
    expect(within(t).getByRole("rowheader", { name: /US Forces Korea/ })).toBeTruthy();
    expect(within(t).getByRole("rowheader", { name: /South Korea's defence budget/ })).toBeTruthy();
  });

  it("a relation that began links to it; an event links into the timeline (selects it and opens the Map view)", async () => {
    const { user } = renderView(null, "changes", "relations");
    const began = screen.getByRole("list", { name: "Began" });
    await user.click(within(began).getByRole("button", { name: /China – North Korea/ }));
    expect(useAppStore.getState().selectedRelation).toBe("chn-prk-partnership");
    const events = screen.getByRole("heading", { level: 4, name: /^Events after 25 Aug 2025/ }).closest("section") as HTMLElement;
    await user.click(within(events).getByText(/^United States: \d+ events/));
    const trade = within(events).getByRole("list", { name: "United States: Trade" });
    const first = within(trade).getAllByRole("button")[0]!;
    await user.click(first);
    const id = useAppStore.getState().selectedEvent;
    expect(id).not.toBeNull();
    expect(first.textContent).toContain("·");
    expect(useAppStore.getState().selectedRelation).toBeNull();
    // The event is shown where Details and the timeline are: the Map view.
    expect(useAppStore.getState().panel).toBe("map");
  });

  it("marks the article's 15% claim as no longer holding, with its evidence", () => {
    renderView(null, "changes", "open");
    const item = document.querySelector('[data-claim="trade-july-15pct"]') as HTMLElement;
    expect(within(item).getByText("No longer holds")).toBeTruthy();
    expect(item.textContent).toContain("Since 24 Feb 2026");
    expect(within(item).getAllByRole("link").length).toBeGreaterThan(0);
    expect(within(item).getAllByRole("button", { name: /^Event: / }).length).toBeGreaterThan(0);
  });

  it("picking another date changes the view and the store; the summit button goes back", async () => {
    const { user, container } = renderView("2024-06-01");
    const heading = () => container.querySelector("h3")?.textContent;
    expect(heading()).toBe("What changed since 1 Jun 2024");
    // In mid-2024 Korean steel entered under the 2018 quota, at 0%.
    expect(container.querySelector('[data-sector="steel"] td')?.textContent).toMatch(/^0%/);
    fireEvent.change(screen.getByLabelText("Compare with"), { target: { value: "2025-01-01" } });
    expect(useAppStore.getState().since).toBe("2025-01-01");
    expect(heading()).toBe("What changed since 1 Jan 2025");
    const summit = screen.getByText("The summit (25 Aug 2025)");
    await user.click(summit);
    expect(useAppStore.getState().since).toBeNull();
    expect(heading()).toBe("What changed since 25 Aug 2025");
    expect((summit as HTMLButtonElement).disabled).toBe(true);
  });
});

describe("folded until opened", () => {
  it("shows counts and opens on request; once open it stays open when another panel is chosen", async () => {
    const { user, container } = renderView(null, "map");
    expect(container.querySelector("h3")?.textContent).toBe("What changed since 25 Aug 2025");
    expect(screen.queryByRole("table")).toBeNull();
    expect(container.querySelector(".changes-teaser")?.textContent).toMatch(/^From 25 Aug 2025 to .*: \d+ sectors whose US tariff or its legal basis changed; \d+ events; .* began/);
    await user.click(screen.getByRole("button", { name: "Show then and latest, side by side" }));
    expect(useAppStore.getState().panel).toBe("changes");
    // One part at a time: the tariffs first; the indicators a tab away.
    expect(screen.getAllByRole("table")).toHaveLength(1);
    await user.click(screen.getByRole("tab", { name: "Indicators" }));
    expect(useAppStore.getState().panelPart).toBe("indicators");
    expect(screen.getByRole("table", { name: /newest value on or before/ })).toBeTruthy();
    act(() => useAppStore.getState().setPanel("trade"));
    expect(screen.getAllByRole("table")).toHaveLength(1);
  });
});

describe("What changed since … (fixture)", () => {
  function withLapsedClaim(): RawData {
    const raw = buildRaw() as unknown as {
      events: { records: object[] };
      article: { records: object[] };
    } & RawData;
    raw.events.records.push({ id: "e9", date: "2025-06-01", actors: ["USA"], type: "trade", title: "Ruling", summary: "s", sourceIds: ["src-a"], confidence: "verified" });
    raw.article.records.push({
      id: "c15",
      section: "trade",
      text: "Washington agreed to 15%",
      kind: "fact",
      status: "verified",
      check: "ok",
      eventIds: [],
      relationIds: [],
      indicatorIds: [],
      sourceIds: ["src-a"],
      lapsed: { date: "2025-06-01", note: "The 15% is no longer the rate in force.", eventIds: ["e9"], sourceIds: ["src-a"] },
    });
    return raw;
  }

  it("marks the article's claims that no longer hold, with what changed and its evidence, and lists what is pending", async () => {
    setRawDataForTests(withLapsedClaim());
    const { user } = renderView("2024-07-01", "changes", "open");
    const claims = screen.getByRole("heading", { level: 4, name: "The article's claims that no longer hold" }).closest("section") as HTMLElement;
    const item = claims.querySelector('[data-claim="c15"]') as HTMLElement;
    expect(within(item).getByText("No longer holds")).toBeTruthy();
    expect(item.textContent).toContain("Since 1 Jun 2025: The 15% is no longer the rate in force.");
    expect(within(item).getByRole("link", { name: /Agency A/ })).toBeTruthy();
    expect(screen.getByRole("region", { name: "Still open: not found in the sources" }).textContent).toContain("Section 122 after expiry");
    await user.click(within(item).getByRole("button", { name: /Ruling/ }));
    expect(useAppStore.getState().selectedEvent).toBe("e9");
    expect(useAppStore.getState().panel).toBe("map");
  });
});

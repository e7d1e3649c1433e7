// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import "../../src/data/extra-data";
import { setRawDataForTests } from "../../src/data/dataset";
import { AppHeader } from "../../src/app/app-header";
import { DataAsOfContext } from "../../src/components/data-as-of";
import { FigureValue } from "../../src/components/figure-value";
import { SeriesTable } from "../../src/components/series-table";
import { StaleBadge } from "../../src/components/stale-badge";
import { PendingList } from "../../src/components/pending-list";
import { IndicatorChart } from "../../src/components/indicator-chart";
import { INDICATORS } from "../../src/domain/indicators/registry";
import { resolveIndicator } from "../../src/domain/indicators/resolve";
import type { IndicatorsFile, PendingItem, Series, Source } from "../../src/domain/schemas";
import indicators from "../../data/indicators.json";
import { buildRaw } from "../fixtures/build-dataset";

afterEach(() => setRawDataForTests(null));

const source: Source = { id: "src-a", title: "A report", publisher: "Agency A", date: "2026-02", url: "https://example.org/a", confidence: "verified" };
const sourcesFor = (ids: readonly string[]) => (ids.includes("src-a") ? [source] : []);
const asOf = (date: string | null, children: ReactNode) => <DataAsOfContext value={date}>{children}</DataAsOfContext>;

describe("the header's freshness line and What's new", () => {
  it("shows the newest sourced date, the compile date, the version and the note that the sources thin out", () => {
    setRawDataForTests(buildRaw());
    render(<AppHeader />);
    // The fixture's newest sourced item: the usfk_troops point of 2025 (counted from its first day).
    expect(screen.getByText(/^Data as of 1 Jan 2025 · compiled 27 Nov 2026 · data version 2026\.12\.0$/)).toBeTruthy();
    expect(screen.getByText(/sources found for 2026 thin out after that date/)).toBeTruthy();
  });

  it("opens What's new from the keyboard, newest release first, with the ids each one added, changed or corrected", async () => {
    setRawDataForTests(buildRaw());
    const user = userEvent.setup();
    render(<AppHeader />);
    const toggle = screen.getByRole("button", { name: "What's new in the data" });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByRole("region", { name: "What's new in the data" })).toBeNull();
    // The header's controls in tab order: the search box, then What's new.
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole("combobox", { name: /search/i }));
    await user.tab();
    expect(document.activeElement).toBe(toggle);
    await user.keyboard("{Enter}");
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    const panel = screen.getByRole("region", { name: "What's new in the data" });
    // The list's code arrives on first opening.
    const titles = (await within(panel).findAllByRole("heading", { level: 3 })).map((h) => h.textContent);
    expect(titles).toEqual(["Version 2026.12.0, 4 Dec 2026 (current)", "Version 2025.12.0, 27 Nov 2026"]);
    const newest = within(panel).getAllByRole("listitem").find((li) => li.textContent?.startsWith("Version 2026.12.0"));
    expect(newest?.textContent).toMatch(/Added.*events\.json: A 2024 event\. \(1 record: e2\)/);
    expect(newest?.textContent).toMatch(/Changed.*actors\.json: New leader\. \(1 record: KOR\)/);
    expect(newest?.textContent).toMatch(/Corrected.*indicators\.json: Fixed a point\. \(1 record: usfk_troops\)/);
    await user.keyboard(" ");
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByRole("region", { name: "What's new in the data" })).toBeNull();
  });

  it("lists the bundled releases, the current version first", async () => {
    const user = userEvent.setup();
    render(<AppHeader />);
    await user.click(screen.getByRole("button", { name: "What's new in the data" }));
    // The list is a chunk of its own, loaded on the first opening: wait for it (a test that ran
    // before may have loaded it already, or not).
    const titles = await within(screen.getByRole("region", { name: "What's new in the data" })).findAllByRole("heading", { level: 3 });
    expect(titles[0]?.textContent).toMatch(/^Version 2026\.12\.1, .* \(current\)$/);
    expect(titles.at(-1)?.textContent).toMatch(/^Version 2025\.12\.0/);
  });
});

describe("dated values and the stale badge", () => {
  const figure = (date: string) => ({ value: 28500, unit: "troops", asOf: date, sourceIds: ["src-a"], confidence: "verified" as const });

  it("a headline figure shows its date, and a 'not updated since' badge when it is over six months older than the data", () => {
    const { rerender } = render(asOf("2026-07-02", <dl><FigureValue label="USFK" figure={figure("2025")} sources={[source]} /></dl>));
    // The badge names the date, so the plain "as of" is not repeated beside it.
    expect(screen.getByText("not updated since 2025")).toBeTruthy();
    expect(screen.queryByText(/as of/)).toBeNull();
    rerender(asOf("2026-07-02", <dl><FigureValue label="USFK" figure={figure("2026-02")} sources={[source]} /></dl>));
    expect(screen.getByText(/as of/).textContent).toBe("as of Feb 2026");
    expect(screen.queryByText(/not updated since/)).toBeNull();
  });

  it("no badge without a data 'as of' (a component shown on its own)", () => {
    render(<StaleBadge date="2019" />);
    expect(screen.queryByText(/not updated since/)).toBeNull();
  });

  it("a series table dates its latest value in the caption", () => {
    const series: Series = {
      id: "usfk_troops",
      label: "USFK troops",
      unit: "persons",
      group: "alliance",
      direction: "neutral",
      points: [
        { date: "2025-05", value: 28500, sourceIds: ["src-a"], confidence: "verified" },
        { date: "2024", value: 28500, sourceIds: ["src-a"], confidence: "verified" },
      ],
    };
    render(asOf("2026-07-02", <SeriesTable series={series} sourcesFor={sourcesFor} />));
    const caption = screen.getByRole("table").querySelector("caption");
    expect(caption?.textContent).toContain("not updated since May 2025");
    expect(caption?.textContent).not.toContain("2024");
  });

  it("a chart dates each series' latest value and flags the old ones", () => {
    const r = resolveIndicator(INDICATORS["dprk-launches"], indicators as IndicatorsFile);
    if (!r.ok) throw new Error(r.error.join("; "));
    render(asOf("2026-07-02", <IndicatorChart resolved={r.value} asOf={null} highlighted={false} sourcesFor={sourcesFor} />));
    const line = screen.getByText(/^Latest values?:/);
    for (const s of r.value.series) expect(line.textContent).toContain(s.ref.legend);
    expect(within(line).getAllByText(/^not updated since/).length).toBeGreaterThan(0);
  });
});

describe("PendingList", () => {
  const items: PendingItem[] = [
    { id: "s122", label: "Section 122 after 24 Jul 2026", text: "What replaced it was not found.", topic: "trade", since: "2026-07-24", sourceIds: ["src-a"], confidence: "secondary" },
    { id: "scm", label: "The 58th SCM", text: "Its outcome was not found.", topic: "alliance", sourceIds: ["src-a"], confidence: "verified" },
  ];

  it("shows each item's label, text, open-since date, confidence and sources under its heading", () => {
    render(<PendingList items={items} sourcesFor={sourcesFor} heading="Still pending" />);
    const list = screen.getByRole("region", { name: "Still pending" });
    expect(within(list).getByRole("heading", { name: "Still pending" })).toBeTruthy();
    const [first, second] = within(list).getAllByRole("listitem");
    expect(first?.textContent).toContain("Section 122 after 24 Jul 2026");
    expect(first?.textContent).toContain("open since 24 Jul 2026");
    expect(first?.textContent).toContain("secondary source");
    expect(first?.textContent).toContain("What replaced it was not found.");
    expect(within(first!).getByRole("link", { name: /Agency A, 2026-02/ }).getAttribute("href")).toBe("https://example.org/a");
    expect(second?.textContent).not.toContain("open since");
    expect(second?.textContent).toContain("verified");
  });

  it("renders nothing when nothing is pending", () => {
    const { container } = render(<PendingList items={[]} sourcesFor={sourcesFor} />);
    expect(container.textContent).toBe("");
  });
});

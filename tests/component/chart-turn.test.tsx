// @vitest-environment jsdom
// Charts are drawn when they come near the viewport, or all at once before printing (issue #8: drawn
// together after load they held the main thread for about a second). jsdom has neither layout nor
// IntersectionObserver, so both observers are stubbed here and driven by hand.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { act, screen, within } from "@testing-library/react";
import { renderView } from "./test-utils";

type Callback = (entries: { target: Element; isIntersecting?: boolean; contentRect?: { width: number } }[]) => void;

const intersections: { cb: Callback; targets: Element[] }[] = [];
const resizes: { cb: Callback; targets: Element[] }[] = [];

function stubObserver(store: typeof intersections) {
  return class {
    private readonly entry: { cb: Callback; targets: Element[] };
    constructor(cb: Callback) {
      this.entry = { cb, targets: [] };
      store.push(this.entry);
    }
    observe(el: Element) {
      this.entry.targets.push(el);
    }
    unobserve() {}
    disconnect() {
      this.entry.targets = [];
    }
  };
}

const saved = { io: globalThis.IntersectionObserver, ro: globalThis.ResizeObserver };
beforeEach(() => {
  intersections.length = 0;
  resizes.length = 0;
  Object.assign(globalThis, { IntersectionObserver: stubObserver(intersections), ResizeObserver: stubObserver(resizes) });
});
afterEach(() => {
  Object.assign(globalThis, { IntersectionObserver: saved.io, ResizeObserver: saved.ro });
});

const alliance = () => screen.getByRole("region", { name: "Alliance" });
const figure = (name: RegExp) => within(alliance()).getByRole("figure", { name });
const box = (fig: HTMLElement) => fig.querySelector<HTMLElement>(".sized-chart")!;
const drawn = (fig: HTMLElement) => fig.querySelector(".recharts-wrapper > svg.recharts-surface");

/** What the browser reports once the chart's box is laid out `width` px wide and comes into view. */
function comesIntoView(el: Element, width: number) {
  act(() => {
    for (const o of resizes) if (o.targets.includes(el)) o.cb([{ target: el, contentRect: { width } }]);
    for (const o of intersections) if (o.targets.includes(el)) o.cb([{ target: el, isIntersecting: true }]);
  });
}

describe("charts drawn in their turn", () => {
  it("a chart holds its place with its title, summary and sources, and is drawn at its box's width when it nears the viewport", async () => {
    renderView("/?panel=alliance");
    const budget = figure(/South Korea's defence budget$/);
    const gdp = figure(/share of GDP, by definition, against the targets/);
    expect(drawn(budget)).toBeNull();
    expect(box(budget).style.height).toBe("280px"); // the chart's own height, so nothing moves when it arrives
    expect(budget.querySelector(".chart-summary")?.textContent).toMatch(/^The 2026 budget is 65.86 KRW tn/);
    expect(within(budget).getAllByRole("link").length).toBeGreaterThan(0);

    comesIntoView(box(budget), 512);
    await screen.findAllByText("KRW tn"); // the axis unit, drawn with the chart
    expect(drawn(budget)?.getAttribute("width")).toBe("512");
    expect(drawn(gdp)).toBeNull(); // still far away
  });

  it("a drawn chart follows its box when the window is resized", async () => {
    renderView("/?panel=alliance");
    const budget = figure(/South Korea's defence budget$/);
    comesIntoView(box(budget), 512);
    await within(budget).findAllByText("KRW tn");
    act(() => {
      for (const o of resizes) if (o.targets.includes(box(budget))) o.cb([{ target: box(budget), contentRect: { width: 700 } }]);
    });
    expect(drawn(budget)?.getAttribute("width")).toBe("700");
  });

  it("printing draws every chart at once, before the print is laid out", () => {
    // The brief prints the view on screen: Trade's first part, with its two charts.
    renderView("/?panel=trade");
    const figures = screen.getAllByRole("figure").filter((f) => box(f));
    expect(figures.length).toBeGreaterThanOrEqual(2);
    expect(figures.filter((f) => drawn(f))).toHaveLength(0);
    // Not wrapped in act(): the charts must be in the document when the event returns, as the print
    // layout starts right after it.
    window.dispatchEvent(new Event("beforeprint"));
    expect(figures.filter((f) => !drawn(f)).map((f) => f.querySelector(".chart-title")?.textContent)).toEqual([]);
  });
});

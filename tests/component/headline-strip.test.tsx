// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import "../../src/data/extra-data";
import rawSources from "../../data/sources.json";
import { HeadlineStrip } from "../../src/features/headline/headline-strip";
import { DataAsOfContext } from "../../src/components/data-as-of";
import { currentDataAsOf } from "../../src/data/data-status";
import { initialAppState, useAppStore } from "../../src/store/app-store";

const source = (id: string) => rawSources.records.find((s) => s.id === id)!;

function renderStrip() {
  useAppStore.setState(initialAppState, true);
  render(
    <DataAsOfContext value={currentDataAsOf()}>
      <HeadlineStrip />
    </DataAsOfContext>,
  );
  return userEvent.setup();
}
const card = (name: RegExp) => screen.getByRole("article", { name });

describe("the headline strip", () => {
  it("shows five figures, each with its value, a date, a confidence badge and a source link", () => {
    renderStrip();
    const cards = screen.getAllByRole("article");
    expect(cards).toHaveLength(5);
    for (const c of cards) {
      expect(c.querySelector(".headline-value")?.textContent).toMatch(/\d/);
      expect(c.querySelectorAll("time, .badge-stale").length).toBeGreaterThan(0);
      expect(c.querySelector(".badge-verified, .badge-secondary, .badge-unverified")).not.toBeNull();
      expect(within(c).getAllByRole("link").length).toBeGreaterThan(0);
    }
  });

  it("the tariff names its legal basis per group of sectors and its date", () => {
    renderStrip();
    const c = card(/^US tariff on Korean goods/);
    expect(c.querySelector(".headline-figure")?.textContent).toBe("10% Section 122 surcharge (most goods)");
    expect(within(c).getByText("2 Jul 2026").closest(".value-date")?.textContent).toBe("in force on 2 Jul 2026");
    expect(c.querySelector(".headline-detail")?.textContent).toBe("autos and auto parts 15%, steel 50% (Section 232) · petroleum products 0% (KORUS FTA)");
    const link = within(c).getAllByRole("link")[0]!;
    expect(link.getAttribute("href")).toBe(source("jmrodgers-cbp-section-122-guidance").url);
  });

  it("the NIS and Ukrainian estimates of troops in Russia stand side by side with their own sources", () => {
    renderStrip();
    const rows = card(/^DPRK troops in Russia/).querySelectorAll(".headline-value-row");
    expect([...rows].map((r) => r.querySelector(".headline-value")?.textContent)).toEqual(["10,000", "8,000"]);
    expect(within(rows[0] as HTMLElement).getByRole("link").textContent).toContain(source("asiae-2026-02-12-nis").publisher);
    expect(within(rows[1] as HTMLElement).getByRole("link").textContent).toContain(source("isw-eurasia-2026-02-17").publisher);
  });

  it("a figure's title opens its view at the part it comes from", async () => {
    const user = renderStrip();
    await user.click(screen.getByRole("button", { name: "DPRK troops in Russia: open in Threats" }));
    expect(useAppStore.getState().panel).toBe("threats");
    expect(useAppStore.getState().panelPart).toBe("russia");
    await user.click(screen.getByRole("button", { name: "US troops in Korea (USFK): open in Alliance" }));
    expect([useAppStore.getState().panel, useAppStore.getState().panelPart]).toEqual(["alliance", "forces"]);
  });

  it("a value more than six months older than the data says so", () => {
    renderStrip();
    // 2025 (a full year) against data as of 2 Jul 2026.
    expect(within(card(/^Korea's exports to the US/)).getByText("not updated since 2025")).toBeTruthy();
  });
});

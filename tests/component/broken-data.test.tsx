// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { act, screen, within } from "@testing-library/react";
import { renderApp } from "./test-utils";
import { registerValidator, setRawDataForTests } from "../../src/data/dataset";
import { crossCheck, validateFile } from "../../src/domain/validate-dataset";
import type { RawData } from "../../src/domain/validate-dataset";
import sources from "../../data/sources.json";
import actors from "../../data/actors.json";
import relations from "../../data/relations.json";
import events from "../../data/events.json";
import trade from "../../data/trade.json";
import indicators from "../../data/indicators.json";
import article from "../../data/article.json";
import releases from "../../data/releases.json";

function realData(): RawData {
  return JSON.parse(JSON.stringify({ sources, actors, relations, events, trade, indicators, article, releases })) as RawData;
}

afterEach(() => {
  setRawDataForTests(null);
  registerValidator({ validateFile, crossCheck });
});

describe("a data file that fails validation at run time", () => {
  it("shows an error card in the panel that needs it while the map and Details keep working", async () => {
    const raw = realData() as unknown as { trade: { sectors: { importsKorea: { value: unknown } }[] } };
    raw.trade.sectors[0]!.importsKorea.value = "lots";
    setRawDataForTests(raw as unknown as RawData);
    const { user } = renderApp("/?panel=trade");
    const trade = screen.getByRole("region", { name: "Trade" });
    const alert = within(trade).getByRole("alert");
    expect(alert.textContent).toMatch(/Trade panel could not be shown/);
    expect(within(alert).getByRole("button", { name: "Try again" })).toBeTruthy();
    expect(alert.textContent).toMatch(/trade\.json: sectors\[0\] \(id "autos"\), field "importsKorea.value": expected number, got string/);
    await user.click(within(screen.getByRole("navigation", { name: "Panels" })).getByRole("button", { name: "Map" }));
    // The headline figures need trade.json too: their strip shows the error, the map and Details work.
    expect(within(screen.getByRole("region", { name: "Headline figures" })).getByRole("alert").textContent).toMatch(/trade\.json/);
    await user.click(screen.getByRole("button", { name: /^Russia —/ }));
    expect(within(screen.getByRole("region", { name: "Details" })).getByRole("heading", { name: "Russia" })).toBeTruthy();
    expect(within(screen.getByRole("region", { name: "Timeline" })).queryByRole("alert")).toBeNull();
  });

  it("a broken events file takes down only the views that need events", () => {
    const raw = realData() as unknown as { events: { records: { date: string }[] } };
    raw.events.records[0]!.date = "2025-13-45";
    setRawDataForTests(raw as unknown as RawData);
    renderApp();
    expect(within(screen.getByRole("region", { name: "Timeline" })).getByRole("alert").textContent).toMatch(/events\.json/);
    expect(screen.getByRole("button", { name: /^South Korea —/ })).toBeTruthy();
  });

  it("a broken actors file drawn before the schema check loads shows its precise problems once the check arrives", async () => {
    // In the browser the check (zod) loads with the panels, after the map has painted.
    registerValidator(null);
    const raw = realData() as unknown as { actors: { records: { capital: unknown }[] } };
    raw.actors.records[0]!.capital = "Washington";
    setRawDataForTests(raw as unknown as RawData);
    renderApp();
    const map = screen.getByRole("region", { name: "Map" });
    act(() => registerValidator({ validateFile, crossCheck }));
    const alert = await within(map).findByRole("alert");
    expect(alert.textContent).toMatch(/Map panel could not be shown/);
    expect(alert.textContent).toMatch(/actors\.json: records\[0\] \(id "USA"\), field "capital": expected object, got string/);
    // The rest of the page is still there: the header and the panel navigation.
    expect(screen.getByRole("heading", { level: 1, name: "Alliance Atlas" })).toBeTruthy();
    expect(within(screen.getByRole("navigation", { name: "Panels" })).getByRole("button", { name: "Trade" })).toBeTruthy();
  });
});

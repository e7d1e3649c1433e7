// @vitest-environment jsdom
/** The Alliance and Threats panels alone (no App) in Korean, and back in English (issue #21). */
import { describe, expect, it } from "vitest";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import "../../src/data/extra-data";
import { startTestLanguage } from "./test-utils";
import { AlliancePanel } from "../../src/features/alliance/alliance-panel";
import { ThreatsPanel } from "../../src/features/threats/threats-panel";
import { initialAppState, useAppStore } from "../../src/store/app-store";
import { notePanelsLoaded } from "../../src/app/language";


async function inKorean() {
  await startTestLanguage();
  notePanelsLoaded();
  useAppStore.getState().setLang("ko");
  await waitFor(() => expect(document.documentElement.lang).toBe("ko"));
}

describe("the indicators in Korean", () => {
  it("shows the Alliance panel's tabs, chart titles, buttons and table headers in Korean, and English again after the switch", async () => {
    useAppStore.setState({ ...initialAppState, panel: "alliance", panelPart: "spending" }, true);
    const user = userEvent.setup();
    render(<AlliancePanel />);
    expect(screen.getByRole("tab", { name: "Defence spending" })).toBeTruthy();

    await inKorean();
    const tabs = await screen.findByRole("tablist", { name: "동맹 패널 구성" });
    for (const name of ["국방비", "주한미군과 방위비분담금", "연합훈련과 억제"]) expect(within(tabs).getByRole("tab", { name })).toBeTruthy();
    const budget = screen.getByRole("figure", { name: "한국 국방비" });
    expect(within(budget).getByRole("heading", { level: 3, name: "한국 국방비" })).toBeTruthy();
    expect(within(budget).getByRole("button", { name: "CSV 내려받기" })).toBeTruthy();
    await user.click(within(budget).getByRole("button", { name: "표로 보기" }));
    const table = within(budget).getAllByRole("table")[0]!;
    const headers = within(table).getAllByRole("columnheader").map((h) => h.textContent);
    expect(headers[0]).toBe("날짜");
    expect(headers).toContain("신뢰도");
    expect(headers).toContain("출처");
    expect(headers).toContain("전년 대비 증감(계산값)");
    expect(budget.textContent).toContain("국회를 통과한 국방부 본예산");
    // The computed summary is Korean now: no "영어 원문" marker, no English span.
    const summary = budget.querySelector(".chart-summary")!;
    expect(summary.textContent).toMatch(/^2026년 국방예산 65조 8,642억 원, 2025년 대비 7\.5% 증가; 2020년 이후 매년 증가/);
    expect(within(summary as HTMLElement).queryByText("영어 원문")).toBeNull();
    expect(summary.querySelector('[lang="en"]')).toBeNull();
    expect(screen.getByRole("heading", { level: 4, name: "2026년 국방예산의 주요 사업" })).toBeTruthy();

    useAppStore.getState().setLang("en");
    expect(await screen.findByRole("tab", { name: "Defence spending" })).toBeTruthy();
    expect(screen.getByRole("tablist", { name: "Parts of Alliance" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 3, name: "South Korea's defence budget" })).toBeTruthy();
    expect(screen.queryByText("영어 원문")).toBeNull();
  });

  it("shows the Threats panel's tabs, the launch chart and its direction note in Korean", async () => {
    useAppStore.setState({ ...initialAppState, panel: "threats", panelPart: "arsenal" }, true);
    render(<ThreatsPanel />);
    await inKorean();
    expect(await screen.findByRole("tab", { name: "북한의 무기" })).toBeTruthy();
    const launches = screen.getByRole("figure", { name: "북한 미사일 발사 연도별 횟수: 집계 방식별" });
    expect(within(launches).getByRole("button", { name: "PNG 내려받기" })).toBeTruthy();
    expect(launches.textContent).toContain("수치가 오르면 위협이 커진다는 뜻이다.");
    expect(screen.getByRole("heading", { level: 3, name: "북한 핵탄두(SIPRI 추정)" })).toBeTruthy();
    // The chart's accessible description is its Korean summary sentence.
    expect(launches.getAttribute("aria-describedby")).toBeTruthy();
    const described = document.getElementById(launches.getAttribute("aria-describedby")!)!;
    expect(described.textContent).toContain("일본 방위성 집계 2025년 6회(발사 횟수), 미확인 집계, 정점이던 2022년의 31에서 감소.");
    expect(screen.queryByText("영어 원문")).toBeNull();
    // The warheads table words a one-sided range in Korean ("up to 90" → "최대 90").
    const warheads = screen.getByRole("figure", { name: "북한 핵탄두(SIPRI 추정)" });
    await userEvent.setup().click(within(warheads).getByRole("button", { name: "표로 보기" }));
    const cells = within(warheads).getAllByRole("cell").map((c) => c.textContent);
    expect(cells.some((c) => c?.startsWith("최대 90 "))).toBe(true);
    expect(cells.join()).not.toMatch(/up to|at least/);
  });

  it("shows the US Forces Korea card's summary sentence in Korean, with no 영어 원문 marker", async () => {
    useAppStore.setState({ ...initialAppState, panel: "alliance", panelPart: "forces" }, true);
    render(<AlliancePanel />);
    await inKorean();
    const card = await screen.findByRole("heading", { level: 3, name: "주한미군" });
    const section = card.closest("section")!;
    expect(
      within(section).getByText(
        "주한미군 병력 약 28,500명(2026년), 2024년 대비 변동 없음. 2026 회계연도 NDAA 하한선(2025년 12월 18일): 28,500명. 이전 검토 대상으로 보도된 병력(2025년 5월 22일): 4,500명.",
      ),
    ).toBeTruthy();
    expect(within(section).queryByText("영어 원문")).toBeNull();
    expect(section.querySelector('.chart-summary [lang="en"]')).toBeNull();

    // The cost-sharing table: the unit in Korean and the computed ceiling's note in Korean.
    const sma = screen.getByRole("figure", { name: "방위비분담금(SMA)" });
    await userEvent.setup().click(within(sma).getByRole("button", { name: "표로 보기" }));
    const captions = within(sma).getAllByRole("table").map((tb) => tb.querySelector("caption")?.textContent ?? "");
    expect(captions.some((c) => c.includes("(조 원)"))).toBe(true);
    expect(captions.join()).not.toContain("KRW tn");
    expect(sma.textContent).toContain("전망이 아니라 상한이다.");
    expect(sma.textContent).not.toContain("An upper bound, not a forecast.");

    useAppStore.getState().setLang("en");
    expect(await screen.findByText(/^About 28,500 troops \(2026\), unchanged since 2024\./)).toBeTruthy();
  });
});

// @vitest-environment jsdom
/** The Trade view alone (no App) in Korean (issue #21): headings, table headers and buttons by key, and back to English. */
import { afterEach, describe, expect, it } from "vitest";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import "../../src/data/extra-data";
import { TradePanel } from "../../src/features/trade/trade-panel";
import { initialAppState, useAppStore } from "../../src/store/app-store";
import { notePanelsLoaded, startLanguage } from "../../src/app/language";
import { t, useActiveLang } from "../../src/i18n/i18n";
import { MEASURE_IDS, MEASURES, measureTitle } from "../../src/domain/tariff/measures";
import { ASSUMPTIONS, explainSmartSector } from "../../src/domain/tariff/explain";
import { explainSector, runScenario } from "../../src/domain/tariff/model";
import { ASSUMPTION_KEYS, EXPLAIN_FORMULA_WORDS, EXPLAIN_STEP_LABELS } from "../../src/features/trade/trade-text";
import type { PanelPart } from "../../src/domain/types";

/** As in the app, the view is keyed by the language, so it re-renders when the language changes. */
function Keyed() {
  const lang = useActiveLang();
  return <TradePanel key={lang} />;
}

let stop: (() => void) | null = null;

const MEASURES_KO_IS = "한국이 잃는 연간 대미 수출(2024년 수출에서 관세 부과 후 수출을 뺀 값)로, 총액 기준이다.";

async function renderIn(part: PanelPart<"trade">, ratesOn: string | null = null, elasticityPresetId: string | null = null) {
  useAppStore.setState({ ...initialAppState, panel: "trade", panelPart: part, ratesOn, elasticityPresetId }, true);
  notePanelsLoaded();
  stop = await startLanguage();
  render(<Keyed />);
}

async function toKorean(heading: string) {
  act(() => useAppStore.getState().setLang("ko"));
  await waitFor(() => expect(document.documentElement.lang).toBe("ko"), { timeout: 10_000 }).catch(() => {
    throw new Error(`still English; notices: ${JSON.stringify(useAppStore.getState().notices)}`);
  });
  expect(await screen.findByRole("heading", { level: 3, name: heading }, { timeout: 10_000 })).toBeTruthy();
}

afterEach(async () => {
  if (stop) {
    act(() => useAppStore.getState().setLang("en"));
    await waitFor(() => expect(document.documentElement.lang).toBe("en"));
  }
  stop?.();
  stop = null;
});

describe("the Trade view in Korean", () => {
  it("keys the measures' row headers by id, the English as the domain builds it", () => {
    for (const id of MEASURE_IDS) expect(t(`trade.measure.${id}`)).toBe(measureTitle(id));
  });

  it("keys the explanation by the domain's English: what each measure is and is not, the steps, the assumptions", () => {
    for (const id of MEASURE_IDS) {
      expect(t(`trade.measureIs.${id}`)).toBe(MEASURES[id].is);
      expect(t(`trade.measureIsNot.${id}`)).toBe(MEASURES[id].isNot);
    }
    const keyed = new Map(EXPLAIN_STEP_LABELS);
    for (const [label, key] of EXPLAIN_STEP_LABELS) expect(t(`trade.step.${key}`)).toBe(label);
    // Every label the model writes (CES and SMART steps, and the measures' lists of steps) has a key.
    const sector = { id: "autos", importsKorea: 1e9, importsRow: 2e9, importDemandElasticity: -1.5, substitutionElasticity: 2 };
    const scenario = { id: "s", tariffKorea: { autos: 0.25 } };
    const smart = runScenario([sector], scenario, { method: "smart", koreaGdpUsd: 1e12 }).sectors[0]!;
    const labels = [
      ...explainSector(sector, scenario, { koreaGdpUsd: 1e12 }).map((s) => s.label),
      ...explainSmartSector(sector, scenario, smart).map((s) => s.label),
      ...MEASURE_IDS.flatMap((id) => MEASURES[id].steps),
    ];
    for (const label of labels) expect(keyed.has(label), label).toBe(true);
    // The words inside formulas are the model's own: a sector whose SMART run is capped, clamped and has no
    // rest-of-world baseline, one with a baseline, and a CES run with no baseline imports.
    const extreme = { id: "steel", importsKorea: 1e9, importDemandElasticity: -20, substitutionElasticity: 10 };
    const big = { id: "s", tariffKorea: { steel: 0.5, autos: 0.5 } };
    const formulas = [
      ...explainSmartSector(extreme, big, runScenario([extreme], big, { method: "smart", koreaGdpUsd: 1e12 }).sectors[0]!),
      ...explainSmartSector(sector, big, runScenario([sector], big, { method: "smart", koreaGdpUsd: 1e12 }).sectors[0]!),
      ...explainSector({ ...sector, importsKorea: 0, importsRow: 0 }, big, { koreaGdpUsd: 1e12 }),
    ].map((s) => s.formula);
    for (const [words, key] of EXPLAIN_FORMULA_WORDS) {
      expect(formulas.some((f) => f.includes(words)), words).toBe(true);
      expect(t(key)).toBe(words);
    }
    expect(ASSUMPTION_KEYS.length).toBe(ASSUMPTIONS.length);
    ASSUMPTIONS.forEach((a, i) => {
      expect(t(`trade.assumption.${ASSUMPTION_KEYS[i]!}.title`)).toBe(a.title);
      expect(t(`trade.assumption.${ASSUMPTION_KEYS[i]!}.text`)).toBe(a.text);
    });
  });

  it("explains a cell in Korean: what the number is, the total's formula, the inputs, the steps and the assumptions", async () => {
    await renderIn("scenarios");
    await toKorean("관세 시나리오 비교");
    act(() => screen.getByRole("button", { name: "계산 방법 보기: 한국의 수출 손실(십억 달러), 한미 FTA 기준(0%)" }).click());
    const heading = await screen.findByRole("heading", { level: 4, name: "계산 방법 보기: 한국의 수출 손실(십억 달러), 한미 FTA 기준(0%)" });
    const panel = heading.closest("section") as HTMLElement;
    expect(panel.textContent).toContain(MEASURES_KO_IS);
    expect(panel.textContent).toMatch(/8개 품목의 합 = /);
    expect(panel.textContent).toMatch(/입력값: M_K0 = [\d.]+ 십억 달러\(2024년, 미국 집계\)/);
    const steps = within(panel).getAllByRole("listitem").map((li) => li.textContent ?? "");
    expect(steps.some((s) => s.startsWith("관세 배수 변화, 한국: "))).toBe(true);
    expect(steps.some((s) => s.includes("한국의 수출 손실(달러): "))).toBe(true);
    expect(within(panel).getByText("탄력성이 모든 것을 좌우한다.")).toBeTruthy();
    expect(panel.textContent).not.toMatch(/Tariff power change|Sum over|Inputs:|The elasticities drive|as the table uses/);
  });

  it("explains a SMART cell in Korean: the SMART steps and the words inside their formulas", async () => {
    await renderIn("scenarios");
    await toKorean("관세 시나리오 비교");
    act(() => useAppStore.setState({ tradeMethod: "smart" }));
    const how = screen.getAllByRole("button", { name: /^계산 방법 보기: 한국의 수출 손실\(십억 달러\), 25% 부과 위협/ })[0]!;
    act(() => how.click());
    const heading = await screen.findByRole("heading", { level: 4, name: /^계산 방법 보기: 한국의 수출 손실\(십억 달러\), 25% 부과 위협/ });
    const panel = heading.closest("section") as HTMLElement;
    expect(panel.textContent).toContain("표와 같은 SMART(선형) 계산 단계.");
    const steps = within(panel).getAllByRole("listitem").map((li) => li.textContent ?? "");
    expect(steps.some((s) => s.startsWith("한국산 제품 통관 가격 변화(선형): "))).toBe(true);
    expect(steps.some((s) => s.startsWith("무역 전환(달러): ") && s.includes(", 여기서 M_R0 = "))).toBe(true);
    expect(panel.textContent).not.toMatch(/ with M_R0|Border price change|SMART \(linear\) steps/);
  });

  it("describes the scenarios and the fitted elasticities in Korean: a preset's description, its assumptions, the fitted preset's label and description", async () => {
    await renderIn("scenarios", null, "fitted_2025");
    await toKorean("관세 시나리오 비교");
    const korus = screen.getByRole("checkbox", { name: /^한미 FTA 기준/ });
    const description = document.getElementById(korus.getAttribute("aria-describedby") ?? "")?.textContent ?? "";
    expect(description).toMatch(/^전 품목 0%\. 2025년 첫 조치 이전: 한미 FTA\. 2025년 3월 11일 시행 관세율\.$/);
    const threat = screen.getAllByRole("checkbox", { name: /부과 위협\(/ })[0]!;
    const threatText = document.getElementById(threat.getAttribute("aria-describedby") ?? "")?.textContent ?? "";
    expect(threatText).toMatch(/: 반도체, 기계, 배터리, 석유제품, 기타 품목에 25%\(부과 위협\)\. 나머지 품목\(자동차, 자동차 부품, 철강\)은 2025년 8월 1일 시행 관세율을 유지한다\./);
    const assumptions = screen.getByRole("region", { name: "시나리오의 가정" });
    expect(within(assumptions).getAllByText("이 시나리오의 경쟁국 관세는 출처에 없다: 모든 품목에서 2024년 수준에 머문다(한국의 관세만 바뀐다).").length).toBeGreaterThan(0);
    expect(within(assumptions).getAllByText(/^경쟁국 적용 관세: 철강 50%\(무역확장법 232조 철강\)\.$/).length).toBeGreaterThan(0);
    // The preset fitted to 2025, chosen: its label in the list and its description with the method and the values.
    const presets = screen.getByRole("combobox", { name: "탄력성" });
    expect(within(presets).getByRole("option", { name: "2025년 실적에 맞춘 값(백테스트)", selected: true })).toBeTruthy();
    expect(screen.getByText(/^공표된 값이 아니라 추정한 값이다: .*: 승용차 ε = −[\d.]+\(2025년 연간: −[\d.]+%\); .* 다른 품목과 모든 σ는 WITS-SMART 기본값 프리셋의 값을 쓴다\.$/)).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/Fitted to 2025|Fitted, not published|Rates in force on|Before the first 2025|Competitors pay|not in the sources for/);
  });

  it("shows the scenario comparison in Korean: sub-tabs, headings, the table's headers and a button; and back to English", async () => {
    await renderIn("scenarios");
    expect(screen.getByRole("heading", { level: 3, name: "Compare tariff scenarios" })).toBeTruthy();
    await toKorean("관세 시나리오 비교");
    expect(screen.getByRole("tab", { name: "관세 시나리오" })).toBeTruthy();
    const table = within(screen.getByRole("region", { name: "시나리오 비교표" })).getByRole("table");
    expect(within(table).getByRole("columnheader", { name: "지표" })).toBeTruthy();
    expect(within(table).getByRole("rowheader", { name: "한국의 수출 손실(십억 달러)" })).toBeTruthy();
    expect(within(table).getAllByRole("button", { name: /^계산 방법 보기: / }).length).toBeGreaterThan(0);
    expect(screen.getByRole("button", { name: "표를 CSV로 내려받기" })).toBeTruthy();
    // Scenario names are built in Korean from the same parts as the English labels.
    expect(screen.getByRole("checkbox", { name: /^한미 FTA 기준/ })).toBeTruthy();
    expect(screen.getAllByRole("checkbox", { name: /부과 위협\(/ }).length).toBeGreaterThan(0);
    expect(screen.getByRole("heading", { level: 4, name: "사용자 시나리오" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "새 사용자 시나리오" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "비교: 합산 15% 대 MFN 관세 + 모든 국가에 10%" })).toBeTruthy();

    act(() => useAppStore.getState().setLang("en"));
    expect(await screen.findByRole("heading", { level: 3, name: "Compare tariff scenarios" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Download the table as CSV" })).toBeTruthy();
    expect(screen.getByRole("columnheader", { name: "Measure" })).toBeTruthy();
  });

  it("shows the tariffs in force in Korean: the date table's column headers and the timeline", async () => {
    await renderIn("tariffs");
    await toKorean("특정일에 시행 중인 한국산 제품 대상 미국 관세");
    expect(screen.getByRole("heading", { level: 3, name: "품목별 미국 관세 연표" })).toBeTruthy();
    const table = within(screen.getByRole("region", { name: /시행 관세율$/ })).getByRole("table");
    for (const name of ["품목", "한국 적용 관세율", "법적 근거", "경쟁국(같은 조치)", "출처"]) {
      expect(within(table).getByRole("columnheader", { name })).toBeTruthy();
    }
    expect(screen.getByRole("button", { name: "이 관세율을 비교에 추가" })).toBeTruthy();
    // The measure sentences: a sector's legal basis with the measure it is exempt from, and a measure's end.
    const petroleum = within(table).getByRole("rowheader", { name: /^석유/ }).closest("tr") as HTMLElement;
    expect(petroleum.textContent).toContain("한미 FTA(0%); 무역법 122조 추가관세 면제");
    expect(screen.getAllByText(/2026년 7월 24일 종료\(이날부터 적용되지 않음; 이후 적용된 세율은 알 수 없다\)\./).length).toBeGreaterThan(0);
    expect(screen.getAllByText(/면제: 자동차, 자동차 부품, 철강: /).length).toBeGreaterThan(0);
    expect(document.body.textContent).not.toMatch(/exempt from|Exempt:|first day not applied|Competitors: /);
  });

  it("says in Korean why a rate is not known after a measure ended", async () => {
    await renderIn("tariffs", "2026-08-01");
    await toKorean("특정일에 시행 중인 한국산 제품 대상 미국 관세");
    const table = within(screen.getByRole("region", { name: /시행 관세율$/ })).getByRole("table");
    const machinery = within(table).getByRole("rowheader", { name: /^기계|^일반기계/ }).closest("tr") as HTMLElement;
    expect(machinery.textContent).toMatch(/무역법 122조 추가관세\(10%\): 2026년 7월 24일에 종료됐다\./);
    expect(machinery.textContent).not.toMatch(/ended on/);
  });

  it("summarises the trade-flow and sector charts in Korean", async () => {
    await renderIn("flows");
    await toKorean("한미 교역 개요");
    expect(screen.getByText(/^실선은 미국 인구조사국 수치, 점선은 한국 관세 당국 수치이며, 두 기준을 섞지 않는다\. 2024년 미국의 대한국 수입은 1,315억 달러였다\(미국 집계\)\./)).toBeTruthy();
    expect(screen.getByText(/^찾은 가장 최근의 온전한 월인 2026년 5월의 한국 수출은 878억 달러\(2차 출처\)였다; 가장 최근 자료는 2026년 6월 1~20일\(부분 월\): /)).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/Solid lines|the latest full month found|partial month\)|US-reported\)/);
    // Every trade series as a table: the unit in the caption in Korean too.
    const captions = [...document.querySelectorAll(".all-series caption")].map((c) => c.textContent ?? "");
    expect(captions.some((c) => c.includes("(10억 달러)"))).toBe(true);
    expect(captions.some((c) => c.includes("(USD bn)"))).toBe(false);
  });

  it("summarises the sector charts in Korean", async () => {
    await renderIn("sectors");
    await toKorean("한국의 품목별 대미 수출");
    expect(screen.getByText(/^2025년 한국이 집계한 대미 수출은 승용차\(한국무역협회\) 215억 달러\(전년 대비 −12\.6%\), /)).toBeTruthy();
    expect(screen.getByText(/^합계 1,315억 달러; 가장 큰 품목은 /)).toBeTruthy();
    expect(screen.getByText(/^출처가 있는 세계 나머지 지역 기준선이 없는 품목: 반도체, 기계, 배터리, /)).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/In 2025, Korea reported|in total;|No sourced rest-of-world|Korean customs basis|not found \(gap\)/);
  });

  it("shows the 2025 backtest in Korean: the month path, the basis, the range and the summary", async () => {
    await renderIn("backtest");
    await toKorean("모형과 실제 결과: 2025년");
    const table = screen.getByRole("table", { name: /^2025년 한국의 대미 수출 변화/ });
    const cars = within(table).getByRole("rowheader", { name: /^승용차\s*2025년 연간 · 한국 관세청 수출 기준/ }).closest("tr") as HTMLElement;
    expect(cars.textContent).toContain("1~3월 0%; 4월 23.3% (0% → 25%); 5~10월 25%; 11~12월 15%");
    expect(cars.textContent).toMatch(/−85\.6%~−21\.0%; 기본값/);
    expect(cars.textContent).toMatch(/\+8\.4%p/);
    expect(screen.getByText(/^실측 변화 \d+건 가운데 \d+건은 모형 범위 안에/)).toBeTruthy();
    // Why a sector's elasticity was not fitted.
    expect(screen.getAllByText(/^추정하지 않음: 관세가 부과됐는데도 수출이 늘었다: /).length).toBeGreaterThan(0);
    expect(document.body.textContent).not.toMatch(/Exports rose under the tariff|too short a period/);
  });
});

// @vitest-environment jsdom
/**
 * The headline views in Korean (issue #21), rendered alone (no App): the strip's cards, the links
 * from the selection to the other views and the search results' groups switch with the store's
 * language, and back to English; the English words match what domain/headline.ts pins.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import "../../src/data/extra-data";
import { startTestLanguage } from "./test-utils";
import { HeadlineStrip } from "../../src/features/headline/headline-strip";
import { headlineText } from "../../src/features/headline/headline-text";
import { SearchResults } from "../../src/features/search/search-results";
import { SelectionLinks } from "../../src/app/selection-links";
import { DataAsOfContext } from "../../src/components/data-as-of";
import { currentCompiledDate, currentDataAsOf } from "../../src/data/data-status";
import { requireDataFile } from "../../src/data/dataset";
import { headlineTariff, selectHeadline } from "../../src/domain/headline";
import type { SearchGroup } from "../../src/domain/search";
import { notePanelsLoaded } from "../../src/app/language";
import { useActiveLang } from "../../src/i18n/i18n";
import { initialAppState, useAppStore } from "../../src/store/app-store";

const GROUPS: SearchGroup[] = [
  { kind: "actor", label: "Actors", total: 3, hits: [{ id: "actor:KOR", kind: "actor", title: "South Korea", detail: "Seoul", text: "", target: { kind: "actor", code: "KOR" } }] },
  { kind: "source", label: "Sources", total: 1, hits: [{ id: "source:x", kind: "source", title: "A source", detail: "A publisher", text: "", target: { kind: "panel", panel: "map" } }] },
];

/** A search group's label as shown (its accessible name drops the space before the count). */
const groupLabel = (group: HTMLElement) => group.querySelector(".search-group-label")?.textContent;

/** The views, remounted when the language changes (as the App keys its content by it). */
function Views() {
  const lang = useActiveLang();
  return (
    <DataAsOfContext key={lang} value={currentDataAsOf()}>
      <HeadlineStrip />
      <SelectionLinks />
      <SearchResults id="results" groups={GROUPS} active={0} onPick={() => {}} onHover={() => {}} />
    </DataAsOfContext>
  );
}

beforeEach(async () => {
  useAppStore.setState({ ...initialAppState, selectedActor: "KOR" }, true);
  await startTestLanguage();
  // The panels (and so their Korean messages and data) count as loaded, as in the app after paint.
  notePanelsLoaded();
});


describe("the headline views in Korean", () => {
  it("shows the cards' titles, values, dates, the links and the search groups in Korean, and English again after", async () => {
    render(<Views />);
    expect(screen.getByRole("heading", { level: 3, name: /^US tariff on Korean goods/ })).toBeTruthy();

    useAppStore.getState().setLang("ko");
    expect(await screen.findByRole("heading", { level: 3, name: /^한국산 제품에 대한 미국 관세/ })).toBeTruthy();
    for (const name of [/^한국의 대미 수출/, /^북한 탄도미사일 발사\(2026년\)/, /^주한미군 병력/, /^러시아 파병 북한군/])
      expect(screen.getByRole("heading", { level: 3, name })).toBeTruthy();
    expect(screen.getByRole("button", { name: "러시아 파병 북한군: 위협 화면에서 열기" })).toBeTruthy();
    // Dates and money in Korean: the tariff's day, the exports in 억 달러.
    const tariff = screen.getByRole("article", { name: /^한국산 제품에 대한 미국 관세/ });
    expect(within(tariff).getByText("2026년 7월 2일").closest(".value-date")?.textContent).toBe("적용 기준일 2026년 7월 2일");
    expect(tariff.querySelector(".headline-figure")?.textContent).toMatch(/^10% .*\(대부분 품목\)$/);
    expect(tariff.querySelector(".headline-detail")?.textContent).toMatch(/ 15%, 철강 50%\(무역확장법 232조\) · 석유제품 0%\(한미 FTA\)$/);
    expect(tariff.querySelector(".headline-note")?.textContent).toMatch(/2026년 7월 24일까지 적용되며/);
    const exports = screen.getByRole("article", { name: /^한국의 대미 수출/ });
    expect(exports.querySelector(".headline-value")?.textContent).toBe("1,229억 달러");
    expect(exports.querySelector(".headline-caption")?.textContent).toBe("상품, 연간, 한국 측 집계");
    expect(screen.getByRole("article", { name: /^러시아 파병 북한군/ }).querySelector(".headline-note")?.textContent).toBe(
      "추정치가 서로 달라 평균을 내지 않고 나란히 보여줍니다.",
    );
    // The selection's links to the other views, and the search results' groups with their counts.
    const links = await screen.findByRole("navigation", { name: "다른 화면에서 보는 선택 항목" });
    expect(within(links).getByRole("button", { name: /^동맹: \d+개 항목$/ })).toBeTruthy();
    const results = screen.getByRole("listbox", { name: "검색 결과" });
    expect(groupLabel(within(results).getByRole("group", { name: /^국가·행위자/ }))).toBe("국가·행위자 · 3건 중 1건");
    expect(groupLabel(within(results).getByRole("group", { name: /^출처/ }))).toBe("출처 · 1건");

    useAppStore.getState().setLang("en");
    expect(await screen.findByRole("heading", { level: 3, name: /^US tariff on Korean goods/ })).toBeTruthy();
    expect(screen.getByRole("button", { name: "DPRK troops in Russia: open in Threats" })).toBeTruthy();
    expect(screen.getByRole("navigation", { name: "The selection in other views" })).toBeTruthy();
    expect(groupLabel(within(screen.getByRole("listbox", { name: "Search results" })).getByRole("group", { name: /^Actors/ }))).toBe("Actors · 1 of 3");
  });

  it("words every card in English exactly as domain/headline.ts does", () => {
    const trade = requireDataFile("trade");
    const figures = selectHeadline({ trade, indicators: requireDataFile("indicators"), asOf: currentDataAsOf()!, today: currentCompiledDate()! });
    // After the Section 122 surcharge's end, most goods' rate is not known: the reason is worded too.
    const after = headlineTariff(trade.tariffs, trade.sectors, "2026-08-01", "2026-08-01");
    expect(after.values[0]!.value).toBe("not known");
    for (const f of [...figures, after]) {
      expect(headlineText(f.text.label)).toBe(f.label);
      expect(f.text.detail?.map(headlineText).join(" · ")).toBe(f.detail);
      expect(f.text.note && headlineText(f.text.note)).toBe(f.note);
      for (const v of f.values) {
        expect([headlineText(v.text.value), headlineText(v.text.caption), v.text.datePrefix ? headlineText(v.text.datePrefix) : ""]).toEqual([
          v.value,
          v.caption,
          v.datePrefix,
        ]);
      }
    }
  });
});

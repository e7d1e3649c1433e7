// @vitest-environment jsdom
/**
 * The changes view and the guided story in Korean (issue #21), rendered alone (no App): headings, a
 * table's column headers and buttons switch to Korean and back; the article's quotes stay in English
 * with the Korean labelled 번역 beside them.
 */
import { afterEach, describe, expect, it } from "vitest";
import { render, screen, waitFor, within } from "@testing-library/react";
import type { ReactNode } from "react";
import "../../src/data/extra-data";
import { ChangesPanel } from "../../src/features/changes/changes-panel";
import { StoryPanel } from "../../src/features/story/story-panel";
import { initialAppState, useAppStore } from "../../src/store/app-store";
import { notePanelsLoaded, startLanguage } from "../../src/app/language";
import { useActiveLang } from "../../src/i18n/i18n";
import { LANG_KEY } from "../../src/store/lang-slice";
import { STORY_STEPS } from "../../src/domain/story";
import { STORY_EN } from "../../src/domain/i18n/panels/story-en";

let stop: (() => void) | null = null;

/** As the app does, the content is keyed by the language, so it re-renders when it changes. */
function ByLang({ children }: { children: ReactNode }) {
  const lang = useActiveLang();
  return <div key={lang}>{children}</div>;
}

async function renderIn(ui: ReactNode, state: Partial<typeof initialAppState>) {
  useAppStore.setState({ ...initialAppState, ...state }, true);
  // The panels are on screen: a switch to Korean brings their Korean messages and data first.
  notePanelsLoaded();
  stop = await startLanguage();
  render(<ByLang>{ui}</ByLang>);
}

async function toKorean() {
  useAppStore.getState().setLang("ko");
  await waitFor(() => expect(document.documentElement.lang).toBe("ko"));
}

async function toEnglish() {
  useAppStore.getState().setLang("en");
  await waitFor(() => expect(document.documentElement.lang).toBe("en"));
}

// A test that started the language handling goes back to English (a test that did not has nothing
// to undo: it must not wait for a switch that never comes, whatever order the tests run in).
afterEach(async () => {
  if (stop) {
    await toEnglish();
    stop();
    stop = null;
  }
  window.localStorage.removeItem(LANG_KEY);
});

describe("What changed, in Korean", () => {
  it("shows its headings, the tariff table's column headers and its buttons in Korean, and English again after the switch", async () => {
    await renderIn(<ChangesPanel />, { panel: "changes" });
    expect(screen.getByRole("heading", { level: 3, name: "What changed since 25 Aug 2025" })).toBeTruthy();
    await toKorean();
    expect(await screen.findByRole("heading", { level: 3, name: "2025년 8월 25일 이후 달라진 점" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 4, name: "부문별 한국산 제품에 대한 미국 관세" })).toBeTruthy();
    const table = screen.getByRole("table", { name: /시행 중인 미국의 총 관세율/ });
    const headers = within(table).getAllByRole("columnheader").map((h) => h.textContent);
    expect(headers).toEqual(["부문", "2025년 8월 25일 기준", expect.stringMatching(/^최신\(/) as string, "변화"]);
    expect(within(table).getAllByText("−5%p").length).toBeGreaterThan(0);
    expect(screen.getByRole("button", { name: "정상회담(2025년 8월 25일)" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "관세" })).toBeTruthy();
    expect(screen.getByText("비교 기준일")).toBeTruthy();
    await toEnglish();
    expect(await screen.findByRole("heading", { level: 3, name: "What changed since 25 Aug 2025" })).toBeTruthy();
    const back = screen.getByRole("table", { name: /All-in US tariff in force on 25 Aug 2025/ });
    expect(within(back).getAllByRole("columnheader")[0]!.textContent).toBe("Sector");
    expect(screen.getByRole("button", { name: "The summit (25 Aug 2025)" })).toBeTruthy();
  });

  it("folded, counts what changed in one Korean sentence", async () => {
    await renderIn(<ChangesPanel />, { panel: "map" });
    await toKorean();
    expect(await screen.findByRole("button", { name: "당시와 최신을 나란히 보기" })).toBeTruthy();
    expect(screen.getByText(/^2025년 8월 25일부터 .*까지: 미국 관세나 그 법적 근거가 바뀐 부문 \d+개, 사건 \d+건/)).toBeTruthy();
  });
});

describe("the guided story, in Korean", () => {
  it("shows the step, its headings and buttons in Korean; the article's quotes stay in English beside the translation", async () => {
    await renderIn(<StoryPanel />, { storyStep: 1 });
    await toKorean();
    const story = await screen.findByRole("region", { name: "따라가는 이야기" });
    expect(within(story).getByRole("heading", { level: 2, name: "워싱턴에서 열린 중대한 회담" })).toBeTruthy();
    expect(within(story).getByRole("heading", { level: 3, name: "기사의 주장과 근거" })).toBeTruthy();
    for (const name of ["이전", "다음", "이야기 나가기"]) expect(within(story).getByRole("button", { name })).toBeTruthy();
    // The step's quote: the English words (lang="en") and the Korean, labelled 번역.
    const quote = story.querySelector("blockquote")!;
    expect(quote.getAttribute("lang")).toBe("en");
    expect(quote.textContent).toBe("“WHAT IS GOING ON IN SOUTH KOREA?”");
    expect(within(story).getAllByText("번역").length).toBeGreaterThanOrEqual(2);
    // The article's quote record: English original beside the overlay's Korean.
    const claim = story.querySelector('[data-claim="meeting-trump-post"]')!;
    const [en, ko] = Array.from(claim.querySelectorAll("q"));
    expect(en!.getAttribute("lang")).toBe("en");
    expect(en!.textContent).toMatch(/^Despite initial uncertainty/);
    expect(ko!.textContent).toMatch(/한국에서 무슨 일이 벌어지고 있는가/);
    await toEnglish();
    expect(await screen.findByRole("heading", { level: 2, name: "A pivotal meeting in Washington" })).toBeTruthy();
    expect(screen.queryByText("번역")).toBeNull();
    expect(screen.getByRole("button", { name: "Leave the story" })).toBeTruthy();
  });

  it("the catalog holds each step's English as story.ts declares it", () => {
    const en = STORY_EN as Record<string, string>;
    for (const s of STORY_STEPS) {
      expect(en[`story.step.${s.id}.title`]).toBe(s.title);
      expect(en[`story.step.${s.id}.caption`]).toBe(s.caption);
      s.quotes.forEach((q, i) => {
        expect(en[`story.step.${s.id}.quote${i}`]).toBe(q.text);
        expect(en[`story.step.${s.id}.who${i}`]).toBe(q.who);
      });
    }
  });
});

// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import { renderApp, startTestLanguage } from "./test-utils";
import { LANG_KEY } from "../../src/store/lang-slice";


describe("the language switch", () => {
  it("shows English by default and switches the header, nav, map and <html lang> to Korean", async () => {
    const { user } = renderApp("/?actor=KOR");
    await startTestLanguage();
    expect(screen.getByRole("heading", { level: 1, name: "Alliance Atlas" })).toBeTruthy();
    const group = screen.getByRole("group", { name: /Language/ });
    expect(within(group).getByRole("button", { name: "English", pressed: true })).toBeTruthy();

    await user.click(within(group).getByRole("button", { name: "한국어" }));
    expect(await screen.findByRole("heading", { level: 1, name: "동맹 아틀라스" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("ko");
    expect(document.title).toBe("동맹 아틀라스 — 한미 관계");
    const nav = screen.getByRole("navigation", { name: "화면" });
    for (const name of ["지도", "무역", "동맹", "위협", "달라진 점", "따라 읽기"]) expect(within(nav).getByRole("button", { name })).toBeTruthy();
    expect(screen.getByRole("button", { name: "한국어", pressed: true })).toBe(document.activeElement);
    // The map's actors are named from the Korean data; the link and the browser remember the choice.
    expect(screen.getByRole("button", { name: /^대한민국 —/ })).toBeTruthy();
    await waitFor(() => expect(new URLSearchParams(window.location.search).get("lang")).toBe("ko"));
    expect(window.localStorage.getItem(LANG_KEY)).toBe("ko");
    // Details in Korean: South Korea's president by his Korean name.
    const details = screen.getByRole("region", { name: "상세 정보" });
    expect(await within(details).findByRole("heading", { name: "대한민국" })).toBeTruthy();
    expect(within(details).getAllByText(/이재명/).length).toBeGreaterThan(0);

    await user.click(screen.getByRole("button", { name: "English" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Alliance Atlas" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("en");
    expect(document.title).toBe("Alliance Atlas — US–South Korea relations");
    await waitFor(() => expect(new URLSearchParams(window.location.search).get("lang")).toBe("en"));
  });

  it("opens ?lang=ko in Korean", async () => {
    renderApp("/?lang=ko");
    await startTestLanguage();
    expect(await screen.findByRole("heading", { level: 1, name: "동맹 아틀라스" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("ko");
    // The map's export buttons too.
    const map = screen.getByRole("region", { name: "지도" });
    expect(within(map).getByRole("button", { name: "지도 내려받기(PNG)" })).toBeTruthy();
    expect(within(map).getByRole("button", { name: "관계 내려받기(CSV)" })).toBeTruthy();
  });

  it("words a bad link's notice in Korean for a Korean reader", async () => {
    renderApp("/?lang=ko&actor=ZZZ");
    await startTestLanguage();
    expect(await screen.findByText("이 링크의 일부를 사용할 수 없어 해당 부분은 기본 화면으로 표시합니다.")).toBeTruthy();
    expect(screen.getByText('알 수 없는 행위자 "ZZZ"을(를) 무시했습니다')).toBeTruthy();
  });

  it("words a broken comparison's reasons in Korean too", async () => {
    renderApp("/?lang=ko&panel=trade&compare=korus,custom:-5_1_1_1_1_1_1_1:Odd");
    await startTestLanguage();
    expect(await screen.findByText('"Odd"의 자동차 관세율 -5%는 0~100 범위를 벗어나 0%로 맞췄습니다')).toBeTruthy();
  });

  it("drops a bad ?lang with a notice and stays in English", async () => {
    renderApp("/?lang=fr");
    await startTestLanguage();
    expect(await screen.findByText(/unknown language "fr" was ignored/)).toBeTruthy();
    expect(screen.getByRole("heading", { level: 1, name: "Alliance Atlas" })).toBeTruthy();
  });
});

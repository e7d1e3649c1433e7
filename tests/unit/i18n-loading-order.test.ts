/**
 * The panels' messages and the interface's Korean messages are separate chunks that may arrive in
 * any order (a reader switches to Korean while the panels are still loading). Whatever the order,
 * a panel's key shows its Korean text once both are in, and English panels arriving late do not
 * overwrite it. Each test takes fresh modules: nothing is loaded before it.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";

const fresh = () => import("../../src/i18n/i18n");
const UNKNOWN = { value: '"ZZZ"' };
const KOREAN = '알 수 없는 행위자 "ZZZ"을(를) 무시했습니다';

beforeEach(() => {
  vi.resetModules();
});

describe("loading the Korean messages", () => {
  it("the panels' Korean messages first, then the interface's, then the English panels again", async () => {
    const i18n = await fresh();
    await i18n.loadPanelMessages("ko");
    await i18n.loadLanguage("ko");
    await i18n.loadPanelMessages("en");
    i18n.activateLanguage("ko");
    expect(i18n.t("url.unknownActor", UNKNOWN)).toBe(KOREAN);
    expect(i18n.t("nav.map")).toBe("지도");
    i18n.activateLanguage("en");
    expect(i18n.t("url.unknownActor", UNKNOWN)).toBe('unknown actor "ZZZ" was ignored');
  });

  it("the interface's Korean messages first, then the panels'", async () => {
    const i18n = await fresh();
    await i18n.loadLanguage("ko");
    await i18n.loadPanelMessages("ko");
    i18n.activateLanguage("ko");
    expect(i18n.t("url.unknownActor", UNKNOWN)).toBe(KOREAN);
  });

  it("all asked for at once", async () => {
    const i18n = await fresh();
    await Promise.all([i18n.loadPanelMessages("en"), i18n.loadPanelMessages("ko"), i18n.loadLanguage("ko"), i18n.loadPanelMessages("ko")]);
    i18n.activateLanguage("ko");
    expect(i18n.t("url.unknownActor", UNKNOWN)).toBe(KOREAN);
    expect(i18n.t("nav.map")).toBe("지도");
  });
});

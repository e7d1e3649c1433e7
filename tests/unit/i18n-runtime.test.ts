import { afterAll, describe, expect, it } from "vitest";
import { setupI18n, type Messages } from "@lingui/core";
import { compileMessageOrThrow } from "@lingui/message-utils/compileMessage";
import { compileCatalog } from "../../scripts/i18n-plugin";
import { EN_MESSAGES } from "../../src/domain/i18n/messages-en";
import { KO_MESSAGES } from "../../src/domain/i18n/messages-ko";
import { activateLanguage, activeLang, loadLanguage, loadPanelMessages, messageValues, t, type MessageValues } from "../../src/i18n/i18n";

describe("the Lingui runtime with the compiled catalogs", () => {
  afterAll(() => activateLanguage("en"));

  it("speaks English by default, with plurals and selects", () => {
    expect(activeLang()).toBe("en");
    expect(t("nav.map")).toBe("Map");
    expect(t("links.alliance", { count: 1 })).toBe("Alliance: 1 item");
    expect(t("links.alliance", { count: 3 })).toBe("Alliance: 3 items");
    expect(t("details.strengthValue", { strength: 2 })).toBe("2 of 3 (moderate)");
    expect(t("app.dataAsOf", { date: "2 Jul 2026" })).toBe("Data as of 2 Jul 2026");
  });

  it("formats a plural's count itself, digits grouped", () => {
    expect(t("links.alliance", { count: 1234 })).toBe("Alliance: 1,234 items");
    expect(t("search.count", { count: 1 })).toBe("1 result.");
  });

  it("loads Korean on demand and switches to it", async () => {
    expect(() => activateLanguage("ko")).toThrow();
    await loadLanguage("ko");
    await loadPanelMessages("ko");
    activateLanguage("ko");
    expect(t("nav.map")).toBe("지도");
    expect(t("details.strengthValue", { strength: 3 })).toBe("3단계 중 3(강함)");
    expect(t("links.threats", { count: 2 })).toBe("위협: 2개 항목");
    expect(t("links.threats", { count: 1234 })).toBe("위협: 1,234개 항목");
    expect(t("map.dmz")).toBe("비무장지대");
    // Back to English, so the other tests find the default whatever order they run in.
    activateLanguage("en");
    expect(t("nav.map")).toBe("Map");
  });
});

describe("plurals compiled as selects (no Intl number formatter for English)", () => {
  const MESSAGES = {
    items: "{count, plural, one {# item} other {# items}}",
    exact: "{count, plural, =0 {nothing} one {one thing} other {# things}}",
    nested: "{who, select, us {We have {count, plural, one {# ally} other {# allies}}} other {{count} of {total, plural, one {# ally} other {# allies}}}}",
    ko: "{count, plural, other {#개 항목}}",
  };
  const ours = (lang: "en" | "ko") => {
    const i = setupI18n({ locale: lang, messages: { [lang]: compileCatalog(MESSAGES) as Messages } });
    return (id: string, values: MessageValues) => i._(id, messageValues(values, lang));
  };
  const linguis = (lang: "en" | "ko") => {
    const i = setupI18n({ locale: lang, messages: { [lang]: Object.fromEntries(Object.entries(MESSAGES).map(([k, v]) => [k, compileMessageOrThrow(v)])) as Messages } });
    return (id: string, values: MessageValues) => i._(id, values);
  };

  it("leaves no plural for Lingui to format, in any catalog", () => {
    const plurals = (node: unknown): number =>
      Array.isArray(node) ? (node[1] === "plural" ? 1 : 0) + node.reduce<number>((n, c) => n + plurals(c), 0) : node && typeof node === "object" ? Object.values(node).reduce<number>((n, c) => n + plurals(c), 0) : 0;
    expect(plurals(compileCatalog(MESSAGES))).toBe(0);
    expect(plurals(compileCatalog(EN_MESSAGES))).toBe(0);
    expect(plurals(compileCatalog(KO_MESSAGES as Record<string, string>))).toBe(0);
  });

  it.each(["en", "ko"] as const)("reads as Lingui's own plurals (%s)", (lang) => {
    const [a, b] = [ours(lang), linguis(lang)];
    for (const count of [0, 1, 2, 5, 21, 1234, 1.5])
      for (const id of Object.keys(MESSAGES))
        for (const who of ["us", "them"]) expect(a(id, { count, total: count + 1, who })).toBe(b(id, { count, total: count + 1, who }));
    expect(a("exact", { count: 0 })).toBe("nothing");
    expect(a("items", { count: "1" })).toBe(lang === "en" ? "1 item" : "1 items");
  });

  it("uses CLDR's cardinal categories for English and Korean", () => {
    const en = new Intl.PluralRules("en");
    const ko = new Intl.PluralRules("ko");
    for (const n of [0, 1, 2, 3, 11, 21, 100, 1001, 0.5, 1.5]) {
      expect(messageValues({ n }, "en")["n~"]).toBe(en.select(n));
      expect(messageValues({ n }, "ko")["n~"]).toBe(ko.select(n));
    }
  });
});

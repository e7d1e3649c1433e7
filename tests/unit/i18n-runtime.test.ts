import { afterAll, describe, expect, it } from "vitest";
import { activateLanguage, activeLang, loadLanguage, t } from "../../src/i18n/i18n";

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

  it("loads Korean on demand and switches to it", async () => {
    expect(() => activateLanguage("ko")).toThrow();
    await loadLanguage("ko");
    activateLanguage("ko");
    expect(t("nav.map")).toBe("지도");
    expect(t("details.strengthValue", { strength: 3 })).toBe("3단계 중 3(강함)");
    expect(t("links.threats", { count: 2 })).toBe("위협: 2개 항목");
    expect(t("map.dmz")).toBe("비무장지대");
  });
});

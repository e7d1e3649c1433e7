import { DETAILS_EN } from "../../src/domain/i18n/panels/details-en";
import { DETAILS_KO } from "../../src/domain/i18n/panels/details-ko";
import { TIMELINE_EN } from "../../src/domain/i18n/panels/timeline-en";
import { TIMELINE_KO } from "../../src/domain/i18n/panels/timeline-ko";
import { URL_EN } from "../../src/domain/i18n/panels/url-en";
import { URL_KO } from "../../src/domain/i18n/panels/url-ko";
import { describe, expect, it } from "vitest";
import { EN_MESSAGES, type MessageKey } from "../../src/domain/i18n/messages-en";
import { KO_MESSAGES } from "../../src/domain/i18n/messages-ko";
import { compileCatalog } from "../../scripts/i18n-plugin";
import type { PANEL_GROUPS } from "../../src/domain/i18n/panel-keys";
import { TRADE_EN } from "../../src/domain/i18n/panels/trade-en";
import { TRADE_KO } from "../../src/domain/i18n/panels/trade-ko";
import { CHANGES_EN } from "../../src/domain/i18n/panels/changes-en";
import { CHANGES_KO } from "../../src/domain/i18n/panels/changes-ko";
import { STORY_EN } from "../../src/domain/i18n/panels/story-en";
import { STORY_KO } from "../../src/domain/i18n/panels/story-ko";
import { INDICATORS_EN } from "../../src/domain/i18n/panels/indicators-en";
import { INDICATORS_KO } from "../../src/domain/i18n/panels/indicators-ko";
import { HEADLINE_EN } from "../../src/domain/i18n/panels/headline-en";
import { HEADLINE_KO } from "../../src/domain/i18n/panels/headline-ko";

const enKeys = Object.keys(EN_MESSAGES) as MessageKey[];
const ko: Partial<Record<MessageKey, string>> = KO_MESSAGES;

describe("the interface's message catalogs", () => {
  it("has no Korean key that the English catalog lacks", () => {
    expect(Object.keys(KO_MESSAGES).filter((k) => !(k in EN_MESSAGES))).toEqual([]);
  });

  it("lists the keys with no Korean text yet (shown in English)", () => {
    const missing = enKeys.filter((k) => !ko[k]?.trim());
    console.log(`keys with no Korean text: ${missing.length} of ${enKeys.length}${missing.length ? `\n  ${missing.join("\n  ")}` : ""}`);
    // Every key converted so far (the first screen, the header, nav, search, what's new) has Korean.
    expect(missing).toEqual([]);
  });

  it("compiles every message in both languages as ICU MessageFormat", () => {
    expect(() => compileCatalog(EN_MESSAGES, "en")).not.toThrow();
    expect(() => compileCatalog(KO_MESSAGES as Record<string, string>, "ko")).not.toThrow();
  });

  it("uses in Korean the same placeholders as in English", () => {
    // Placeholder names: "{name}" or "{name, plural, …}", not a branch's text ("one {Source}").
    const names = (m: string) => [...new Set(Array.from(m.matchAll(/(?<!(?:zero|one|two|few|many|other|=?\d+)\s)\{(\w+)\s*[,}]/g), (x) => x[1]))].sort().join();
    expect(enKeys.filter((k) => ko[k] !== undefined && names(ko[k]!) !== names(EN_MESSAGES[k]))).toEqual([]);
  });
});

describe("the panels' message catalogs (one pair per group of views)", () => {
  const groups = {
    trade: [TRADE_EN, TRADE_KO],
    changes: [CHANGES_EN, CHANGES_KO],
    story: [STORY_EN, STORY_KO],
    indicators: [INDICATORS_EN, INDICATORS_KO],
    headline: [HEADLINE_EN, HEADLINE_KO],
    details: [DETAILS_EN, DETAILS_KO],
    timeline: [TIMELINE_EN, TIMELINE_KO],
    url: [URL_EN, URL_KO],
  } as const satisfies Record<(typeof PANEL_GROUPS)[number], readonly [Record<string, string>, Record<string, string | undefined>]>;

  it.each(Object.entries(groups))("%s: keys carry the group's prefix, none is shared with another catalog, every one has Korean", (group, pair) => {
    const [en, koGroup] = pair as readonly [Record<string, string>, Record<string, string | undefined>];
    const keys = Object.keys(en);
    expect(keys.filter((k) => !k.startsWith(`${group}.`))).toEqual([]);
    expect(keys.filter((k) => k in EN_MESSAGES)).toEqual([]);
    expect(Object.keys(koGroup).filter((k) => !(k in en))).toEqual([]);
    const missing = keys.filter((k) => !koGroup[k]?.trim());
    console.log(`${group}: keys with no Korean text: ${missing.length} of ${keys.length}${missing.length ? `\n  ${missing.join("\n  ")}` : ""}`);
    expect(missing).toEqual([]);
    expect(() => compileCatalog(en, `${group}-en`)).not.toThrow();
    expect(() => compileCatalog(koGroup as Record<string, string>, `${group}-ko`)).not.toThrow();
  });
});

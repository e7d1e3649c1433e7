import { describe, expect, it } from "vitest";
import { EN_MESSAGES, type MessageKey } from "../../src/domain/i18n/messages-en";
import { KO_MESSAGES } from "../../src/domain/i18n/messages-ko";
import { compileCatalog } from "../../scripts/i18n-plugin";

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

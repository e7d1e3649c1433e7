import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const DATA = join(__dirname, "../../data");
const files = readdirSync(DATA).filter((f) => f.endsWith(".json"));

describe("text in the data files", () => {
  it("finds the data files", () => {
    expect(files).toEqual(expect.arrayContaining(["actors.json", "events.json", "relations.json", "sources.json"]));
  });

  // "⚠️" (U+26A0 U+FE0F) asks for an emoji font. Where none is installed, Chromium then tries every
  // family in the font stack and the system fallback, for each new font size: about 10 ms the first
  // time a profile with such a note is drawn. The plain sign (U+26A0) is in the text fonts.
  it.each(files)("%s uses no emoji presentation selector (U+FE0F)", (file) => {
    const lines = readFileSync(join(DATA, file), "utf8").split("\n");
    const hits = lines.flatMap((l, i) => (l.includes("\uFE0F") ? [`line ${i + 1}`] : []));
    expect(hits).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { jsonDataModule, jsonDataPlugin } from "../../scripts/json-data-plugin";

const EVENTS = fileURLToPath(new URL("../../data/events.json", import.meta.url));

async function evaluate(code: string): Promise<unknown> {
  const mod = (await import(/* @vite-ignore */ `data:text/javascript,${encodeURIComponent(code)}`)) as { default: unknown };
  return mod.default;
}

type Load = (this: { addWatchFile: (f: string) => void }, id: string) => { code: string } | null;
const load = jsonDataPlugin().load as unknown as Load;
const ctx = { addWatchFile: () => {} };

describe("json-data plugin (data files as JSON.parse of their text)", () => {
  it("yields the same object as the file, written as one JSON.parse of a string", async () => {
    const text = readFileSync(EVENTS, "utf8");
    const code = jsonDataModule(text);
    expect(code).toMatch(/^export default JSON\.parse\(".*"\);$/s);
    expect(await evaluate(code)).toEqual(JSON.parse(text));
  });

  it("keeps strings with quotes, backslashes, line breaks and non-Latin text intact", async () => {
    const value = { s: 'a "quote" \\ back\nslash', k: "한국어 · –", n: [1.5, -2, null, true] };
    expect(await evaluate(jsonDataModule(JSON.stringify(value)))).toEqual(value);
  });

  it("handles only data/*.json, and leaves a file that is not JSON to Vite's own error", () => {
    expect(load.call(ctx, EVENTS)?.code).toContain("JSON.parse(");
    expect(load.call(ctx, "/work/src/app/main.tsx")).toBeNull();
    expect(load.call(ctx, "/work/node_modules/world-atlas/countries-110m.json")).toBeNull();
    expect(load.call(ctx, `${EVENTS}?raw`)).toBeNull();
    expect(load.call(ctx, "/nowhere/data/missing.json")).toBeNull();
  });
});

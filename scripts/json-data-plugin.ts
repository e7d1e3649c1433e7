/**
 * Vite plugin: the bundled data files (data/*.json) become `JSON.parse("…")` of their minified text
 * instead of JavaScript object literals. V8 parses a JSON string several times faster than the same
 * object written as code, and the page's first script carries three of these files (actors,
 * relations, events), so its parse and first evaluation are that much shorter. The objects are the
 * same; only how they are written in the bundle changes.
 */
import { readFileSync } from "node:fs";
import type { Plugin } from "vite";

const DATA_FILE = /[\\/]data[\\/][a-z0-9-]+\.json$/;

/** The module text for one data file: its JSON, minified, parsed at run time. */
export function jsonDataModule(text: string): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(text)))});`;
}

export function jsonDataPlugin(): Plugin {
  return {
    name: "alliance-atlas:json-data",
    enforce: "pre",
    load(id) {
      const file = id.split("?")[0] ?? id;
      if (!DATA_FILE.test(file) || id.includes("?")) return null;
      this.addWatchFile(file);
      // A file that is not valid JSON is left to Vite, whose error names the file and the position.
      let code: string;
      try {
        code = jsonDataModule(readFileSync(file, "utf8"));
      } catch {
        return null;
      }
      return { code, moduleType: "js" };
    },
  };
}

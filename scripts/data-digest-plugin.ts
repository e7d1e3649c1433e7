/**
 * Vite plugin: `virtual:data-digest` (src/domain/data-digest.ts), what the first screen needs to know
 * about the files it does not carry: the event ids and date range for the URL check, the data's "as
 * of", compiled date and version for the header. The loaded files' own values replace it once they
 * arrive with the panels (src/data/url-vocabulary.ts, src/data/data-status.ts).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Plugin } from "vite";
import { buildDataDigest } from "../src/domain/data-digest";

export const DATA_DIGEST_ID = "virtual:data-digest";
const RESOLVED = "\0" + DATA_DIGEST_ID;
type Json = Record<string, unknown>;

export function dataDigestPlugin(dataDir = resolve(import.meta.dirname, "../data")): Plugin {
  return {
    name: "alliance-atlas:data-digest",
    resolveId: (id) => (id === DATA_DIGEST_ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      const read = (name: string): Json | null => {
        const file = resolve(dataDir, `${name}.json`);
        this.addWatchFile(file);
        try {
          return JSON.parse(readFileSync(file, "utf8")) as Json;
        } catch {
          return null;
        }
      };
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(buildDataDigest(read)))});`;
    },
  };
}

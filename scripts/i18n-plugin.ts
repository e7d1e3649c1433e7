/**
 * Vite plugin for the Korean edition (issue #21).
 *
 * `virtual:i18n-catalog/en` and `virtual:i18n-catalog/ko`: the interface's messages
 * (src/domain/i18n/messages-*.ts, ICU MessageFormat) compiled at build time for the Lingui runtime
 * (@lingui/message-utils), so the browser gets ready-made message arrays and no ICU parser. The
 * catalogs are TypeScript (their keys are types); the plugin strips the types with the compiler the
 * project already has and evaluates the plain object.
 *
 * `virtual:korean-map-text`: the short Korean texts the first screen needs before the map is
 * interactive (actor names and taglines, capital names, relation labels, from data/ko/actors.json
 * and relations.json), a small part of the overlays; the full overlays arrive with the panels.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { compileMessageOrThrow } from "@lingui/message-utils/compileMessage";
import type { Plugin } from "vite";
import { PANEL_GROUPS } from "../src/domain/i18n/panel-keys";

const CATALOG_PREFIX = "virtual:i18n-catalog/";
const MAP_TEXT_ID = "virtual:korean-map-text";
const root = (p: string) => fileURLToPath(new URL(`../${p}`, import.meta.url));
/** The panels' catalogs (src/domain/i18n/panel-keys.ts): one file per group of views and language. */
const panelFiles = (lang: string) => PANEL_GROUPS.map((g) => root(`src/domain/i18n/panels/${g}-${lang}.ts`));
/** Each virtual catalog and the files merged into it, in order. */
const CATALOG_FILES: Record<string, string[]> = {
  en: [root("src/domain/i18n/messages-en.ts")],
  ko: [root("src/domain/i18n/messages-ko.ts")],
  "panels-en": panelFiles("en"),
  "panels-ko": panelFiles("ko"),
};
const MAP_TEXT_FILES = { actors: root("data/ko/actors.json"), relations: root("data/ko/relations.json") };

/** The catalog object a messages-*.ts file exports (its only value export), types stripped. */
export async function readCatalog(file: string): Promise<Record<string, string>> {
  const js = ts.transpileModule(readFileSync(file, "utf8"), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
  }).outputText;
  const mod = (await import(`data:text/javascript;base64,${Buffer.from(js).toString("base64")}`)) as Record<string, unknown>;
  const value = Object.values(mod)[0];
  if (typeof value !== "object" || value === null) throw new Error(`${file}: exports no catalog object`);
  return value as Record<string, string>;
}

/**
 * Plurals without Lingui's number formatting: Lingui formats every plural's count with
 * `Intl.NumberFormat` (even when the branch shows no `#`), and the first `Intl` formatter a page
 * builds costs 50–70 ms of one-time set-up, which English readers' first screen should not pay. So
 * a plural becomes selects on values `t()` adds for each number (src/i18n/i18n.ts, messageValues):
 * `<name>=` ("=0": the exact-value branches), `<name>~` (the plural category) and, for `#`, `<name>#`
 * (the count formatted by the atlas's own number formatting). Output is unchanged (tested against
 * Lingui's own plurals); a plural with an offset, and selectordinal, are left to Lingui.
 */
export function pluralsAsSelects(node: unknown, plural: string | null = null): unknown {
  if (node === "#" && plural) return [`${plural}#`];
  if (!Array.isArray(node)) return node;
  const [name, kind, cases] = node as unknown[];
  if (typeof name === "string" && (kind === "plural" || kind === "selectordinal" || kind === "select") && cases && typeof cases === "object") {
    // The compiler leaves `offset: undefined` on plurals without one.
    const asPlural = kind === "plural" && !(cases as { offset?: number }).offset;
    const inner = kind === "select" ? plural : asPlural ? name : null;
    const mapped = Object.fromEntries(
      Object.entries(cases)
        .filter(([k, v]) => !(asPlural && k === "offset" && v === undefined))
        .map(([k, v]) => [k, pluralsAsSelects(v, inner)]),
    );
    if (!asPlural) return [name, kind, mapped, ...node.slice(3)];
    const exact = Object.entries(mapped).filter(([k]) => /^\d+(\.\d+)?$/.test(k));
    const categories = Object.fromEntries(Object.entries(mapped).filter(([k]) => !/^\d+(\.\d+)?$/.test(k)));
    const byCategory = [`${name}~`, "select", categories];
    return exact.length === 0 ? byCategory : [`${name}=`, "select", { ...Object.fromEntries(exact.map(([k, v]) => [`=${k}`, v])), other: [byCategory] }];
  }
  return node.map((child) => pluralsAsSelects(child, plural));
}

/** Every message compiled for Lingui; a message that is not valid ICU fails the build, naming its key. */
export function compileCatalog(messages: Record<string, string>, file = "catalog"): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(messages).map(([key, text]) => {
      try {
        return [key, pluralsAsSelects(compileMessageOrThrow(text))];
      } catch (e) {
        throw new Error(`${file}: message "${key}" is not valid ICU MessageFormat: ${(e as Error).message}`);
      }
    }),
  );
}

/**
 * What the map shows before it is interactive: an actor's name and tagline (its button's name) and
 * its capital's name (the inset's labels), a relation's label (its edge's name). Everything else
 * arrives with the panels. `pick` keeps only those fields of an overlay's records.
 */
const MAP_FIELDS: Record<"actors" | "relations", (r: Record<string, unknown>) => Record<string, unknown>> = {
  actors: (r) => ({ name: r["name"], tagline: r["tagline"], capital: { name: (r["capital"] as { name?: string } | undefined)?.name } }),
  relations: (r) => ({ label: r["label"] }),
};

export function mapTextOnly(overlay: unknown, file: "actors" | "relations"): unknown {
  const o = overlay as { meta: unknown; records: Record<string, Record<string, unknown>> };
  return { meta: o.meta, records: Object.fromEntries(Object.entries(o.records).map(([id, r]) => [id, MAP_FIELDS[file](r)])) };
}

const jsonModule = (value: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;

export function i18nPlugin(): Plugin {
  return {
    name: "alliance-atlas:i18n",
    resolveId: (id) => (id.startsWith(CATALOG_PREFIX) || id === MAP_TEXT_ID ? `\0${id}` : null),
    async load(id) {
      if (id.startsWith(`\0${CATALOG_PREFIX}`)) {
        const files = CATALOG_FILES[id.slice(CATALOG_PREFIX.length + 1)];
        if (!files) return null;
        const merged: Record<string, string> = {};
        for (const file of files) {
          this.addWatchFile(file);
          Object.assign(merged, await readCatalog(file));
        }
        return jsonModule(compileCatalog(merged, files.join(", ")));
      }
      if (id === `\0${MAP_TEXT_ID}`) {
        for (const f of Object.values(MAP_TEXT_FILES)) this.addWatchFile(f);
        const read = (file: "actors" | "relations") => mapTextOnly(JSON.parse(readFileSync(MAP_TEXT_FILES[file], "utf8")), file);
        return jsonModule({ actors: read("actors"), relations: read("relations") });
      }
      return null;
    },
  };
}

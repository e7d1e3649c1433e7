// Which sources the bytes of a built chunk come from: decodes the chunk's source map (Vite's
// `--sourcemap hidden` output, byte-identical JS) and charges every generated character to the
// source its mapping segment points at. Used by bench.mjs to explain "gzip loaded before the map is
// interactive". Sizes per group are the minified bytes and the group's bytes gzipped on their own
// (level 9): the per-group gzip figures do not add up exactly to the chunk's gzip size.
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";

const B64 = new Map([..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"].map((c, i) => [c, i]));

/** Decodes a source map's `mappings` into, per generated line, `[column, sourceIndex | -1]` pairs. */
export function decodeMappings(mappings) {
  const lines = [[]];
  let source = 0;
  let column = 0;
  let fields = [];
  let value = 0;
  let shift = 0;
  const endSegment = () => {
    if (fields.length === 0) return;
    column += fields[0];
    if (fields.length >= 4) source += fields[1];
    lines[lines.length - 1].push([column, fields.length >= 4 ? source : -1]);
    fields = [];
  };
  for (const ch of mappings) {
    if (ch === ";" || ch === ",") {
      endSegment();
      if (ch === ";") {
        lines.push([]);
        column = 0;
      }
      continue;
    }
    const digit = B64.get(ch);
    if (digit === undefined) throw new Error(`bad base64 character in mappings: ${ch}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  endSegment();
  return lines;
}

/** A readable group for a source path: an npm package, a data file, a src folder or a virtual module. */
export function groupOf(source) {
  const s = source.replace(/\\/g, "/").replace(/^\0/, "");
  const nm = s.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const parts = s.slice(nm + "node_modules/".length).split("/");
    return parts[0]?.startsWith("@") ? `${parts[0]}/${parts[1]}` : (parts[0] ?? s);
  }
  const data = s.match(/(?:^|\/)(data\/[^/]+\.json)$/);
  if (data) return data[1];
  // Features by feature; other layers by file or sub-folder (src/domain/tariff, src/store/x.ts).
  const src = s.match(/(?:^|\/)src\/(features\/[^/]+|[^/]+\/[^/]+|[^/]+)(\/|$)/);
  if (src) return `src/${src[1]}`;
  if (s.includes("virtual:") || !s.includes("/")) return s.replace(/\?.*$/, "").replace(/^.*(virtual:)/, "$1");
  return s;
}

/** Where a piece of a chunk goes when its mapping says nothing: glue code, or the modules emitted there. */
const UNMAPPED = "(unmapped)";
/** Unmapped stretches at least this long are modules without a source map (JSON, virtual modules). */
const MODULE_SIZED = 256;

/**
 * Attributes the code of one or more chunks to source groups.
 *
 * Modules that come without a source map (JSON files, virtual modules) leave long unmapped stretches;
 * when `modules` (the chunk's module ids in output order with their rendered length, from the bundle)
 * is given, such a stretch is charged to the modules without mapped bytes that sit between its mapped
 * neighbours, split in proportion to their rendered length.
 *
 * @param {{ code: string, map: { sources: string[], mappings: string }, dir: string,
 *           modules?: { id: string, renderedLength: number }[] }[]} chunks  `dir`: the chunk's folder
 *   (source paths in the map are relative to it)
 * @returns {{ group: string, bytes: number, gzip: number }[]} largest first
 */
export function attributeChunks(chunks) {
  const parts = new Map();
  const add = (group, text) => {
    if (!text) return;
    const list = parts.get(group);
    if (list) list.push(text);
    else parts.set(group, [text]);
  };
  for (const { code, map, dir, modules = [] } of chunks) {
    const ids = map.sources.map((src) => (src.includes(":") && !src.includes("/") ? src : resolve(dir, src)));
    const order = new Map(modules.map((m, i) => [m.id.replace(/^\0/, ""), i]));
    const indexOf = (src) => order.get(ids[src]) ?? order.get(map.sources[src]);
    // 1. Pieces of code, each with the source index its mapping points at (-1: none).
    const pieces = [];
    const push = (src, text) => {
      if (!text) return;
      const last = pieces[pieces.length - 1];
      if (last && last.src === src) last.text += text;
      else pieces.push({ src, text });
    };
    const decoded = decodeMappings(map.mappings);
    const lines = code.split("\n");
    lines.forEach((line, i) => {
      const segments = decoded[i] ?? [];
      push(-1, line.slice(0, segments[0]?.[0] ?? line.length));
      segments.forEach(([col, src], k) => push(src, line.slice(col, segments[k + 1]?.[0] ?? line.length)));
      if (i < lines.length - 1) push(-1, "\n");
    });
    const mapped = new Set(pieces.filter((p) => p.src >= 0).map((p) => indexOf(p.src)));
    // 2. Charge each piece; long unmapped ones to the map-less modules between their neighbours.
    pieces.forEach((piece, k) => {
      if (piece.src >= 0) return add(groupOf(map.sources[piece.src] ?? "(unknown)"), piece.text);
      if (piece.text.length < MODULE_SIZED || modules.length === 0) return add(UNMAPPED, piece.text);
      const before = pieces.slice(0, k).findLast((p) => p.src >= 0);
      const after = pieces.slice(k + 1).find((p) => p.src >= 0);
      const lo = before ? (indexOf(before.src) ?? -1) : -1;
      const hi = after ? (indexOf(after.src) ?? modules.length) : modules.length;
      const between = modules.slice(lo + 1, hi).filter((m, j) => !mapped.has(lo + 1 + j) && m.renderedLength > 0);
      const total = between.reduce((s, m) => s + m.renderedLength, 0);
      if (total === 0) return add(UNMAPPED, piece.text);
      let at = 0;
      let acc = 0;
      for (const m of between) {
        acc += m.renderedLength;
        const end = Math.round((piece.text.length * acc) / total);
        add(groupOf(m.id), piece.text.slice(at, end));
        at = end;
      }
    });
  }
  return [...parts]
    .map(([group, list]) => {
      const text = list.join("");
      return { group, bytes: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length };
    })
    .sort((a, b) => b.bytes - a.bytes);
}

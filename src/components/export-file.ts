/**
 * Client-side exports: CSV text and PNG images of on-screen SVG (charts, the map), with a title,
 * the source line and the "as of" date drawn into the image. No server; works offline.
 */

/** One CSV field: quoted when it holds a comma, quote or line break. */
function csvField(v: string | number): string {
  const s = typeof v === "number" ? String(v) : v;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows to CSV text (RFC 4180, CRLF line ends). */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/** One point of a plotted series, as a row of a chart's CSV. */
export interface SeriesCsvPoint {
  series: string;
  unit: string;
  date: string;
  value: number | string;
  detail?: string;
  note?: string;
  confidence: string;
  sourceIds: readonly string[];
}

/** The CSV rows of a chart of series, in the columns every such chart downloads. */
export function seriesCsvRows(points: readonly SeriesCsvPoint[]): (string | number)[][] {
  return [
    ["series", "unit", "date", "value", "detail", "note", "confidence", "source_ids"],
    ...points.map((p) => [p.series, p.unit, p.date, p.value, p.detail ?? "", p.note ?? "", p.confidence, p.sourceIds.join(" ")]),
  ];
}

/** Start a browser download of a Blob. */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadCsv(filename: string, rows: readonly (readonly (string | number)[])[]): void {
  downloadBlob(filename, new Blob([toCsv(rows)], { type: "text/csv;charset=utf-8" }));
}

const STYLE_PROPS = ["r", "fill", "fill-opacity", "stroke", "stroke-width", "stroke-dasharray", "stroke-opacity", "opacity", "font-size", "font-family", "font-weight", "text-anchor", "dominant-baseline"];

/** Copy the computed presentation of every element onto the clone, so the SVG stands alone. */
function inlineStyles(source: Element, clone: Element): void {
  const cs = getComputedStyle(source);
  const style = STYLE_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(";");
  clone.setAttribute("style", style);
  const a = source.children;
  const b = clone.children;
  for (let i = 0; i < a.length && i < b.length; i++) inlineStyles(a[i]!, b[i]!);
}

export interface ImageLabels {
  title: string;
  /** e.g. "Source: SIPRI Yearbook 2025 (via AJP)". */
  source: string;
  /** e.g. "As of 1 Jan 2025" or "Latest data (29 Dec 2025)". */
  asOf: string;
}

function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = "";
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (ctx.measureText(next).width > width && line) {
      lines.push(line);
      line = w;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** One on-screen SVG as a stand-alone SVG document (computed styles inlined), `w`×`h` px. */
function standaloneSvg(svg: SVGSVGElement, w: number, h: number): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  clone.setAttribute("width", String(w));
  clone.setAttribute("height", String(h));
  clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  return new XMLSerializer().serializeToString(clone);
}

/** An SVG document as a decoded image. */
async function svgImage(xml: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([xml], { type: "image/svg+xml" }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return img;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * Render an on-screen SVG to a PNG with a header (title) and footer (source, as-of date). A map drawn
 * as stacked SVGs (its still layer under its interactive one) is passed as its layers, bottom first:
 * they are drawn one over the other, at the size of the first.
 */
export async function svgToPng(svg: SVGSVGElement | readonly SVGSVGElement[], labels: ImageLabels, scale = 2): Promise<Blob> {
  const layers = Array.isArray(svg) ? (svg as readonly SVGSVGElement[]) : [svg as SVGSVGElement];
  const first = layers[0];
  if (!first) throw new Error("no SVG to export");
  const box = first.getBoundingClientRect();
  const w = Math.max(1, Math.round(box.width));
  const h = Math.max(1, Math.round(box.height));
  const images = await Promise.all(layers.map((layer) => svgImage(standaloneSvg(layer, w, h))));
  const canvas = document.createElement("canvas");
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("no 2D canvas");
  ctx.font = "13px system-ui, sans-serif";
  const footer = wrap(ctx, `${labels.source} · ${labels.asOf} · Alliance Atlas`, w - 20);
  const head = 34;
  const foot = 10 + footer.length * 17;
  canvas.width = w * scale;
  canvas.height = (h + head + foot) * scale;
  ctx.scale(scale, scale);
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, w, h + head + foot);
  ctx.fillStyle = "#1b2430";
  ctx.font = "bold 16px system-ui, sans-serif";
  ctx.fillText(labels.title, 10, 22);
  for (const img of images) ctx.drawImage(img, 0, head, w, h);
  ctx.font = "13px system-ui, sans-serif";
  ctx.fillStyle = "#5b6573";
  footer.forEach((line, i) => ctx.fillText(line, 10, head + h + 18 + i * 17));
  return await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG encoding failed"))), "image/png"),
  );
}

/** File-name-safe slug; letters of any script are kept ("국방예산-추이", not "export"). */
export function slug(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "").slice(0, 60) || "export";
}

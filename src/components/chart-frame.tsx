import { useId, useRef, useState, type ReactNode } from "react";
import { downloadBlob, downloadCsv, slug, svgToPng } from "./export-file";
import { t } from "../i18n/i18n";

/** Colour-blind-safe series palette (Okabe–Ito), in the order charts should use it. */
export const CHART_PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"] as const;
/** Dash patterns to pair with the palette so series differ by more than colour. */
export const CHART_DASHES = ["", "6 3", "2 3", "10 3 2 3", "1 4", "12 4", "4 4"] as const;

interface ChartFrameProps {
  /** Visible title, also the figure's accessible name. */
  title: string;
  /** One sentence stating the latest value and the trend, read by screen readers and shown under the chart. */
  summary: ReactNode;
  /** The chart (recharts) with fixed or responsive size. */
  chart: ReactNode;
  /** The same numbers as a <table> (with caption), shown by the "Table view" toggle. */
  table: ReactNode;
  /** Source line: publisher, date, link, confidence badges (a SourceNote). */
  source: ReactNode;
  /** Extra controls in the header (export buttons…). */
  actions?: ReactNode;
  /** Emphasised (e.g. linked from a map selection). */
  highlighted?: boolean;
  id?: string;
  /** The chart's numbers as rows (header first) for "Download CSV"; omit to hide the button. */
  csvRows?: readonly (readonly (string | number)[])[];
  /** The "as of" line drawn into exported images, e.g. "As of 1 Jan 2025". */
  asOfText?: string;
  /** The date of each series' latest value (a SeriesDates), shown under the summary. */
  dates?: ReactNode;
}

/**
 * Every chart goes through this frame: title, accessible summary, chart/table toggle, source note.
 * It wraps the charting library once (STYLE: wrap each third-party UI library once).
 */
export function ChartFrame({
  title,
  summary,
  chart,
  table,
  source,
  actions,
  highlighted = false,
  id,
  csvRows,
  asOfText = t("indicators.chart.latestData"),
  dates,
}: ChartFrameProps) {
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  const summaryId = useId();
  const bodyRef = useRef<HTMLDivElement>(null);
  const sourceRef = useRef<HTMLElement>(null);
  const exportPng = async () => {
    const svg = bodyRef.current?.querySelector("svg");
    if (!svg) return;
    const sourceText = (sourceRef.current?.textContent ?? "").replace(/\s+/g, " ").trim();
    downloadBlob(`${slug(title)}.png`, await svgToPng(svg, { title, source: sourceText, asOf: asOfText }));
  };
  return (
    <figure
      className={`chart-frame${highlighted ? " is-highlighted" : ""}`}
      aria-labelledby={titleId}
      aria-describedby={summaryId}
      id={id}
      data-highlighted={highlighted || undefined}
    >
      <div className="chart-head">
        <h3 id={titleId} className="chart-title">
          {title}
        </h3>
        <div className="chart-actions">
          {actions}
          {csvRows && (
            <button type="button" onClick={() => downloadCsv(`${slug(title)}.csv`, csvRows)}>
              {t("indicators.chart.downloadCsv")}
            </button>
          )}
          <button type="button" onClick={() => void exportPng()} disabled={asTable}>
            {t("indicators.chart.downloadPng")}
          </button>
          <button type="button" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>
            {t("indicators.chart.tableView")}
          </button>
        </div>
      </div>
      <p id={summaryId} className="chart-summary">
        {summary}
      </p>
      {dates}
      {asTable ? (
        table
      ) : (
        <div className="chart-body" aria-hidden="true" ref={bodyRef}>
          {chart}
        </div>
      )}
      <figcaption className="chart-source" ref={sourceRef}>
        {source}
      </figcaption>
    </figure>
  );
}

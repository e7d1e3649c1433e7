import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { useChartTurn } from "./chart-turn";

/** Width used where nothing is measured (jsdom, which lays nothing out). */
const FALLBACK_WIDTH = 640;

interface SizedChartProps {
  height: number;
  /** Renders the chart at the measured width. */
  children: (width: number) => ReactNode;
}

/**
 * Gives a recharts chart the width of its container, re-measured on resize, and draws it in its turn
 * (`useChartTurn`: near the viewport, or for print); until then the box holds the chart's place at its
 * height. The width comes from a ResizeObserver, so measuring does not force a layout, and the chart
 * is built once, at its real width.
 * Unlike recharts' ResponsiveContainer it never drops to 0×0 where nothing is laid out (jsdom).
 */
export function SizedChart({ height, children }: SizedChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number | null>(null);
  const turn = useChartTurn(box);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver((entries) => {
      const w = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (w > 0) setWidth(w);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  // Drawn before its box was laid out (for print, inside a part of the page not yet drawn): measure
  // now, once, at the cost of a forced layout.
  useLayoutEffect(() => {
    const el = box.current;
    if (!turn || width !== null || !el || typeof IntersectionObserver === "undefined") return;
    const w = Math.floor(el.getBoundingClientRect().width);
    setWidth(w > 0 ? w : FALLBACK_WIDTH);
  }, [turn, width]);
  const measurable = typeof IntersectionObserver !== "undefined";
  const draw = turn && (width !== null || !measurable);
  return (
    <div ref={box} className="sized-chart" style={{ height }} data-drawn={draw || undefined}>
      {draw && children(width ?? FALLBACK_WIDTH)}
    </div>
  );
}

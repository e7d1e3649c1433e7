import { useLayoutEffect, useRef, useState, type ReactNode } from "react";

/** Width used until the container is measured (and in jsdom, which measures 0). */
const FALLBACK_WIDTH = 640;

interface SizedChartProps {
  height: number;
  /** Renders the chart at the measured width. */
  children: (width: number) => ReactNode;
}

/**
 * Gives a recharts chart the width of its container, re-measured on resize. Unlike recharts'
 * ResponsiveContainer it never drops to 0×0 where nothing is laid out (jsdom), so charts always draw.
 */
export function SizedChart({ height, children }: SizedChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(FALLBACK_WIDTH);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => {
      const w = Math.floor(el.getBoundingClientRect().width);
      if (w > 0) setWidth(w);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={box} className="sized-chart" style={{ height }}>
      {children(width)}
    </div>
  );
}

import { useEffect, useState, type RefObject } from "react";

/**
 * CSS pixels per map unit of an SVG drawn with a viewBox of `viewWidth` units. Used to keep hit
 * targets at least 24 CSS px wide whatever the screen size (WCAG 2.5.8).
 */
export function useSvgScale(ref: RefObject<HTMLElement | null>, viewWidth: number): number {
  const [scale, setScale] = useState(1);
  // After paint (not a layout effect): measuring before the first paint forced a synchronous layout.
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = el.getBoundingClientRect().width;
      if (w > 0) setScale(w / viewWidth);
    };
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref, viewWidth]);
  return scale;
}

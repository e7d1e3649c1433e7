import { useEffect, type RefObject } from "react";

/**
 * Keeps `--svg-scale` on the element: CSS pixels per map unit of the SVG inside it, drawn with a
 * viewBox of `viewWidth` units. The style sheet sizes hit targets with it (at least 24 CSS px
 * whatever the screen size, WCAG 2.5.8), so a resize or the first measurement restyles the map
 * without re-rendering it. Measured after paint: measuring before the first paint forced a layout.
 */
export function useSvgScaleVar(ref: RefObject<HTMLElement | null>, viewWidth: number): void {
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      // The drawing itself when it is there (the container may be a little wider).
      const w = (el.querySelector("svg") ?? el).getBoundingClientRect().width;
      if (w > 0) el.style.setProperty("--svg-scale", String(w / viewWidth));
    };
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref, viewWidth]);
}

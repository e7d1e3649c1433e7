import { useEffect, type RefObject } from "react";

/**
 * Keeps `--svg-scale` on the element: CSS pixels per map unit of the SVG inside it, drawn with a
 * viewBox of `viewWidth` units. The style sheet sizes hit targets with it (at least 24 CSS px
 * whatever the screen size, WCAG 2.5.8), so a resize or the first measurement restyles the map
 * without re-rendering it. Measured by a ResizeObserver, whose first report comes inside the first
 * frame, after its layout: measured from the effect instead, it forced a layout of the whole page
 * before that frame (13 ms on a 2-CPU machine) or, run after the frame, held the map-ready mark back.
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
    if (typeof ResizeObserver === "undefined") {
      measure();
      return;
    }
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref, viewWidth]);
}

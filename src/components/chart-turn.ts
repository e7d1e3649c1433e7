import { startTransition, useEffect, useState, type RefObject } from "react";
import { flushSync } from "react-dom";

/**
 * When a chart is drawn. A recharts chart costs 30–80 ms to build on a 2-CPU machine, and the panels
 * hold 13 of them, most far below the first screen: drawn together they made one main-thread task of
 * about 1.1 s right after load, in which no click was answered. So a chart first holds its place (its
 * box at the final height, so nothing moves) and is drawn
 * - when its box comes within a screen of the viewport, as a transition (a click still comes first);
 * - before the page is printed: all at once, synchronously, in `beforeprint`.
 * Where there is no IntersectionObserver (jsdom, very old browsers) every chart draws at once.
 */
const waiting = new Set<() => void>();
let printHooked = false;

function drawAllNow() {
  const all = [...waiting];
  waiting.clear();
  if (all.length > 0) flushSync(() => all.forEach((draw) => draw()));
}

/** True once the chart in `box` should be drawn (see above); it stays true. */
export function useChartTurn(box: RefObject<HTMLElement | null>): boolean {
  const [drawn, setDrawn] = useState(() => typeof IntersectionObserver === "undefined");
  useEffect(() => {
    const el = box.current;
    if (drawn || !el) return;
    const draw = () => setDrawn(true);
    waiting.add(draw);
    if (!printHooked) {
      printHooked = true;
      window.addEventListener("beforeprint", drawAllNow);
    }
    const near = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        waiting.delete(draw);
        startTransition(draw);
      },
      { rootMargin: "100% 0px" },
    );
    near.observe(el);
    return () => {
      waiting.delete(draw);
      near.disconnect();
    };
  }, [box, drawn]);
  return drawn;
}

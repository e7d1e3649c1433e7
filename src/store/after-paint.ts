import { startTransition, useEffect, useState } from "react";

/**
 * Runs `task` once the frame showing the current change has been produced (a task after the next
 * animation frame). Falls back to a plain task where there are no frames (a hidden tab, jsdom).
 */
export function afterNextPaint(task: () => void): void {
  if (typeof requestAnimationFrame !== "function" || document.visibilityState === "hidden") {
    setTimeout(task, 0);
    return;
  }
  requestAnimationFrame(() => setTimeout(task, 0));
}

/**
 * `value`, but catching up only after the next paint (as a transition): for views that follow a
 * click without being what the click is for, e.g. highlights in the panels below the map. Unlike
 * useDeferredValue, whose background render may run before the browser paints, this never delays
 * the frame that shows the urgent change.
 */
export function useValueAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    let cancelled = false;
    afterNextPaint(() => {
      if (!cancelled) startTransition(() => setShown(value));
    });
    return () => {
      cancelled = true;
    };
  }, [value, shown]);
  return shown;
}

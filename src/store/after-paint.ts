import { startTransition, useEffect, useState } from "react";
import { useAppStore, type AppState } from "./app-store";

/**
 * Runs `task` once the frame showing the current change has been produced (a task after the next
 * animation frame). Falls back to a plain task where there are no frames (a hidden tab, jsdom).
 * A task whose page is gone when it comes due (a test's torn-down document) is dropped: what these
 * tasks do (scroll, reveal, highlight) has nothing left to act on.
 */
export function afterNextPaint(task: () => void): void {
  const hadPage = typeof document !== "undefined";
  const run = () => {
    if (hadPage && typeof document === "undefined") return;
    task();
  };
  if (typeof requestAnimationFrame !== "function" || document.visibilityState === "hidden") {
    setTimeout(run, 0);
    return;
  }
  requestAnimationFrame(() => setTimeout(run, 0));
}

/**
 * A value from the store that catches up with it only after the next paint, as a transition: for
 * views that follow a click without being what the click is for (the highlights in the panels below
 * the map). The component is not re-rendered with the click at all: it subscribes outside React's
 * render, so the frame that shows the urgent change (Details, the map) never waits for it.
 * `select` must be a stable function (defined at module level).
 */
export function useStoreValueAfterPaint<T>(select: (s: AppState) => T): T;
/** With "after-paint": on mount too, `undefined` until the first paint, then the value. */
export function useStoreValueAfterPaint<T>(select: (s: AppState) => T, onMount: "after-paint"): T | undefined;
export function useStoreValueAfterPaint<T>(select: (s: AppState) => T, onMount?: "after-paint"): T | undefined {
  const [shown, setShown] = useState<T | undefined>(() => (onMount ? undefined : select(useAppStore.getState())));
  useEffect(() => {
    let cancelled = false;
    let pending = false;
    const catchUp = () => {
      if (pending) return;
      pending = true;
      afterNextPaint(() => {
        pending = false;
        if (!cancelled) startTransition(() => setShown(select(useAppStore.getState())));
      });
    };
    const unsubscribe = useAppStore.subscribe((s, prev) => {
      if (!Object.is(select(s), select(prev))) catchUp();
    });
    // A change between this component's render and this effect.
    catchUp();
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, [select]);
  return shown;
}

/**
 * Which panels have been asked for and not yet drawn (lazy-panels.tsx tells), so that work meant to
 * come after the first screen (the service worker's registration, main.tsx) can wait until the
 * panels are on it, not only until their data has arrived: a panel's chunk may still be on its way,
 * or drawn a little later (React batches Suspense reveals), when the data and its check are done.
 */
export interface PanelsShown {
  /** A panel's chunk has been asked for. */
  asked(name: string): void;
  /** The panel has been drawn (a passive effect after its first commit). */
  shown(name: string): void;
  /** Resolves once every panel asked for so far has been drawn: at once when none is waiting. */
  whenShown(): Promise<void>;
}

export function createPanelsShown(): PanelsShown {
  const waiting = new Set<string>();
  let waiters: (() => void)[] = [];
  return {
    asked(name) {
      waiting.add(name);
    },
    shown(name) {
      waiting.delete(name);
      if (waiting.size > 0) return;
      const done = waiters;
      waiters = [];
      for (const resolve of done) resolve();
    },
    whenShown() {
      if (waiting.size === 0) return Promise.resolve();
      return new Promise((resolve) => waiters.push(resolve));
    },
  };
}

/** The app's panels. */
export const panelsShown = createPanelsShown();

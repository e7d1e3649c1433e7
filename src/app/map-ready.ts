/**
 * Resolves once the map has marked itself painted (`performance.mark("map-ready")`, set by the map
 * feature) or after `fallbackMs`, whichever comes first. Whatever is not needed for the first screen
 * (the panels' chunks, the service worker) waits for it, so it never competes with the map.
 */
export function whenMapReady(fallbackMs = 1500): Promise<void> {
  return new Promise((resolve) => {
    const start = performance.now();
    const check = () => {
      if (performance.getEntriesByName("map-ready").length > 0 || performance.now() - start > fallbackMs) resolve();
      else requestAnimationFrame(check);
    };
    check();
  });
}

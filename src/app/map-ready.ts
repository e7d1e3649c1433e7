/**
 * Resolves once the map has marked itself painted (`performance.mark("map-ready")`, set by the map
 * feature) and the browser has put that first screen on the display (the first-contentful-paint
 * entry, which carries the presentation time: the map is in the app's first commit), or after
 * `fallbackMs`, whichever comes first. Whatever is not needed for the first screen (the panels'
 * chunks, the schema check, the service worker) waits for it, so it never competes with the map:
 * started at the mark, their download, parse and evaluation held back the first frame's raster
 * and presentation by about 90 ms on a 2-CPU machine. A page opened at another view (?panel=trade)
 * has no map on its first screen: there it waits for the first paint alone.
 */
export function whenMapReady(fallbackMs = 1500): Promise<void> {
  return new Promise((resolve) => {
    const start = performance.now();
    const shown = () =>
      (!mapOnFirstScreen || performance.getEntriesByName("map-ready").length > 0) &&
      performance.getEntriesByName("first-contentful-paint").length > 0;
    const check = () => {
      if (shown() || performance.now() - start > fallbackMs) resolve();
      else requestAnimationFrame(check);
    };
    check();
  });
}

let mapOnFirstScreen = true;
let noted = false;

/** Called by the app as it renders: whether its first screen shows the map (only the first call counts). */
export function noteFirstScreen(hasMap: boolean): void {
  if (noted) return;
  noted = true;
  mapOnFirstScreen = hasMap;
}

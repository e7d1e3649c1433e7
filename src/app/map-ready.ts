/**
 * Resolves once the map has marked itself painted (`performance.mark("map-ready")`, set by the map
 * feature), the frame that first showed it has been on the display (see `mapPresented`) and the
 * static header has painted (the first-contentful-paint entry), or after `fallbackMs`, whichever
 * comes first. Whatever is not needed for the first screen (the panels' chunks, the schema check,
 * the service worker) waits for it, so it never competes with the map: started at the mark, their
 * download, parse and evaluation held back the first frame's raster and presentation by about 90 ms
 * on a 2-CPU machine. A page opened at another view (?panel=trade) has no map on its first screen:
 * there it waits for the first paint alone. `presented: false` waits for the mark only.
 */
export function whenMapReady({ fallbackMs = 1500, presented = true }: { fallbackMs?: number; presented?: boolean } = {}): Promise<void> {
  return new Promise((resolve) => {
    const start = performance.now();
    const shown = () => {
      if (performance.getEntriesByName("first-contentful-paint").length === 0) return false;
      if (!mapOnFirstScreen) return true;
      const mark = performance.getEntriesByName("map-ready")[0];
      return mark !== undefined && (!presented || mapPresented(mark.startTime));
    };
    const check = () => {
      if (shown() || performance.now() - start > fallbackMs) resolve();
      else requestAnimationFrame(check);
    };
    check();
  });
}

/** The `elementtiming` identifier of the text the map draws in its first frame (the inset's title). */
const MAP_TIMING_ID = "map";

/**
 * Whether an element-timing entry named `identifier` has come in: it arrives once the frame that
 * painted the element has been on the display (its render time is the presentation time), which
 * `map-ready` (a task after the frame was produced) does not wait for. Where the browser has no
 * element timing, there is nothing to wait for (true).
 */
export function presentationSeen(identifier: string, Observer: typeof PerformanceObserver | undefined = globalThis.PerformanceObserver): () => boolean {
  if (Observer === undefined || !(Observer.supportedEntryTypes ?? []).includes("element")) return () => true;
  let seen = false;
  const observer = new Observer((list) => {
    if (!list.getEntries().some((e) => (e as PerformanceEntry & { identifier?: string }).identifier === identifier)) return;
    seen = true;
    observer.disconnect();
  });
  observer.observe({ type: "element", buffered: true });
  return () => seen;
}

const mapFrameSeen = presentationSeen(MAP_TIMING_ID);

/**
 * Whether the map's first frame is on the display, or 400 ms have passed since the mark (a tab that
 * is not drawing presents nothing). On a 2-CPU machine software raster of that frame took 45 ms of
 * CPU but 200 ms of wall time while the panels' chunks were parsed and run beside it; a click in that
 * time waited for it, as its own frame cannot be drawn before the one in raster.
 */
function mapPresented(markedAt: number): boolean {
  return mapFrameSeen() || performance.now() - markedAt > 400;
}

let mapOnFirstScreen = true;
let noted = false;

/** Called by the app as it renders: whether its first screen shows the map (only the first call counts). */
export function noteFirstScreen(hasMap: boolean): void {
  if (noted) return;
  noted = true;
  mapOnFirstScreen = hasMap;
}

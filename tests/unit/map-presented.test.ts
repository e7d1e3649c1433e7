import { describe, expect, it } from "vitest";
import { presentationSeen } from "../../src/app/map-ready";

type Callback = (list: { getEntries: () => PerformanceEntry[] }) => void;

/** A PerformanceObserver stand-in: records what it observes and lets the test deliver entries. */
function fakeObserver(supported: readonly string[]) {
  const made: { callback: Callback; observed: unknown[]; disconnected: boolean }[] = [];
  class Fake {
    static supportedEntryTypes = supported;
    private readonly record: (typeof made)[number];
    constructor(callback: Callback) {
      this.record = { callback, observed: [], disconnected: false };
      made.push(this.record);
    }
    observe(options: unknown) {
      this.record.observed.push(options);
    }
    disconnect() {
      this.record.disconnected = true;
    }
  }
  const deliver = (...identifiers: string[]) => {
    for (const m of made) if (!m.disconnected) m.callback({ getEntries: () => identifiers.map((identifier) => ({ identifier }) as unknown as PerformanceEntry) });
  };
  return { Observer: Fake as unknown as typeof PerformanceObserver, made, deliver };
}

describe("presentationSeen (the map's first frame on the display)", () => {
  it("watches element-timing entries, buffered, and says yes once the named one has come", () => {
    const { Observer, made, deliver } = fakeObserver(["element", "paint"]);
    const seen = presentationSeen("map", Observer);
    expect(made).toHaveLength(1);
    expect(made[0]?.observed).toEqual([{ type: "element", buffered: true }]);
    expect(seen()).toBe(false);
    deliver("headline", "other");
    expect(seen()).toBe(false);
    deliver("other", "map");
    expect(seen()).toBe(true);
    expect(made[0]?.disconnected).toBe(true);
  });

  it("has nothing to wait for in a browser without element timing", () => {
    const { Observer, made } = fakeObserver(["paint", "mark"]);
    expect(presentationSeen("map", Observer)()).toBe(true);
    expect(made).toHaveLength(0);
    expect(presentationSeen("map", undefined)()).toBe(true);
  });
});

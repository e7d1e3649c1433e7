import { describe, expect, it } from "vitest";
import { createPanelsShown } from "../../src/app/panels-shown";

/** Whether `p` has settled once the microtasks queued so far have run. */
async function settled(p: Promise<void>): Promise<boolean> {
  let done = false;
  void p.then(() => {
    done = true;
  });
  await Promise.resolve();
  await Promise.resolve();
  return done;
}

describe("panels shown (the service worker waits for it)", () => {
  it("resolves at once when no panel has been asked for", async () => {
    expect(await settled(createPanelsShown().whenShown())).toBe(true);
  });

  it("waits until every panel asked for has been drawn, not only the first", async () => {
    const panels = createPanelsShown();
    panels.asked("DetailsPanel");
    panels.asked("HeadlineStrip");
    const waiting = panels.whenShown();
    expect(await settled(waiting)).toBe(false);
    panels.shown("DetailsPanel");
    expect(await settled(waiting)).toBe(false);
    panels.shown("HeadlineStrip");
    expect(await settled(waiting)).toBe(true);
  });

  it("a panel drawn again or never asked for changes nothing; one asked for later is waited for", async () => {
    const panels = createPanelsShown();
    panels.asked("TimelinePanel");
    panels.shown("TradePanel");
    expect(await settled(panels.whenShown())).toBe(false);
    panels.shown("TimelinePanel");
    panels.shown("TimelinePanel");
    expect(await settled(panels.whenShown())).toBe(true);
    panels.asked("TradePanel");
    const later = panels.whenShown();
    expect(await settled(later)).toBe(false);
    panels.shown("TradePanel");
    expect(await settled(later)).toBe(true);
  });
});

// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { initialAppState, useAppStore } from "../../src/store/app-store";
import { startUrlSync } from "../../src/store/url-sync";
import { urlVocabulary } from "../../src/data/url-vocabulary";

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  stop = null;
});

function start(url: string) {
  useAppStore.setState(initialAppState, true);
  window.history.replaceState(null, "", url);
  const queued: (() => void)[] = [];
  stop = startUrlSync(urlVocabulary(), { schedule: (task) => queued.push(task) });
  return queued;
}

describe("URL sync", () => {
  it("leaves the address alone until the scheduled write (after the paint), then writes once", () => {
    const queued = start("/");
    const before = window.history.length;
    useAppStore.getState().selectActor("PRK");
    useAppStore.getState().setPanel("threats");
    // Nothing written yet: the click's paint is not delayed by history work.
    expect(window.location.search).toBe("");
    expect(queued).toHaveLength(1);
    queued.shift()?.();
    expect(new URLSearchParams(window.location.search).get("actor")).toBe("PRK");
    expect(new URLSearchParams(window.location.search).get("panel")).toBe("threats");
    // Both changes made one history entry, so one Back undoes the click.
    expect(window.history.length).toBe(before + 1);
  });

  it("replaces instead of pushing for a date change", () => {
    const queued = start("/?actor=KOR");
    const before = window.history.length;
    useAppStore.getState().setAsOf("2024-01-01");
    queued.shift()?.();
    expect(window.location.search).toContain("date=2024-01-01");
    expect(window.history.length).toBe(before);
  });

  it("writes nothing when the state went back to what the address says before the write", () => {
    const queued = start("/?actor=KOR");
    const before = window.history.length;
    useAppStore.getState().selectActor("CHN");
    useAppStore.getState().selectActor("KOR");
    queued.shift()?.();
    expect(window.location.search).toBe("?actor=KOR");
    expect(window.history.length).toBe(before);
  });
});

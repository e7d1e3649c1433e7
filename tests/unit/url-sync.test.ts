// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { initialAppState, useAppStore } from "../../src/store/app-store";
import { startUrlSync } from "../../src/store/url-sync";
import { urlVocabulary } from "../../src/data/url-vocabulary";
import { noticeText } from "../../src/components/notices";

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

describe("URL sync: the data version (dv)", () => {
  function startWithVersion(url: string, version: string | null) {
    useAppStore.setState(initialAppState, true);
    window.history.replaceState(null, "", url);
    const queued: (() => void)[] = [];
    let current = version;
    const listeners = new Set<() => void>();
    stop = startUrlSync(urlVocabulary(), {
      schedule: (task) => queued.push(task),
      dataVersion: {
        get: () => current,
        subscribe: (l) => {
          listeners.add(l);
          return () => listeners.delete(l);
        },
      },
    });
    const arrive = (v: string) => {
      current = v;
      for (const l of listeners) l();
    };
    return { queued, arrive };
  }
  const noticeTexts = () => useAppStore.getState().notices.map((n) => noticeText(n.text));

  it("writes the current version into a link that shows something, not into the bare address", () => {
    const { queued } = startWithVersion("/", "2026.12.0");
    expect(window.location.search).toBe("");
    useAppStore.getState().selectActor("KOR");
    queued.shift()?.();
    expect(window.location.search).toBe("?actor=KOR&dv=2026.12.0");
  });

  it("says so when a link was made with another version, and rewrites it to the current one", () => {
    startWithVersion("/?actor=KOR&dv=2025.12.0", "2026.12.0");
    expect(noticeTexts()).toEqual([
      "This link was made with data version 2025.12.0; the data is now 2026.12.0: figures may have changed (see What's new in the data).",
    ]);
    expect(window.location.search).toBe("?actor=KOR&dv=2026.12.0");
  });

  it("says nothing when the link's version is the current one", () => {
    startWithVersion("/?actor=KOR&dv=2026.12.0", "2026.12.0");
    expect(noticeTexts()).toEqual([]);
  });

  it("keeps the link's version until the data's is known, then compares and writes it", () => {
    const { arrive } = startWithVersion("/?actor=KOR&dv=2025.12.0", null);
    expect(window.location.search).toBe("?actor=KOR&dv=2025.12.0");
    expect(noticeTexts()).toEqual([]);
    arrive("2026.12.0");
    expect(noticeTexts()).toHaveLength(1);
    expect(noticeTexts()[0]).toContain("data version 2025.12.0; the data is now 2026.12.0");
    expect(window.location.search).toBe("?actor=KOR&dv=2026.12.0");
    arrive("2026.12.0");
    expect(noticeTexts()).toHaveLength(1);
  });

  it("drops a malformed version with a notice and keeps the rest of the link", async () => {
    startWithVersion("/?actor=KOR&dv=next-week", "2026.12.0");
    // The reasons' messages load with the panels' catalogs; the notice comes once they are in.
    await vi.waitFor(() => expect(useAppStore.getState().notices).toHaveLength(1));
    const [notice] = useAppStore.getState().notices;
    expect(notice?.details?.map(noticeText)).toEqual(['data version "next-week" is not a version like 2026.12.0 and was ignored']);
    expect(useAppStore.getState().selectedActor).toBe("KOR");
    expect(window.location.search).toBe("?actor=KOR&dv=2026.12.0");
  });
});

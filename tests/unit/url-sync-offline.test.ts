// @vitest-environment jsdom
/** The bad-link notice when the URL catalog (a panel chunk) cannot be fetched: it still comes. */
import { describe, expect, it, vi } from "vitest";
import type * as I18n from "../../src/i18n/i18n";

vi.mock("../../src/i18n/i18n", async (original) => ({
  ...(await original<typeof I18n>()),
  loadPanelMessages: () => Promise.reject(new Error("offline")),
}));

describe("URL sync offline", () => {
  it("shows the bad-link notice without its reasons when their catalog cannot be loaded", async () => {
    const { initialAppState, useAppStore } = await import("../../src/store/app-store");
    const { startUrlSync } = await import("../../src/store/url-sync");
    const { urlVocabulary } = await import("../../src/data/url-vocabulary");
    useAppStore.setState(initialAppState, true);
    window.history.replaceState(null, "", "/?actor=ZZZ");
    const stop = startUrlSync(urlVocabulary(), { schedule: () => undefined });
    try {
      await vi.waitFor(() => expect(useAppStore.getState().notices).toHaveLength(1));
      expect(useAppStore.getState().notices[0]).toMatchObject({ text: { key: "notice.badLink" } });
      expect(useAppStore.getState().notices[0]?.details).toBeUndefined();
    } finally {
      stop();
    }
  });
});

import { useState } from "react";
import { useAppStore } from "../store/app-store";
import { PANELS, type PanelId } from "../domain/types";
import { t } from "../i18n/i18n";
import type { MessageKey } from "../domain/i18n/messages-en";

const LABELS: Record<PanelId, MessageKey> = { map: "nav.map", trade: "nav.trade", alliance: "nav.alliance", threats: "nav.threats", changes: "nav.changes" };

/**
 * The views, one per tab (the view shown is in the URL, ?panel=, and each change is a history entry,
 * so Back returns to the view before), the guided story, sharing and printing.
 */
export function PanelNav() {
  const panel = useAppStore((s) => s.panel);
  const setPanel = useAppStore((s) => s.setPanel);
  const storyStep = useAppStore((s) => s.storyStep);
  const goToStoryStep = useAppStore((s) => s.goToStoryStep);
  const exitStory = useAppStore((s) => s.exitStory);
  const [copied, setCopied] = useState("");
  const open = (p: PanelId) => {
    // Both updates are written to the address as one history entry (url-sync batches them).
    if (storyStep !== null) exitStory();
    setPanel(p);
  };
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied(t("nav.copied"));
    } catch {
      setCopied(t("nav.copyThis", { url: window.location.href }));
    }
  };
  return (
    <nav className="panel-nav" aria-label={t("nav.label")}>
      <div className="nav-views">
        {PANELS.map((p) => (
          <button key={p} type="button" aria-pressed={storyStep === null && panel === p} onClick={() => open(p)}>
            {t(LABELS[p])}
          </button>
        ))}
        <button type="button" aria-pressed={storyStep !== null} onClick={() => goToStoryStep(storyStep ?? 1)}>
          {t("nav.story")}
        </button>
      </div>
      <div className="nav-actions">
        <button type="button" onClick={() => void copyLink()}>
          {t("nav.copyLink")}
        </button>
        <button type="button" onClick={() => window.print()}>
          {t("nav.print")}
        </button>
      </div>
      <span className="visually-hidden" role="status" aria-live="polite">
        {copied}
      </span>
    </nav>
  );
}

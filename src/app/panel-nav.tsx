import { useState } from "react";
import { useAppStore } from "../store/app-store";
import { PANELS, type PanelId } from "../domain/types";

const LABELS: Record<PanelId, string> = { map: "Map", trade: "Trade", alliance: "Alliance", threats: "Threats", changes: "What changed" };

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
      setCopied("Link to this view copied to the clipboard.");
    } catch {
      setCopied(`Copy this link: ${window.location.href}`);
    }
  };
  return (
    <nav className="panel-nav" aria-label="Panels">
      <div className="nav-views">
        {PANELS.map((p) => (
          <button key={p} type="button" aria-pressed={storyStep === null && panel === p} onClick={() => open(p)}>
            {LABELS[p]}
          </button>
        ))}
        <button type="button" aria-pressed={storyStep !== null} onClick={() => goToStoryStep(storyStep ?? 1)}>
          Guided story
        </button>
      </div>
      <div className="nav-actions">
        <button type="button" onClick={() => void copyLink()}>
          Copy link
        </button>
        <button type="button" onClick={() => window.print()}>
          Print brief
        </button>
      </div>
      <span className="visually-hidden" role="status" aria-live="polite">
        {copied}
      </span>
    </nav>
  );
}

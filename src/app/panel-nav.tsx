import { useEffect, useState } from "react";
import { useAppStore } from "../store/app-store";
import { PANELS, type PanelId } from "../domain/types";

const LABELS: Record<PanelId, string> = { map: "Map", trade: "Trade", alliance: "Alliance", threats: "Threats", changes: "What changed" };

/** Jump links to the panels (the open panel is in the URL and scrolled into view), the story, sharing. */
export function PanelNav() {
  const panel = useAppStore((s) => s.panel);
  const setPanel = useAppStore((s) => s.setPanel);
  const storyStep = useAppStore((s) => s.storyStep);
  const goToStoryStep = useAppStore((s) => s.goToStoryStep);
  const [copied, setCopied] = useState("");
  useEffect(() => {
    if (panel === "map") return;
    // Scroll after the selection has painted (Details updates first, no forced layout mid-click), and
    // after the lazy panels above have loaded, or they would push the target out of view again.
    let frame = 0;
    const started = performance.now();
    const scroll = () => {
      if (document.querySelector(".loading") && performance.now() - started < 3000) {
        frame = requestAnimationFrame(scroll);
        return;
      }
      document.getElementById(panel)?.scrollIntoView?.({ block: "start" });
    };
    frame = requestAnimationFrame(() => setTimeout(scroll, 0));
    return () => cancelAnimationFrame(frame);
  }, [panel]);
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
      {PANELS.map((p) => (
        <button key={p} type="button" aria-pressed={panel === p} onClick={() => setPanel(p)}>
          {LABELS[p]}
        </button>
      ))}
      <span className="nav-spacer" />
      <button type="button" aria-pressed={storyStep !== null} onClick={() => goToStoryStep(storyStep ?? 1)}>
        Guided story
      </button>
      <button type="button" onClick={() => void copyLink()}>
        Copy link
      </button>
      <button type="button" onClick={() => window.print()}>
        Print brief
      </button>
      <span className="visually-hidden" role="status" aria-live="polite">
        {copied}
      </span>
    </nav>
  );
}

import { useAppStore } from "../store/app-store";

/** "A new version is available" with a button to load it; shown when the service worker finds a new build. */
export function UpdatePrompt() {
  const apply = useAppStore((s) => s.applyUpdate);
  const dismiss = useAppStore((s) => s.setUpdateReady);
  if (!apply) return null;
  return (
    <div className="notice update-prompt" role="status">
      <p>An updated version of Alliance Atlas is available.</p>
      <button type="button" onClick={apply}>
        Update now
      </button>{" "}
      <button type="button" onClick={() => dismiss(null)}>
        Later
      </button>
    </div>
  );
}

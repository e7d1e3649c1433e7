import { useAppStore } from "../store/app-store";
import { t } from "../i18n/i18n";

/** "A new version is available" with a button to load it; shown when the service worker finds a new build. */
export function UpdatePrompt() {
  const apply = useAppStore((s) => s.applyUpdate);
  const dismiss = useAppStore((s) => s.setUpdateReady);
  if (!apply) return null;
  return (
    <div className="notice update-prompt" role="status">
      <p>{t("app.update")}</p>
      <button type="button" onClick={apply}>
        {t("app.updateNow")}
      </button>{" "}
      <button type="button" onClick={() => dismiss(null)}>
        {t("app.later")}
      </button>
    </div>
  );
}

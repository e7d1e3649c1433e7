import { useAppStore } from "../../store/app-store";
import { t } from "../../i18n/i18n";

/** "Clear selection" — the same as pressing Escape. */
export function ClearButton() {
  const clear = useAppStore((s) => s.clearSelection);
  return (
    <button type="button" className="link-button clear-button" onClick={clear}>
      {t("details.clear")} <span aria-hidden="true">(Esc)</span>
    </button>
  );
}

import { useAppStore } from "../../store/app-store";

/** "Clear selection" — the same as pressing Escape. */
export function ClearButton() {
  const clear = useAppStore((s) => s.clearSelection);
  return (
    <button type="button" className="link-button clear-button" onClick={clear}>
      Clear selection <span aria-hidden="true">(Esc)</span>
    </button>
  );
}

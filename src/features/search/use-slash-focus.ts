import { useEffect, type RefObject } from "react";

const TEXT_INPUTS = new Set(["", "text", "search", "email", "number", "password", "tel", "url", "date", "month", "week", "time", "datetime-local"]);

/** True when a key typed at `el` is text for it (a text field, a select, an editable region). */
function takesText(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el.isContentEditable || el.tagName === "TEXTAREA" || el.tagName === "SELECT") return true;
  return el instanceof HTMLInputElement && TEXT_INPUTS.has(el.type);
}

/** `/` anywhere on the page (not while typing in a field) focuses `ref`. */
export function useSlashFocus(ref: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || takesText(e.target)) return;
      e.preventDefault();
      ref.current?.focus();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [ref]);
}

import { useId, useRef, type KeyboardEvent, type ReactNode } from "react";

export interface SubTab<T extends string> {
  id: T;
  label: string;
  /** A short note after the label, e.g. "2 highlighted". */
  note?: string;
}

interface SubTabsProps<T extends string> {
  /** The tab list's accessible name, e.g. "Parts of Trade". */
  label: string;
  tabs: readonly SubTab<T>[];
  current: T;
  onSelect: (id: T) => void;
  /** The current tab's content: only that part is rendered. */
  children: ReactNode;
}

/**
 * The parts of a long view as tabs (WAI-ARIA tabs: arrow keys, Home and End move between them and
 * open the one they reach). Only the current part is rendered.
 */
export function SubTabs<T extends string>({ label, tabs, current, onSelect, children }: SubTabsProps<T>) {
  const base = useId();
  const list = useRef<HTMLDivElement>(null);
  const tabId = (id: T) => `${base}-tab-${id}`;
  const onKeyDown = (e: KeyboardEvent) => {
    const i = tabs.findIndex((t) => t.id === current);
    const last = tabs.length - 1;
    const next = e.key === "ArrowRight" ? (i + 1) % tabs.length : e.key === "ArrowLeft" ? (i - 1 + tabs.length) % tabs.length : e.key === "Home" ? 0 : e.key === "End" ? last : -1;
    const tab = tabs[next];
    if (!tab) return;
    e.preventDefault();
    onSelect(tab.id);
    list.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]')[next]?.focus();
  };
  return (
    <div className="sub-tabs">
      <div className="sub-tab-list" role="tablist" aria-label={label} ref={list}>
        {tabs.map((t) => {
          const selected = t.id === current;
          return (
            <button
              key={t.id}
              id={tabId(t.id)}
              type="button"
              role="tab"
              className="sub-tab"
              aria-selected={selected}
              aria-controls={selected ? `${base}-panel` : undefined}
              tabIndex={selected ? 0 : -1}
              onClick={() => onSelect(t.id)}
              onKeyDown={onKeyDown}
            >
              {t.label}
              {t.note ? (
                <>
                  {" "}
                  <span className="sub-tab-note">({t.note})</span>
                </>
              ) : null}
            </button>
          );
        })}
      </div>
      <div className="sub-tab-panel" role="tabpanel" id={`${base}-panel`} aria-labelledby={tabId(current)}>
        {children}
      </div>
    </div>
  );
}

import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { SearchDocument } from "../../domain/search";
import { openSearchTarget } from "./open-target";
import { optionId, SearchResults } from "./search-results";
import { useSearchIndex } from "./use-search-index";
import { useSlashFocus } from "./use-slash-focus";
import { t } from "../../i18n/i18n";

interface Props {
  /** Resolves when the first screen is shown: the search chunk is then fetched while the page is idle. */
  prefetchAfter?: () => Promise<void>;
}

/**
 * A search box over actors, relations, events, indicators and sources (WAI-ARIA combobox with a
 * grouped listbox). `/` focuses it; ArrowUp/Down move, Enter opens the hit in its view, Escape closes.
 * The index (MiniSearch, in its own chunk) is built when the box is first focused.
 */
export function SearchBox({ prefetchAfter }: Props) {
  const id = useId();
  const listId = `${id}-results`;
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [opened, setOpened] = useState("");
  const { index, load, prefetch } = useSearchIndex();
  useSlashFocus(input);
  useEffect(() => {
    if (!prefetchAfter) return;
    let live = true;
    void prefetchAfter().then(() => {
      if (!live) return;
      if (typeof requestIdleCallback === "function") requestIdleCallback(prefetch, { timeout: 5000 });
      else setTimeout(prefetch, 500);
    });
    return () => {
      live = false;
    };
  }, [prefetchAfter, prefetch]);

  const groups = useMemo(() => (index && query.trim() ? index.search(query) : []), [index, query]);
  const hits = useMemo(() => groups.flatMap((g) => g.hits), [groups]);
  const expanded = open && hits.length > 0;
  const current = Math.min(active, hits.length - 1);

  const pick = (hit: SearchDocument) => {
    openSearchTarget(hit.target);
    setOpen(false);
    setOpened(t("search.opened", { title: hit.title }));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!expanded) return setOpen(true);
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive((current + step + hits.length) % hits.length);
    } else if (e.key === "Enter") {
      const hit = expanded ? hits[current] : undefined;
      if (!hit) return;
      e.preventDefault();
      pick(hit);
    } else if (e.key === "Escape") {
      // Closing the list must not also clear the text (a search field's own Escape behaviour).
      if (expanded) {
        e.preventDefault();
        setOpen(false);
      } else setQuery("");
    }
  };

  const status = opened
    ? opened
    : !query.trim()
      ? ""
      : !index
      ? t("search.loading")
      : hits.length === 0
        ? t("search.none", { query: query.trim() })
        : t("search.count", { count: groups.reduce((n, g) => n + g.total, 0) });

  return (
    <div role="search" className="search-box">
      <input
        ref={input}
        type="search"
        role="combobox"
        aria-label={t("search.label")}
        aria-keyshortcuts="/"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded ? optionId(listId, current) : undefined}
        placeholder={t("search.placeholder")}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
          setOpened("");
        }}
        onFocus={() => {
          load();
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <SearchResults id={listId} groups={expanded ? groups : []} active={current} onPick={pick} onHover={setActive} />
      <p className={open && query.trim() && !expanded ? "search-status" : "visually-hidden"} role="status">
        {status}
      </p>
    </div>
  );
}

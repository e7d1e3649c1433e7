import { useEffect } from "react";
import type { SearchDocument, SearchGroup } from "../../domain/search";
import { t, textOr } from "../../i18n/i18n";

interface Props {
  id: string;
  groups: readonly SearchGroup[];
  /** Index of the active option in the flat order of `groups`. */
  active: number;
  onPick: (hit: SearchDocument) => void;
  onHover: (index: number) => void;
}

/** The id of the n-th option of the listbox `id` (for aria-activedescendant). */
export const optionId = (id: string, n: number) => `${id}-option-${n}`;

/** The results: a listbox of groups, one per kind, each with its label and "n of total". */
export function SearchResults({ id, groups, active, onPick, onHover }: Props) {
  const shown = groups.length > 0;
  // Keep the active option visible in the scrolling list as the arrow keys move it.
  useEffect(() => {
    if (shown) document.getElementById(optionId(id, active))?.scrollIntoView?.({ block: "nearest" });
  }, [id, active, shown]);
  let n = 0;
  return (
    <div id={id} role="listbox" aria-label={t("search.results")} className="search-results" hidden={!shown}>
      {groups.map((g) => {
        const labelId = `${id}-group-${g.kind}`;
        return (
          <div key={g.kind} role="group" aria-labelledby={labelId} className="search-group">
            <div role="presentation" id={labelId} className="search-group-label">
              {textOr(`headline.search.${g.kind}`, g.label)}
              <span className="muted">
                {" "}
                {g.total > g.hits.length
                  ? textOr("headline.search.groupSome", `· ${g.hits.length} of ${g.total}`, { shown: g.hits.length, total: g.total })
                  : textOr("headline.search.groupCount", `· ${g.total}`, { total: g.total })}
              </span>
            </div>
            {g.hits.map((hit) => {
              const i = n++;
              return (
                // The input keeps focus (aria-activedescendant): Enter there opens the active option.
                // eslint-disable-next-line jsx-a11y/click-events-have-key-events
                <div
                  key={hit.id}
                  id={optionId(id, i)}
                  role="option"
                  tabIndex={-1}
                  aria-selected={i === active}
                  className="search-option"
                  onMouseDown={(e) => e.preventDefault()}
                  onMouseMove={() => i !== active && onHover(i)}
                  onClick={() => onPick(hit)}
                >
                  <span className="search-option-title">{hit.title}</span>
                  <span className="search-option-detail">{hit.detail}</span>
                </div>
              );
            })}
          </div>
        );
      })}
    </div>
  );
}

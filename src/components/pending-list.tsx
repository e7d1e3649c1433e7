import type { PendingItem, Source } from "../domain/schemas";
import { formatDate } from "../i18n/format";
import { ConfidenceBadge } from "./confidence-badge";
import { SourceNote } from "./source-note";
import { t } from "../i18n/i18n";

interface PendingListProps {
  /** The pending items to show, in the order given. */
  items: readonly PendingItem[];
  /** Resolves an item's source ids to records (unknown ids are simply left out). */
  sourcesFor: (ids: readonly string[]) => Source[];
  /** Heading text; none when the caller has its own. */
  heading?: string;
  /** Level of that heading, default 3. */
  headingLevel?: 2 | 3 | 4;
}

/**
 * What the sources leave open: each item's label, what is known and what was not found, since when
 * it has been open, its confidence and sources. An empty stretch is a gap in the sources, not a
 * quiet period; this list says so where the numbers cannot.
 */
export function PendingList({ items, sourcesFor, heading, headingLevel = 3 }: PendingListProps) {
  if (items.length === 0) return null;
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="pending-list" aria-label={heading ?? t("indicators.pending.label")}>
      {heading ? <Heading className="pending-heading">{heading}</Heading> : null}
      <ul>
        {items.map((p) => (
          <li key={p.id} className="pending-item">
            <span className="pending-label">{p.label}</span>{" "}
            {p.since ? <span className="pending-since">{t("indicators.pending.since", { date: formatDate(p.since) })}</span> : null}{" "}
            <ConfidenceBadge level={p.confidence} always />
            <p className="pending-text">{p.text}</p>
            <SourceNote sources={sourcesFor(p.sourceIds)} />
          </li>
        ))}
      </ul>
    </section>
  );
}

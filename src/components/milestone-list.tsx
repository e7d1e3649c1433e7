import type { Fact, Source } from "../domain/schemas";
import { formatDate, formatFigure } from "../i18n/format";
import { byDate } from "../domain/indicators/milestones";
import { ConfidenceBadge } from "./confidence-badge";
import { SourceNote } from "./source-note";

interface MilestoneListProps {
  facts: readonly Fact[];
  sourcesFor: (ids: readonly string[]) => Source[];
  /** Visible heading above the list (h4); omitted when the list has its own section heading. */
  heading?: string;
}

/** Dated facts in date order, each with its figure, confidence and source links. */
export function MilestoneList({ facts, sourcesFor, heading }: MilestoneListProps) {
  if (facts.length === 0) return null;
  return (
    <>
      {heading && <h4 className="milestones-heading">{heading}</h4>}
      <ol className="milestones">
        {byDate(facts).map((f) => (
          <li key={f.id}>
            {f.date && <time dateTime={f.date}>{formatDate(f.date)}</time>} <strong>{f.label}.</strong> {f.text}
            {f.figure && <span className="figure-note"> ({formatFigure(f.figure)})</span>}
            <ConfidenceBadge level={f.confidence} /> <SourceNote sources={sourcesFor(f.sourceIds)} />
          </li>
        ))}
      </ol>
    </>
  );
}

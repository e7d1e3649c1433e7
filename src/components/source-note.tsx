import type { Source } from "../domain/schemas";
import { ConfidenceBadge } from "./confidence-badge";

interface SourceNoteProps {
  sources: readonly Source[];
  /** Prefix text, default "Source". */
  label?: string;
}

/** One click from any number to its source: each source is a link (or named plainly when it has no URL). */
export function SourceNote({ sources, label = "Source" }: SourceNoteProps) {
  if (sources.length === 0) return null;
  return (
    <span className="source-note">
      {label}
      {sources.length > 1 ? "s" : ""}:{" "}
      {sources.map((s, i) => (
        <span key={s.id}>
          {i > 0 && "; "}
          {s.url ? (
            <a href={s.url} target="_blank" rel="noopener noreferrer" title={s.title}>
              {s.publisher}
              {s.date ? `, ${s.date}` : ""}
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          ) : (
            <span title={s.title}>
              {s.publisher}
              {s.date ? `, ${s.date}` : ""} (no link)
            </span>
          )}
          <ConfidenceBadge level={s.confidence} />
        </span>
      ))}
    </span>
  );
}

import type { Source } from "../domain/schemas";
import { ConfidenceBadge } from "./confidence-badge";
import { t } from "../i18n/i18n";

interface SourceNoteProps {
  sources: readonly Source[];
  /** Prefix text, default "Source". */
  label?: string;
}

/** One click from any number to its source: each source is a link (or named plainly when it has no URL). */
export function SourceNote({ sources, label }: SourceNoteProps) {
  if (sources.length === 0) return null;
  return (
    <span className="source-note">
      {label ? `${label}${sources.length > 1 ? "s" : ""}:` : t("common.source", { count: sources.length })}{" "}
      {sources.map((s, i) => (
        <span key={s.id}>
          {i > 0 && "; "}
          {s.url ? (
            <a href={s.url} target="_blank" rel="noopener noreferrer" title={s.title}>
              {s.publisher}
              {s.date ? `, ${s.date}` : ""}
              <span className="visually-hidden">{t("common.newTab")}</span>
            </a>
          ) : (
            <span title={s.title}>
              {s.publisher}
              {s.date ? `, ${s.date}` : ""}
              {t("common.noLink")}
            </span>
          )}
          <ConfidenceBadge level={s.confidence} />
        </span>
      ))}
    </span>
  );
}

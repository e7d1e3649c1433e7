import { t } from "../i18n/i18n";

interface HighlightNoteProps {
  /** What the map selection is, e.g. "North Korea"; null when nothing here is linked to it. */
  subject: string | null;
  count: number;
}

/** Says which map selection the marked charts below belong to; a live region, so it is announced. */
export function HighlightNote({ subject, count }: HighlightNoteProps) {
  return (
    <p className="highlight-note" role="status">
      {subject && count > 0 ? t("indicators.highlight", { subject, count }) : ""}
    </p>
  );
}

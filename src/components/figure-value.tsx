import type { Figure, Source } from "../domain/schemas";
import { formatFigure } from "../i18n/format";
import { ConfidenceBadge } from "./confidence-badge";
import { SourceNote } from "./source-note";
import { ValueDate } from "./value-date";
import { t } from "../i18n/i18n";

interface FigureValueProps {
  label: string;
  figure: Figure | null;
  sources: readonly Source[];
  missing?: string;
}

/** A labelled, sourced number: value (or range), confidence badge, its date (flagged when stale), note and source links. */
export function FigureValue({ label, figure, sources, missing = t("figure.missing") }: FigureValueProps) {
  return (
    <div className="figure">
      <dt>{figure?.label ?? label}</dt>
      <dd>
        {figure ? (
          <>
            <span className="figure-value">{formatFigure(figure)}</span>
            <ConfidenceBadge level={figure.confidence} />
            {figure.asOf && (
              <>
                {" "}
                <ValueDate date={figure.asOf} />
              </>
            )}
            {figure.note && <span className="figure-note"> {figure.note}</span>}{" "}
            <SourceNote sources={sources} />
          </>
        ) : (
          <span className="figure-missing">{missing}</span>
        )}
      </dd>
    </div>
  );
}

import { useId } from "react";
import { getSources } from "../../data/lookup";
import type { HeadlineFigure, HeadlineValue } from "../../domain/headline";
import type { PanelId, PanelPart } from "../../domain/types";
import { ConfidenceBadge } from "../../components/confidence-badge";
import { SourceNote } from "../../components/source-note";
import { ValueDate } from "../../components/value-date";
import { t } from "../../i18n/i18n";
import type { MessageKey } from "../../domain/i18n/messages-en";

const VIEW_NAMES: Record<PanelId, MessageKey> = { map: "nav.map", trade: "nav.trade", alliance: "nav.alliance", threats: "nav.threats", changes: "nav.changes" };

/** One value: the figure, what it counts, its date (or "not updated since…"), confidence and first source. */
function HeadlineValueRow({ v }: { v: HeadlineValue }) {
  const sources = getSources(v.sourceIds);
  const more = sources.length - 1;
  return (
    <div className="headline-value-row">
      <p className="headline-figure">
        <strong className="headline-value">{v.value}</strong> <span className="headline-caption">{v.caption}</span>
      </p>
      <p className="headline-meta">
        <ValueDate date={v.date} prefix={v.datePrefix} /> <ConfidenceBadge level={v.confidence} always />{" "}
        <SourceNote sources={sources.slice(0, 1)} />
        {more > 0 ? (
          <span className="headline-more">
            {" "}
            +{more}
            <span className="visually-hidden">{t("headline.moreSources")}</span>
          </span>
        ) : null}
      </p>
    </div>
  );
}

interface HeadlineCardProps {
  figure: HeadlineFigure;
  onOpen: (panel: PanelId, part: PanelPart) => void;
}

/** A headline figure: its values side by side, a detail line; its title opens the view it comes from. */
export function HeadlineCard({ figure: f, onOpen }: HeadlineCardProps) {
  const id = useId();
  const view = t(VIEW_NAMES[f.open.panel]);
  return (
    <article className={`headline-card headline-${f.id}`} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} className="headline-label">
        <button type="button" className="headline-open" onClick={() => onOpen(f.open.panel, f.open.part)}>
          {f.label}
          <span className="visually-hidden">{t("headline.openIn", { view })}</span>
          <span className="headline-go" aria-hidden="true">
            {" "}
            {view} ›
          </span>
        </button>
      </h3>
      {f.missing ? <p className="headline-missing">{f.missing}</p> : f.values.map((v) => <HeadlineValueRow key={`${v.date}-${v.value}`} v={v} />)}
      {f.detail ? <p className="headline-detail">{f.detail}</p> : null}
      {f.note ? <p className="headline-note">{f.note}</p> : null}
    </article>
  );
}

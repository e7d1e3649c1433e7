import { useId } from "react";
import { getSources } from "../../data/lookup";
import type { HeadlineFigure, HeadlineValue } from "../../domain/headline";
import type { PanelId, PanelPart } from "../../domain/types";
import { ConfidenceBadge } from "../../components/confidence-badge";
import { SourceNote } from "../../components/source-note";
import { ValueDate } from "../../components/value-date";
import { t } from "../../i18n/i18n";
import type { MessageKey } from "../../domain/i18n/messages-en";
import { headlineText } from "./headline-text";

const VIEW_NAMES: Record<PanelId, MessageKey> = { map: "nav.map", trade: "nav.trade", alliance: "nav.alliance", threats: "nav.threats", changes: "nav.changes" };

/** One value: the figure, what it counts, its date (or "not updated since…"), confidence and first source. */
function HeadlineValueRow({ v }: { v: HeadlineValue }) {
  const sources = getSources(v.sourceIds);
  const more = sources.length - 1;
  const prefix = v.text.datePrefix ? headlineText(v.text.datePrefix) : "";
  return (
    <div className="headline-value-row">
      <p className="headline-figure">
        <strong className="headline-value">{headlineText(v.text.value)}</strong> <span className="headline-caption">{headlineText(v.text.caption)}</span>
      </p>
      <p className="headline-meta">
        <ValueDate date={v.date} prefix={prefix} /> <ConfidenceBadge level={v.confidence} always />{" "}
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
          {headlineText(f.text.label)}
          <span className="visually-hidden">{t("headline.openIn", { view })}</span>
          <span className="headline-go" aria-hidden="true">
            {" "}
            {view} ›
          </span>
        </button>
      </h3>
      {f.text.missing ? (
        <p className="headline-missing">{headlineText(f.text.missing)}</p>
      ) : (
        f.values.map((v) => <HeadlineValueRow key={`${v.date}-${v.value}`} v={v} />)
      )}
      {f.text.detail ? <p className="headline-detail">{f.text.detail.map(headlineText).join(" · ")}</p> : null}
      {f.text.note ? <p className="headline-note">{headlineText(f.text.note)}</p> : null}
    </article>
  );
}

import { requireDataFile } from "../../data/dataset";
import { getSources } from "../../data/lookup";
import { summarizeIndicator } from "../../domain/indicator-summary";
import { ConfidenceBadge } from "../../components/confidence-badge";
import { SourceNote } from "../../components/source-note";
import { t, useActiveLang } from "../../i18n/i18n";
import { summaryWords } from "../../components/indicator-text";

/** Sourced one-line summaries of the indicators that bear on a relation or claim. */
export function IndicatorList({ ids }: { ids: readonly string[] }) {
  const indicators = requireDataFile("indicators");
  const trade = requireDataFile("trade");
  const words = useActiveLang() === "ko" ? summaryWords() : undefined;
  const items = ids.flatMap((id) => {
    const s = summarizeIndicator(id, indicators, trade, words);
    return s ? [s] : [];
  });
  if (items.length === 0) return <p className="muted">{t("details.noIndicators")}</p>;
  return (
    <ul className="indicator-list">
      {items.map((s) => (
        <li key={s.id}>
          <strong>{s.label}:</strong> {s.text} <ConfidenceBadge level={s.confidence} />{" "}
          <SourceNote sources={getSources(s.sourceIds)} />
        </li>
      ))}
    </ul>
  );
}

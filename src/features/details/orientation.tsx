import { requireDataFile } from "../../data/dataset";
import { getSources } from "../../data/lookup";
import { ConfidenceBadge } from "../../components/confidence-badge";
import { SourceNote } from "../../components/source-note";
import { t } from "../../i18n/i18n";

/** Shown when nothing is selected: how to use the map, and the article's headline claims. */
export function Orientation() {
  const claims = requireDataFile("article").records.filter((c) => c.kind !== "characterisation").slice(0, 6);
  return (
    <div className="details">
      <p className="orientation">
        <strong>{t("details.orientationLead")}</strong>
        {t("details.orientationRest")}
      </p>
      <h3>{t("details.fromArticle")}</h3>
      <ul className="claims">
        {claims.map((c) => (
          <li key={c.id}>
            <q>{c.text}</q> <ConfidenceBadge level={c.status} always /> <span className="muted">{c.check}</span>{" "}
            <SourceNote sources={getSources(c.sourceIds)} />
          </li>
        ))}
      </ul>
    </div>
  );
}

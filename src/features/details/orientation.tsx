import { requireDataFile } from "../../data/dataset";
import { getSources } from "../../data/lookup";
import { ConfidenceBadge } from "../../components/confidence-badge";
import { SourceNote } from "../../components/source-note";

/** Shown when nothing is selected: how to use the map, and the article's headline claims. */
export function Orientation() {
  const claims = requireDataFile("article").records.filter((c) => c.kind !== "characterisation").slice(0, 6);
  return (
    <div className="details">
      <p className="orientation">
        <strong>Click a country or a line</strong> on the map to see who stands with whom, since when and why.
        Every number links to its source.
      </p>
      <h3>From the article</h3>
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

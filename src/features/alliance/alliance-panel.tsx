import { requireDataFile } from "../../data/dataset";
import { getSources } from "../../data/lookup";
import { SeriesTable } from "../../components/series-table";
import { ConfidenceBadge } from "../../components/confidence-badge";
import { SourceNote } from "../../components/source-note";
import { formatDate } from "../../domain/format";

/** Alliance indicators: ROK defence budget, USFK, cost-sharing, targets, exercises, milestones. */
export function AlliancePanel() {
  const ind = requireDataFile("indicators");
  const series = ind.series.filter((s) => s.group === "alliance");
  return (
    <div className="panel-body">
      {series.map((s) => (
        <SeriesTable key={s.id} series={s} sourcesFor={getSources} />
      ))}
      <h3>Exercises</h3>
      <ul>
        {ind.exercises.map((x) => (
          <li key={x.id}>
            <strong>{x.name}</strong>: {formatDate(x.start)} – {formatDate(x.end)} {x.note}{" "}
            <ConfidenceBadge level={x.confidence} /> <SourceNote sources={getSources(x.sourceIds)} />
          </li>
        ))}
      </ul>
    </div>
  );
}

import { requireDataFile } from "../../data/dataset";
import { getSources } from "../../data/lookup";
import { SeriesTable } from "../../components/series-table";

/** Threat indicators: DPRK launches by counting method, warheads, troops in Russia, China. */
export function ThreatsPanel() {
  const ind = requireDataFile("indicators");
  const series = ind.series.filter((s) => s.group === "threat");
  return (
    <div className="panel-body">
      {series.map((s) => (
        <SeriesTable key={s.id} series={s} sourcesFor={getSources} />
      ))}
    </div>
  );
}

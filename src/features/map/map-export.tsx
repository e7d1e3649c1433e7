import type { RefObject } from "react";
import { useAppStore } from "../../store/app-store";
import { getActor } from "../../data/lookup";
import { formatDate } from "../../i18n/format";
import type { Relation } from "../../domain/schemas";
import { strengthOn } from "../../domain/graph";
import { downloadBlob, downloadCsv, svgToPng } from "../../components/export-file";

interface MapExportProps {
  mapRef: RefObject<HTMLDivElement | null>;
  relations: readonly Relation[];
}

/** Export the map as it is shown (PNG, with source line and "as of" date) and its relations as CSV. */
export function MapExport({ mapRef, relations }: MapExportProps) {
  const asOf = useAppStore((s) => s.asOf);
  const asOfText = asOf ? `As of ${formatDate(asOf)}` : "Latest data (relations in force now)";
  const source =
    "Relations and events: Alliance Atlas data compiled from the project's sourced fact sheet (see each relation's sources in the app); country shapes: world-atlas (Natural Earth 1:110m)";
  const png = async () => {
    const svg = mapRef.current?.querySelector("svg");
    if (!svg) return;
    downloadBlob("alliance-atlas-map.png", await svgToPng(svg, { title: "Alliance Atlas — who stands with whom", source, asOf: asOfText }));
  };
  const csv = () =>
    downloadCsv("alliance-atlas-relations.csv", [
      ["id", "actor_a", "actor_b", "type", "label", "start", "end", "strength", "source_ids", "as_of"],
      ...relations.map((r) => [
        r.id,
        getActor(r.a)?.name ?? r.a,
        getActor(r.b)?.name ?? r.b,
        r.type,
        r.label,
        r.start,
        r.end ?? "",
        strengthOn(r, asOf),
        r.sourceIds.join(" "),
        asOf ?? "latest",
      ]),
    ]);
  return (
    <div className="map-export">
      <button type="button" onClick={() => void png()}>
        Download map (PNG)
      </button>
      <button type="button" onClick={csv}>
        Download relations (CSV)
      </button>
    </div>
  );
}

import type { RefObject } from "react";
import { useAppStore } from "../../store/app-store";
import { getActor } from "../../data/lookup";
import { formatDate } from "../../i18n/format";
import { t } from "../../i18n/i18n";
import type { Relation } from "../../domain/schemas";
import { strengthOn } from "../../domain/graph";

interface MapExportProps {
  mapRef: RefObject<HTMLDivElement | null>;
  relations: readonly Relation[];
}

/** The export code (canvas drawing, CSV quoting) loads on the first click, not with the map. */
const exportFile = () => import("../../components/export-file");

/**
 * Export the map as it is shown (PNG, with title, source line and "as of" date, in the reader's
 * language) and its relations as CSV (English headers and names: a data file).
 */
export function MapExport({ mapRef, relations }: MapExportProps) {
  const asOf = useAppStore((s) => s.asOf);
  const png = async () => {
    // The main map's layers, bottom first: its still layer (countries) and the interactive one.
    const svg = [...(mapRef.current?.querySelectorAll<SVGSVGElement>(".map-layers > svg") ?? [])];
    if (svg.length === 0) return;
    const { downloadBlob, svgToPng } = await exportFile();
    const asOfText = asOf ? t("map.exportAsOf", { date: formatDate(asOf) }) : t("map.exportLatest");
    downloadBlob("alliance-atlas-map.png", await svgToPng(svg, { title: t("map.exportTitle"), source: t("map.exportSource"), asOf: asOfText }));
  };
  const csv = async () => {
    const { downloadCsv } = await exportFile();
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
  };
  return (
    <div className="map-export">
      <button type="button" onClick={() => void png()}>
        {t("map.exportPng")}
      </button>
      <button type="button" onClick={() => void csv()}>
        {t("map.exportCsv")}
      </button>
    </div>
  );
}

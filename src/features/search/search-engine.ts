/**
 * The search index, in its own chunk (with MiniSearch): imported by `useSearchIndex` only when the
 * box is focused or the browser is idle after the first screen, never on the first screen's path.
 */
import { buildSearchDocuments, createSearchIndexAsync, type SearchData, type SearchIndex } from "../../domain/search";
import { dataRevision, readDataFile } from "../../data/dataset";

function loadedData(): SearchData {
  const data: SearchData = {};
  // A file that is missing or failed validation contributes nothing; the others are still searched.
  for (const name of ["actors", "relations", "events", "indicators", "trade", "sources", "releases"] as const) {
    const file = readDataFile(name);
    if (file) Object.assign(data, { [name]: file });
  }
  return data;
}

export interface BuiltIndex {
  index: SearchIndex;
  /** The data revision it was built from. */
  revision: number;
}

let built: Promise<BuiltIndex> | null = null;
let builtRevision = -1;

/**
 * The index over every loaded file, after bringing in the panels' files; built once per data
 * revision (files or the schema check arriving), shared by every caller.
 */
export async function loadSearchIndex(): Promise<BuiltIndex> {
  await import("../../data/extra-data");
  const revision = dataRevision();
  if (!built || builtRevision !== revision) {
    builtRevision = revision;
    built = createSearchIndexAsync(buildSearchDocuments(loadedData())).then((index) => ({ index, revision }));
  }
  return built;
}

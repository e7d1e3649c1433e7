import { useCallback, useEffect, useState } from "react";
import type { SearchIndex } from "../../domain/search";
import { useDataRevision } from "../../store/use-data-revision";

/** Fetches the search chunk (MiniSearch and the index code) without building anything. */
const prefetch = () => void import("./search-engine");

/**
 * The search index: nothing until `load` is first called (the box is focused, or the page is idle
 * after load), then built in a lazy chunk, and built again when data files or the schema check arrive.
 */
export function useSearchIndex(): { index: SearchIndex | null; load: () => void; prefetch: () => void } {
  const revision = useDataRevision();
  const [wanted, setWanted] = useState(false);
  const [built, setBuilt] = useState<{ index: SearchIndex; revision: number } | null>(null);
  const builtRevision = built?.revision;
  useEffect(() => {
    if (!wanted || builtRevision === revision) return;
    let live = true;
    void import("./search-engine")
      .then((m) => m.loadSearchIndex())
      .then((b) => {
        if (live) setBuilt(b);
      });
    return () => {
      live = false;
    };
  }, [wanted, revision, builtRevision]);
  const load = useCallback(() => setWanted(true), []);
  return { index: built?.index ?? null, load, prefetch };
}

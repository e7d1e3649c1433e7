import type { Changes } from "../../domain/changes";
import { formatDate } from "../../i18n/format";
import { useAppStore } from "../../store/app-store";

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The view folded: what changed, in counts, and a button that opens it (?panel=changes). The full
 * view, a thousand elements and more, is built only when asked for.
 */
export function ChangesTeaser({ changes }: { changes: Changes }) {
  const setPanel = useAppStore((s) => s.setPanel);
  const { relations: r } = changes;
  const tariffs = changes.tariffs.filter((t) => t.changed).length;
  const parts = [
    count(tariffs, "sector whose US tariff or its legal basis changed", "sectors whose US tariff or its legal basis changed"),
    count(changes.events.count, "event", "events"),
    `${count(r.began.length, "relation", "relations")} began, ${r.ended.length} ended, ${r.strength.length} changed strength`,
    count(changes.lapsedClaims.length, "claim of the article no longer holds", "claims of the article no longer hold"),
  ];
  return (
    <div className="changes-teaser">
      <p>
        From {formatDate(changes.since)} to {formatDate(changes.asOf)}: {parts.join("; ")}.
      </p>
      <button type="button" className="changes-open" onClick={() => setPanel("changes")}>
        Show then and latest, side by side
      </button>
    </div>
  );
}

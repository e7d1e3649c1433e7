import type { Changes } from "../../domain/changes";
import { formatDate } from "../../i18n/format";
import { useAppStore } from "../../store/app-store";
import { t } from "../../i18n/i18n";

/**
 * The view folded: what changed, in counts, and a button that opens it (?panel=changes). The full
 * view, a thousand elements and more, is built only when asked for.
 */
export function ChangesTeaser({ changes }: { changes: Changes }) {
  const setPanel = useAppStore((s) => s.setPanel);
  const { relations: r } = changes;
  const tariffs = changes.tariffs.filter((t) => t.changed).length;
  const summary = t("changes.teaser.summary", {
    since: formatDate(changes.since),
    asOf: formatDate(changes.asOf),
    tariffs,
    events: changes.events.count,
    began: r.began.length,
    ended: r.ended.length,
    strength: r.strength.length,
    claims: changes.lapsedClaims.length,
  });
  return (
    <div className="changes-teaser">
      <p>{summary}</p>
      <button type="button" className="changes-open" onClick={() => setPanel("changes")}>
        {t("changes.teaser.open")}
      </button>
    </div>
  );
}

import { useAppStore } from "../../store/app-store";
import type { Relation } from "../../domain/schemas";
import { getActor } from "../../data/lookup";
import { formatDate } from "../../i18n/format";
import { t } from "../../i18n/i18n";

/** Relations as buttons that select the edge on the map. */
export function RelationList({ relations, label }: { relations: readonly Relation[]; label: string }) {
  const selectRelation = useAppStore((s) => s.selectRelation);
  if (relations.length === 0) return <p className="muted">{t("details.noRelations")}</p>;
  return (
    <ul className="link-list" aria-label={label}>
      {relations.map((r) => (
        <li key={r.id}>
          <button type="button" className="link-button" onClick={() => selectRelation(r.id)}>
            {getActor(r.a)?.name} – {getActor(r.b)?.name}: {r.label}
          </button>{" "}
          <span className="muted">
            {t("details.since", { date: formatDate(r.start) })}
            {r.end ? t("details.until", { date: formatDate(r.end) }) : ""}
          </span>
        </li>
      ))}
    </ul>
  );
}

import { useAppStore } from "../../store/app-store";
import type { Relation } from "../../domain/schemas";
import { getActor } from "../../data/lookup";
import { formatDate } from "../../domain/format";

/** Relations as buttons that select the edge on the map. */
export function RelationList({ relations, label }: { relations: readonly Relation[]; label: string }) {
  const selectRelation = useAppStore((s) => s.selectRelation);
  if (relations.length === 0) return <p className="muted">No relations recorded.</p>;
  return (
    <ul className="link-list" aria-label={label}>
      {relations.map((r) => (
        <li key={r.id}>
          <button type="button" className="link-button" onClick={() => selectRelation(r.id)}>
            {getActor(r.a)?.name} – {getActor(r.b)?.name}: {r.label}
          </button>{" "}
          <span className="muted">
            since {formatDate(r.start)}
            {r.end ? `, until ${formatDate(r.end)}` : ""}
          </span>
        </li>
      ))}
    </ul>
  );
}

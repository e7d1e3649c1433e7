import { useState } from "react";
import type { RelationChangeLine, RelationChanges as Lines } from "../../domain/changes";
import type { RelationChange } from "../../domain/schemas";
import { formatDate } from "../../i18n/format";
import { t } from "../../i18n/i18n";
import { getActor, getEvent, getSources } from "../../data/lookup";
import { useAppStore } from "../../store/app-store";
import { SourceNote } from "../../components/source-note";
import { ConfidenceBadge } from "../../components/confidence-badge";
import { EventLink } from "./event-link";

const STRENGTH = { 1: "changes.strength.1", 2: "changes.strength.2", 3: "changes.strength.3" } as const;

function strengthText(s: 1 | 2 | 3 | null): string {
  return t(s === null ? "changes.strength.none" : STRENGTH[s]);
}

/** A relation's dated changes, each with its events and sources. */
function Entries({ entries }: { entries: readonly RelationChange[] }) {
  return (
    <ul className="change-entries">
      {entries.map((h) => (
        <li key={`${h.date}-${h.note}`}>
          {h.strength !== undefined
            ? t("changes.entryStrength", { date: formatDate(h.date), note: h.note, strength: h.strength })
            : t("changes.entry", { date: formatDate(h.date), note: h.note })}
          <ConfidenceBadge level={h.confidence} />{" "}
          {h.eventIds.map((id) => {
            const e = getEvent(id);
            return e ? <EventLink key={id} event={e} prefix={t("changes.event")} /> : null;
          })}{" "}
          <SourceNote sources={getSources(h.sourceIds)} />
        </li>
      ))}
    </ul>
  );
}

/** The dated changes folded under a count; built when opened (a long list for some relations). */
function FoldedEntries({ entries }: { entries: readonly RelationChange[] }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="change-entries-fold" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {t("changes.entries", { count: entries.length })}
      </summary>
      {open && <Entries entries={entries} />}
    </details>
  );
}

/** One relation: a button that selects it, what changed, each dated change with its evidence. */
function RelationLine({ line, what, fold }: { line: RelationChangeLine; what: string; fold: boolean }) {
  const selectRelation = useAppStore((s) => s.selectRelation);
  const r = line.relation;
  return (
    <li data-relation-change={r.id}>
      <button type="button" className="link-button" onClick={() => selectRelation(r.id)}>
        {t("changes.relations.link", { a: getActor(r.a)?.name ?? r.a, b: getActor(r.b)?.name ?? r.b, label: r.label })}
      </button>{" "}
      <span>{what}</span>
      {line.entries.length > 0 && (fold ? <FoldedEntries entries={line.entries} /> : <Entries entries={line.entries} />)}
      <SourceNote sources={getSources(r.sourceIds)} />
    </li>
  );
}

interface GroupProps {
  title: string;
  lines: readonly RelationChangeLine[];
  what: (l: RelationChangeLine) => string;
  fold?: boolean;
}

function Group({ title, lines, what, fold = false }: GroupProps) {
  return (
    <>
      <h5>{title}</h5>
      {lines.length === 0 ? (
        <p className="muted">{t("changes.relations.none")}</p>
      ) : (
        <ul className="link-list" aria-label={title}>
          {lines.map((l) => (
            <RelationLine key={l.relation.id} line={l} what={what(l)} fold={fold} />
          ))}
        </ul>
      )}
    </>
  );
}

/** Relations that began, ended or changed strength between the two dates, then those that only changed. */
export function RelationChanges({ lines }: { lines: Lines }) {
  return (
    <section className="changes-block" aria-labelledby="changes-relations">
      <h4 id="changes-relations">{t("changes.relations.heading")}</h4>
      <Group
        title={t("changes.relations.began")}
        lines={lines.began}
        what={(l) => t("changes.relations.whatBegan", { date: formatDate(l.relation.start), strength: strengthText(l.strengthNow) })}
      />
      <Group
        title={t("changes.relations.ended")}
        lines={lines.ended}
        what={(l) => t("changes.relations.whatEnded", { date: formatDate(l.relation.end ?? ""), strength: strengthText(l.strengthThen) })}
      />
      <Group
        title={t("changes.relations.strength")}
        lines={lines.strength}
        what={(l) => t("changes.relations.whatStrength", { then: strengthText(l.strengthThen), now: strengthText(l.strengthNow) })}
      />
      <Group
        title={t("changes.relations.noted")}
        lines={lines.noted}
        what={(l) => t("changes.relations.whatStill", { strength: strengthText(l.strengthNow) })}
        fold
      />
    </section>
  );
}

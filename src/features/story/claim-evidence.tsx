import { requireDataFile } from "../../data/dataset";
import { getActor, getEvent, getRelation, getSources } from "../../data/lookup";
import { useAppStore } from "../../store/app-store";
import { summarizeIndicator } from "../../domain/indicator-summary";
import { formatDate } from "../../i18n/format";
import type { ArticleClaim } from "../../domain/schemas";
import { ConfidenceBadge } from "../../components/confidence-badge";
import { SourceNote } from "../../components/source-note";

const STATUS_TEXT = { verified: "checked", secondary: "partly supported", unverified: "not confirmed" } as const;

/** One claim of the article: its words, what the fact sheet found, and links to the evidence. */
export function ClaimEvidence({ claim }: { claim: ArticleClaim }) {
  const selectEvent = useAppStore((s) => s.selectEvent);
  const selectRelation = useAppStore((s) => s.selectRelation);
  const indicators = requireDataFile("indicators");
  const trade = requireDataFile("trade");
  return (
    <li className="claim" data-claim={claim.id}>
      <p>
        <q>{claim.text}</q> <ConfidenceBadge level={claim.status} always />
        <span className="visually-hidden"> ({STATUS_TEXT[claim.status]})</span>
      </p>
      <p className="muted">{claim.check}</p>
      <ul className="evidence" aria-label="Evidence">
        {claim.eventIds.map((id) => {
          const e = getEvent(id);
          return e ? (
            <li key={id}>
              <button type="button" className="link-button" onClick={() => selectEvent(id)}>
                Event: {formatDate(e.date)} · {e.title}
              </button>
            </li>
          ) : null;
        })}
        {claim.relationIds.map((id) => {
          const r = getRelation(id);
          return r ? (
            <li key={id}>
              <button type="button" className="link-button" onClick={() => selectRelation(id)}>
                Relation: {getActor(r.a)?.name} – {getActor(r.b)?.name}: {r.label}
              </button>
            </li>
          ) : null;
        })}
        {claim.indicatorIds.map((id) => {
          const s = summarizeIndicator(id, indicators, trade);
          return s ? (
            <li key={id}>
              Indicator: <strong>{s.label}</strong> — {s.text} <SourceNote sources={getSources(s.sourceIds)} />
            </li>
          ) : null;
        })}
      </ul>
      <SourceNote sources={getSources(claim.sourceIds)} />
    </li>
  );
}

import { requireDataFile } from "../../data/dataset";
import { getActor, getEvent, getRelation, getSources } from "../../data/lookup";
import { useAppStore } from "../../store/app-store";
import { summarizeIndicator } from "../../domain/indicator-summary";
import { formatDate } from "../../i18n/format";
import { t, useActiveLang } from "../../i18n/i18n";
import { summaryWords } from "../../components/indicator-text";
import { englishQuote } from "../../domain/story";
import { englishOriginal } from "../../data/localized-data";
import type { ArticleClaim } from "../../domain/schemas";
import { ConfidenceBadge } from "../../components/confidence-badge";
import { SourceNote } from "../../components/source-note";

const STATUS_TEXT = { verified: "story.status.verified", secondary: "story.status.secondary", unverified: "story.status.unverified" } as const;

/** One claim of the article: its words, what the fact sheet found, and links to the evidence. */
export function ClaimEvidence({ claim }: { claim: ArticleClaim }) {
  const selectEvent = useAppStore((s) => s.selectEvent);
  const selectRelation = useAppStore((s) => s.selectRelation);
  const indicators = requireDataFile("indicators");
  const trade = requireDataFile("trade");
  const words = useActiveLang() === "ko" ? summaryWords() : undefined;
  const original = englishQuote(claim, englishOriginal("article", requireDataFile("article"))?.records ?? null);
  return (
    <li className="claim" data-claim={claim.id}>
      <p>
        {original === null ? (
          <q>{claim.text}</q>
        ) : (
          // A quote of the article stays in English; the Korean beside it is labelled as a translation.
          <>
            <q lang="en">{original}</q>{" "}
            <span className="quote-translation">
              <span className="badge badge-original">{t("story.translation")}</span> <q>{claim.text}</q>
            </span>
          </>
        )}{" "}
        <ConfidenceBadge level={claim.status} always />
        <span className="visually-hidden"> ({t(STATUS_TEXT[claim.status])})</span>
      </p>
      <p className="muted">{claim.check}</p>
      <ul className="evidence" aria-label={t("story.evidence")}>
        {claim.eventIds.map((id) => {
          const e = getEvent(id);
          return e ? (
            <li key={id}>
              <button type="button" className="link-button" onClick={() => selectEvent(id)}>
                {t("story.evidence.event", { date: formatDate(e.date), title: e.title })}
              </button>
            </li>
          ) : null;
        })}
        {claim.relationIds.map((id) => {
          const r = getRelation(id);
          return r ? (
            <li key={id}>
              <button type="button" className="link-button" onClick={() => selectRelation(id)}>
                {t("story.evidence.relation", { a: getActor(r.a)?.name ?? r.a, b: getActor(r.b)?.name ?? r.b, label: r.label })}
              </button>
            </li>
          ) : null;
        })}
        {claim.indicatorIds.map((id) => {
          const s = summarizeIndicator(id, indicators, trade, words);
          return s ? (
            <li key={id}>
              {t("story.evidence.indicator")} <strong>{s.label}</strong> — {s.text} <SourceNote sources={getSources(s.sourceIds)} />
            </li>
          ) : null;
        })}
      </ul>
      <SourceNote sources={getSources(claim.sourceIds)} />
    </li>
  );
}

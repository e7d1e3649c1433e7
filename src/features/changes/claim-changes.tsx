import type { LapsedClaim } from "../../domain/changes";
import { formatDate } from "../../i18n/format";
import { t } from "../../i18n/i18n";
import { englishQuote } from "../../domain/story";
import { requireDataFile } from "../../data/dataset";
import { englishOriginal } from "../../data/localized-data";
import type { IsoDate } from "../../domain/types";
import { getEvent, getSources } from "../../data/lookup";
import { SourceNote } from "../../components/source-note";
import { EventLink } from "./event-link";

/** The seed article's claims that no longer hold, marked as such, each with what replaced it and its evidence. */
export function ClaimChanges({ claims, since }: { claims: readonly LapsedClaim[]; since: IsoDate }) {
  const english = englishOriginal("article", requireDataFile("article"))?.records ?? null;
  return (
    <section className="changes-block" aria-labelledby="changes-claims">
      <h4 id="changes-claims">{t("changes.claims.heading")}</h4>
      {claims.length === 0 ? (
        <p className="muted">{t("changes.claims.none")}</p>
      ) : (
        <ul className="claims">
          {claims.map(({ claim, lapsed, before }) => {
            const original = englishQuote(claim, english);
            return (
              <li key={claim.id} className="claim claim-lapsed" data-claim={claim.id}>
                <p>
                  <span className="lapsed-mark">{t("changes.claims.mark")}</span>{" "}
                  {original === null ? (
                    <s>{claim.text}</s>
                  ) : (
                    <>
                      <s lang="en">{original}</s>{" "}
                      <span className="quote-translation">
                        <span className="badge badge-original">{t("changes.translation")}</span> <s>{claim.text}</s>
                      </span>
                    </>
                  )}
                </p>
                <p>
                  {before
                    ? t("changes.claims.alreadyBy", { since: formatDate(since), date: formatDate(lapsed.date), note: lapsed.note })
                    : t("changes.claims.since", { date: formatDate(lapsed.date), note: lapsed.note })}
                </p>
                {lapsed.eventIds.map((id) => {
                  const e = getEvent(id);
                  return e ? <EventLink key={id} event={e} prefix={t("changes.event")} /> : null;
                })}{" "}
                <SourceNote sources={getSources(lapsed.sourceIds)} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

import type { LapsedClaim } from "../../domain/changes";
import { formatDate } from "../../i18n/format";
import type { IsoDate } from "../../domain/types";
import { getEvent, getSources } from "../../data/lookup";
import { SourceNote } from "../../components/source-note";
import { EventLink } from "./event-link";

/** The seed article's claims that no longer hold, marked as such, each with what replaced it and its evidence. */
export function ClaimChanges({ claims, since }: { claims: readonly LapsedClaim[]; since: IsoDate }) {
  return (
    <section className="changes-block" aria-labelledby="changes-claims">
      <h4 id="changes-claims">The article's claims that no longer hold</h4>
      {claims.length === 0 ? (
        <p className="muted">None of the article's claims is recorded as no longer holding.</p>
      ) : (
        <ul className="claims">
          {claims.map(({ claim, lapsed, before }) => (
            <li key={claim.id} className="claim claim-lapsed" data-claim={claim.id}>
              <p>
                <span className="lapsed-mark">No longer holds</span> <s>{claim.text}</s>
              </p>
              <p>
                {before ? `Already by ${formatDate(since)} (since ${formatDate(lapsed.date)})` : `Since ${formatDate(lapsed.date)}`}: {lapsed.note}
              </p>
              {lapsed.eventIds.map((id) => {
                const e = getEvent(id);
                return e ? <EventLink key={id} event={e} prefix="Event" /> : null;
              })}{" "}
              <SourceNote sources={getSources(lapsed.sourceIds)} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

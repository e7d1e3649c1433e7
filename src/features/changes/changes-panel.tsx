import { useMemo, useState } from "react";
import { readDataFile, requireDataFile } from "../../data/dataset";
import { getSources } from "../../data/lookup";
import { urlVocabulary } from "../../data/url-vocabulary";
import { currentDataAsOf } from "../../data/data-status";
import { useAppStore } from "../../store/app-store";
import { computeChanges, resolveSince, type Changes } from "../../domain/changes";
import type { PendingItem } from "../../domain/schemas";
import { formatDate } from "../../domain/format";
import { useDataAsOf } from "../../components/data-as-of";
import { PendingList } from "../../components/pending-list";
import { SincePicker } from "./since-picker";
import { TariffChanges } from "./tariff-changes";
import { IndicatorChanges } from "./indicator-changes";
import { RelationChanges } from "./relation-changes";
import { EventChanges } from "./event-changes";
import { ClaimChanges } from "./claim-changes";
import { ChangesTeaser } from "./changes-teaser";

/**
 * "What changed since …" (?panel=changes&since=YYYY-MM-DD): then and latest side by side, each line
 * one click from its sources. The date defaults to the summit and is kept in the URL. Until the view
 * is first opened (the panel is "changes"), it is folded to its counts; once opened it stays open, so
 * following one of its links to another panel (a tariff event opens Trade) keeps it for Back.
 */
export function ChangesPanel() {
  const sinceParam = useAppStore((s) => s.since);
  const asked = useAppStore((s) => s.panel === "changes");
  const [open, setOpen] = useState(asked);
  if (asked && !open) setOpen(true);
  const provided = useDataAsOf();
  const relations = requireDataFile("relations");
  const events = requireDataFile("events");
  const trade = requireDataFile("trade");
  const indicators = requireDataFile("indicators");
  const article = requireDataFile("article");
  const pending = readDataFile("releases")?.pending ?? [];
  const data = useMemo(() => ({ relations, events, trade, indicators, article }), [relations, events, trade, indicators, article]);
  const vocab = useMemo(() => urlVocabulary(), []);
  // The app provides the data's "as of"; rendered alone (tests), the view reads it itself.
  const asOf = provided ?? currentDataAsOf() ?? vocab.maxDate;
  const max = vocab.maxDate < asOf ? vocab.maxDate : asOf;
  const since = resolveSince(sinceParam, vocab.minDate, max);
  const changes = useMemo(() => computeChanges(data, since, asOf), [data, since, asOf]);
  return (
    <div className="changes-panel">
      <h3>What changed since {formatDate(since)}</h3>
      <p className="muted">
        Then and latest, side by side: the data on {formatDate(since)} and the latest (data as of {formatDate(asOf)}).
        Each line links to its sources; events open in the timeline.
      </p>
      <SincePicker since={since} min={vocab.minDate} max={max} />
      {open ? <FullView changes={changes} pending={pending} /> : <ChangesTeaser changes={changes} />}
    </div>
  );
}

function FullView({ changes, pending }: { changes: Changes; pending: readonly PendingItem[] }) {
  const { since, asOf } = changes;
  return (
    <>
      <TariffChanges rows={changes.tariffs} since={since} asOf={asOf} />
      <IndicatorChanges rows={changes.indicators} since={since} asOf={asOf} />
      <RelationChanges lines={changes.relations} />
      <EventChanges events={changes.events} since={since} asOf={asOf} />
      <ClaimChanges claims={changes.lapsedClaims} since={since} />
      <PendingList items={pending} sourcesFor={getSources} heading="Still open: not found in the sources" headingLevel={4} />
    </>
  );
}

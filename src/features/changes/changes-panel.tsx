import { useMemo, useState } from "react";
import { readDataFile, requireDataFile } from "../../data/dataset";
import { getSources } from "../../data/lookup";
import { urlVocabulary } from "../../data/url-vocabulary";
import { currentDataAsOf } from "../../data/data-status";
import { useAppStore } from "../../store/app-store";
import { computeChanges, resolveSince, type Changes } from "../../domain/changes";
import type { PendingItem } from "../../domain/schemas";
import { formatDate } from "../../i18n/format";
import { t } from "../../i18n/i18n";
import type { PanelMessageKey } from "../../domain/i18n/panel-keys";
import { useDataAsOf } from "../../components/data-as-of";
import { PendingList } from "../../components/pending-list";
import { SincePicker } from "./since-picker";
import { TariffChanges } from "./tariff-changes";
import { IndicatorChanges } from "./indicator-changes";
import { RelationChanges } from "./relation-changes";
import { EventChanges } from "./event-changes";
import { ClaimChanges } from "./claim-changes";
import { ChangesTeaser } from "./changes-teaser";
import { SubTabs } from "../../components/sub-tabs";
import { isPartOf } from "../../domain/panel-parts";
import { PANEL_PARTS, type PanelPart } from "../../domain/types";

type ChangesPart = PanelPart<"changes">;
const PART_LABELS: Record<ChangesPart, PanelMessageKey> = {
  tariffs: "changes.part.tariffs",
  indicators: "changes.part.indicators",
  relations: "changes.part.relations",
  open: "changes.part.open",
};

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
  const chosen = useAppStore((s) => s.panelPart);
  const setPart = useAppStore((s) => s.setPanelPart);
  const part: ChangesPart = isPartOf("changes", chosen) ? chosen : "tariffs";
  return (
    <div className="changes-panel">
      <h3>{t("changes.heading", { date: formatDate(since) })}</h3>
      <p className="muted">{t("changes.intro", { since: formatDate(since), asOf: formatDate(asOf) })}</p>
      <SincePicker since={since} min={vocab.minDate} max={max} />
      {open ? (
        <SubTabs label={t("changes.parts")} tabs={tabs()} current={part} onSelect={setPart}>
          <FullView changes={changes} pending={pending} part={part} />
        </SubTabs>
      ) : (
        <ChangesTeaser changes={changes} />
      )}
    </div>
  );
}

/** The sub-tabs, labelled in the active language (read at render time). */
const tabs = () => PANEL_PARTS.changes.map((id) => ({ id, label: t(PART_LABELS[id]) }));

/** One part of the view at a time (?part=): the whole is eight screens long. */
function FullView({ changes, pending, part }: { changes: Changes; pending: readonly PendingItem[]; part: ChangesPart }) {
  const { since, asOf } = changes;
  if (part === "tariffs") return <TariffChanges rows={changes.tariffs} since={since} asOf={asOf} />;
  if (part === "indicators") return <IndicatorChanges rows={changes.indicators} since={since} asOf={asOf} />;
  if (part === "relations")
    return (
      <>
        <RelationChanges lines={changes.relations} />
        <EventChanges events={changes.events} since={since} asOf={asOf} />
      </>
    );
  return (
    <>
      <ClaimChanges claims={changes.lapsedClaims} since={since} />
      <PendingList items={pending} sourcesFor={getSources} heading={t("changes.stillOpen")} headingLevel={4} />
    </>
  );
}

import { PendingList } from "../../components/pending-list";
import { readDataFile } from "../../data/dataset";
import { getSources } from "../../data/lookup";
import { t } from "../../i18n/i18n";

/** What the sources leave open on trade (releases.json `pending`, topic "trade"); nothing when the file is missing or damaged. */
export function TradePending() {
  const items = (readDataFile("releases")?.pending ?? []).filter((p) => p.topic === "trade");
  return <PendingList items={items} sourcesFor={getSources} heading={t("trade.pending.heading")} headingLevel={3} />;
}

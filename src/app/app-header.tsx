import { readDataFile } from "../data/dataset";
import { formatDate } from "../domain/format";

/** What the app is, and how current its data is. */
export function AppHeader() {
  const events = readDataFile("events");
  const latest = events?.records.reduce((m, e) => (e.date > m ? e.date : m), "");
  return (
    <header className="app-header">
      <h1>Alliance Atlas</h1>
      <p className="subtitle">
        US–South Korea relations in their regional setting: who stands with whom, what happened when, and what a
        tariff change costs whom.
      </p>
      <p className="as-of">
        Data as of {latest ? formatDate(latest) : "unknown"}
        {events ? ` · compiled ${formatDate(events.meta.retrieved)}` : ""}
      </p>
    </header>
  );
}

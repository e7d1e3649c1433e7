import { currentCompiledDate, currentDataAsOf, currentDataVersion } from "../data/data-status";
import { formatDate } from "../domain/format";
import { WhatsNew } from "./whats-new";
import { SearchBox } from "../features/search/search-box";
import { whenMapReady } from "./map-ready";

/** What the app is, how current its data is (the newest sourced item), and what changed in it. */
export function AppHeader() {
  const latest = currentDataAsOf();
  const compiled = currentCompiledDate();
  const version = currentDataVersion();
  return (
    <header className="app-header">
      <h1>Alliance Atlas</h1>
      <SearchBox prefetchAfter={whenMapReady} />
      <p className="subtitle">
        US–South Korea relations in their regional setting: who stands with whom, what happened when, and what a
        tariff change costs whom.
      </p>
      <div className="header-status">
        <p className="as-of">
          Data as of {latest ? formatDate(latest) : "unknown"}
          {compiled ? ` · compiled ${formatDate(compiled)}` : ""}
          {version ? ` · data version ${version}` : ""}
        </p>
        <p className="as-of as-of-note">
          The sources found for 2026 thin out after that date: an empty stretch is a gap in the sources, not a quiet
          period.
        </p>
        <WhatsNew />
      </div>
    </header>
  );
}

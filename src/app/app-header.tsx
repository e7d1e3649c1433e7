import { currentCompiledDate, currentDataAsOf, currentDataVersion } from "../data/data-status";
import { formatDate } from "../i18n/format";
import { WhatsNew } from "./whats-new";
import { SearchBox } from "../features/search/search-box";
import { whenMapReady } from "./map-ready";
import { t } from "../i18n/i18n";
import { LanguageSwitch } from "./language-switch";

/** What the app is, how current its data is (the newest sourced item), and what changed in it. */
export function AppHeader() {
  const latest = currentDataAsOf();
  const compiled = currentCompiledDate();
  const version = currentDataVersion();
  return (
    <header className="app-header">
      <h1>{t("app.title")}</h1>
      <SearchBox prefetchAfter={whenMapReady} />
      <p className="subtitle">
        {t("app.subtitle")}
      </p>
      <div className="header-status">
        <p className="as-of">
          {latest ? t("app.dataAsOf", { date: formatDate(latest) }) : t("app.dataAsOfUnknown")}
          {compiled ? t("app.compiled", { date: formatDate(compiled) }) : ""}
          {version ? t("app.dataVersion", { version }) : ""}
        </p>
        <p className="as-of as-of-note">
          {t("app.sourcesThin")}
        </p>
        <WhatsNew />
        <LanguageSwitch />
      </div>
    </header>
  );
}

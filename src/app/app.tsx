import { Fragment, useEffect, useRef } from "react";
import { Notices } from "../components/notices";
import { DataAsOfContext } from "../components/data-as-of";
import { currentDataAsOf } from "../data/data-status";
import { useAppStore } from "../store/app-store";
import { useDataRevision } from "../store/use-data-revision";
import { AppHeader } from "./app-header";
import { PanelNav } from "./panel-nav";
import { UpdatePrompt } from "./update-prompt";
import { noteFirstScreen } from "./map-ready";
import { ScreenOf, StoryScreen, type ViewId } from "./views";
import { t, useActiveLang } from "../i18n/i18n";

/** A new view starts at its top (the one left may have been scrolled far down). */
function useScrollTopOnViewChange(view: string): void {
  const last = useRef(view);
  useEffect(() => {
    if (last.current === view) return;
    last.current = view;
    window.scrollTo?.(0, 0);
  }, [view]);
}

/**
 * The only place features are put together. One view at a time fills the screen (?panel=, or the
 * guided story, ?story=); views not shown are not rendered.
 */
export function App() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  const clear = useAppStore((s) => s.clearSelection);
  const panel = useAppStore((s) => s.panel);
  const view: ViewId = useAppStore((s) => (s.storyStep !== null ? "story" : s.panel));
  // Only a first screen that shows the map has a map-ready mark for the panels to wait for.
  noteFirstScreen(panel === "map");
  useScrollTopOnViewChange(view);
  // The header and the map draw the bundled files before the schema check has loaded: redraw them
  // when it arrives (a file that failed then shows its error card with the precise problems).
  const dataRevision = useDataRevision();
  // Every dated value compares itself with the data's "as of" (the newest sourced item) to say
  // "not updated since…". A string: it changes (and redraws those values) only when files arrive.
  const dataAsOf = currentDataAsOf();
  // Everything is drawn again in a new language (memoised parts and hidden profiles included).
  const lang = useActiveLang();

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT")) return;
      clear();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [clear]);

  return (
    <DataAsOfContext value={dataAsOf}>
      <Fragment key={lang}>
        <a className="skip-link" href="#main">
          {t("app.skip")}
        </a>
        <AppHeader />
        <UpdatePrompt />
        <Notices notices={notices} onDismiss={dismiss} />
        <PanelNav />
        <main className={`layout view-${view}`} id="main" tabIndex={-1}>
          {view === "story" ? <StoryScreen panel={panel} dataRevision={dataRevision} /> : <ScreenOf panel={panel} dataRevision={dataRevision} />}
        </main>
      </Fragment>
    </DataAsOfContext>
  );
}

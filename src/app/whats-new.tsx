import { lazy, Suspense, useId, useState } from "react";
import { readDataFile } from "../data/dataset";
import { t } from "../i18n/i18n";

/** The list's code loads when the list is first opened; if it cannot be fetched, the panel says so. */
const ReleaseList = lazy(() =>
  import("./release-list").then(
    (m) => ({ default: m.ReleaseList }),
    () => ({ default: NotLoaded }),
  ),
);

function NotLoaded() {
  return <p className="muted">{t("whatsNew.notLoaded")}</p>;
}

/**
 * "What's new in the data": a disclosure in the header listing every release, newest first, with
 * the records each one added, changed or corrected, file by file. The changelog (releases.json)
 * arrives with the panels' data; until then the panel says so.
 */
export function WhatsNew() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const file = open ? readDataFile("releases") : null;
  return (
    <div className="whats-new">
      <button type="button" className="whats-new-toggle" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((v) => !v)}>
        {t("whatsNew.toggle")}
      </button>
      <section id={panelId} className="whats-new-panel" aria-labelledby={`${panelId}-title`} hidden={!open}>
        <h2 id={`${panelId}-title`} className="whats-new-title">
          {t("whatsNew.toggle")}
        </h2>
        {open &&
          (file ? (
            <Suspense fallback={<p className="muted">{t("loading.generic")}</p>}>
              <ReleaseList releases={file.releases} current={file.version} />
            </Suspense>
          ) : (
            <p className="muted">{t("whatsNew.notLoaded")}</p>
          ))}
      </section>
    </div>
  );
}

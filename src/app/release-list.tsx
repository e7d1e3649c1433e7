/**
 * The releases of "What's new in the data" (whats-new.tsx), newest first, with the records each one
 * added, changed or corrected, file by file. A chunk of its own, loaded when the list is opened.
 */
import { formatDate } from "../i18n/format";
import type { Release, ReleaseChange } from "../domain/schemas";
import { t } from "../i18n/i18n";

const KINDS = [
  ["added", "whatsNew.added"],
  ["changed", "whatsNew.changed"],
  ["corrected", "whatsNew.corrected"],
] as const;

/** Releases newest first (by date, then version). */
function newestFirst(releases: readonly Release[]): Release[] {
  return [...releases].sort((a, b) => (a.date === b.date ? b.version.localeCompare(a.version) : b.date < a.date ? -1 : 1));
}

/** Up to this many ids are listed inline; a longer list is folded under "N records". */
const INLINE_IDS = 12;

function IdList({ ids }: { ids: readonly string[] }) {
  return ids.map((id, i) => (
    <span key={id}>
      {i > 0 ? ", " : ""}
      <code>{id}</code>
    </span>
  ));
}

function ChangeLine({ change }: { change: ReleaseChange }) {
  const n = change.ids.length;
  const count = t("whatsNew.records", { count: n });
  return (
    <li>
      <code>{change.file}</code>: {change.note}
      {n > 0 && n <= INLINE_IDS && (
        <span className="release-ids">
          {" "}
          ({count}: <IdList ids={change.ids} />)
        </span>
      )}
      {n > INLINE_IDS && (
        <details className="release-ids">
          <summary>{count}</summary>
          <IdList ids={change.ids} />
        </details>
      )}
    </li>
  );
}

function ReleaseEntry({ release, current }: { release: Release; current: boolean }) {
  return (
    <li className="release">
      <h3 className="release-title">
        {t("whatsNew.version", { version: release.version, date: formatDate(release.date) })}
        {current ? t("whatsNew.current") : ""}
      </h3>
      <p>{release.summary}</p>
      {KINDS.map(([kind, label]) =>
        release[kind].length > 0 ? (
          <div key={kind}>
            <h4 className="release-kind">{t(label)}</h4>
            <ul>
              {release[kind].map((c, i) => (
                <ChangeLine key={`${c.file}-${i}`} change={c} />
              ))}
            </ul>
          </div>
        ) : null,
      )}
    </li>
  );
}

/** Every release, newest first; `current` is the version of the data loaded. */
export function ReleaseList({ releases, current }: { releases: readonly Release[]; current: string }) {
  return (
    <ol className="releases">
      {newestFirst(releases).map((r) => (
        <ReleaseEntry key={r.version} release={r} current={r.version === current} />
      ))}
    </ol>
  );
}

import { t, type MessageValues } from "../i18n/i18n";
import type { MessageKey } from "../domain/i18n/messages-en";
import type { PanelMessageKey } from "../domain/i18n/panel-keys";

/**
 * A notice's text: a message and its values, put in words when shown (so a notice raised while the
 * page loads reads in the language the reader sees), or plain text (data-check details).
 */
export type NoticeText = string | { key: MessageKey | PanelMessageKey; values?: MessageValues };

/** A notice as the store keeps it (declared here so components do not import the store). */
export interface Notice {
  id: number;
  text: NoticeText;
  details?: NoticeText[];
}

/** A notice text in words, in the active language. */
export const noticeText = (x: NoticeText): string => (typeof x === "string" ? x : t(x.key, x.values));

interface NoticesProps {
  notices: readonly Notice[];
  onDismiss: (id: number) => void;
}

/** Dismissible notices (bad link parameters, recovered saved data), announced politely. */
export function Notices({ notices, onDismiss }: NoticesProps) {
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className="notice">
          <p>{noticeText(n.text)}</p>
          {n.details && n.details.length > 0 && (
            <ul>
              {n.details.slice(0, 8).map((d, i) => (
                <li key={i}>{noticeText(d)}</li>
              ))}
            </ul>
          )}
          <button type="button" onClick={() => onDismiss(n.id)} aria-label={t("notice.dismissLabel")}>
            {t("notice.dismiss")}
          </button>
        </div>
      ))}
    </div>
  );
}

import { t } from "../i18n/i18n";
/** A notice as the store keeps it (declared here so components do not import the store). */
export interface Notice {
  id: number;
  text: string;
  details?: string[];
}

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
          <p>{n.text}</p>
          {n.details && n.details.length > 0 && (
            <ul>
              {n.details.slice(0, 8).map((d, i) => (
                <li key={i}>{d}</li>
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

import { formatDate } from "../i18n/format";
import { isStale } from "../domain/freshness";
import { useDataAsOf } from "./data-as-of";
import { t } from "../i18n/i18n";

interface StaleBadgeProps {
  /** The value's date: YYYY, YYYY-MM or YYYY-MM-DD (a period counts as its last day). */
  date: string;
  /** The data's "as of" date; defaults to the one the app provides. */
  asOf?: string | null;
}

/** "not updated since <date>" when the value is more than six months older than the data's "as of". */
export function StaleBadge({ date, asOf }: StaleBadgeProps) {
  const provided = useDataAsOf();
  const ref = asOf === undefined ? provided : asOf;
  if (!ref || !isStale(date, ref)) return null;
  return (
    <span className="badge badge-stale" title={t("date.staleTitle", { date: formatDate(ref) })}>
      {t("date.notUpdatedSince", { date: formatDate(date) })}
    </span>
  );
}

import { formatDate } from "../i18n/format";
import { isStale } from "../domain/freshness";
import { useDataAsOf } from "./data-as-of";
import { StaleBadge } from "./stale-badge";
import { t } from "../i18n/i18n";

interface ValueDateProps {
  /** The value's date: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  /** Words before the date, default "as of". */
  prefix?: string;
  /** What the value is, for a line that dates several series ("Japan MoD: 2025"). */
  label?: string;
}

/**
 * The date a value refers to ("as of Feb 2026"); when it is stale, the "not updated since <date>"
 * badge instead, which names the date itself.
 */
export function ValueDate({ date, prefix = t("date.asOf"), label }: ValueDateProps) {
  const asOf = useDataAsOf();
  const stale = asOf !== null && isStale(date, asOf);
  return (
    <span className="value-date">
      {label ? `${label}: ` : ""}
      {stale ? (
        <StaleBadge date={date} asOf={asOf} />
      ) : (
        <>
          {prefix ? `${prefix} ` : ""}
          <time dateTime={date}>{formatDate(date)}</time>
        </>
      )}
    </span>
  );
}

import { useId } from "react";
import { useAppStore } from "../../store/app-store";
import { isRealIsoDate } from "../../domain/dates";
import { SUMMIT_DATE } from "../../domain/changes";
import { formatDate } from "../../i18n/format";
import { t } from "../../i18n/i18n";
import type { IsoDate } from "../../domain/types";

interface SincePickerProps {
  since: IsoDate;
  min: IsoDate;
  max: IsoDate;
}

/** Picks the "since" date (any day in the data's range); a button goes back to the summit. */
export function SincePicker({ since, min, max }: SincePickerProps) {
  const setSince = useAppStore((s) => s.setSince);
  const id = useId();
  const onChange = (value: string) => {
    if (!isRealIsoDate(value)) return;
    setSince(value < min ? min : value > max ? max : value);
  };
  return (
    <div className="since-picker">
      <label htmlFor={id}>{t("changes.since.label")}</label>{" "}
      <input id={id} type="date" value={since} min={min} max={max} onChange={(e) => onChange(e.target.value)} />{" "}
      <button type="button" onClick={() => setSince(null)} disabled={since === SUMMIT_DATE}>
        {t("changes.since.summit", { date: formatDate(SUMMIT_DATE) })}
      </button>
    </div>
  );
}

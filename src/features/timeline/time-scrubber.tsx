import { useEffect, useState, memo } from "react";
import { useAppStore } from "../../store/app-store";
import { formatDate } from "../../i18n/format";
import { monthIndex, monthStart } from "../../domain/timeline";
import type { IsoDate } from "../../domain/types";
import { t } from "../../i18n/i18n";

interface TimeScrubberProps {
  min: IsoDate;
  max: IsoDate;
}

/**
 * The app-wide "as of" date: a month slider (arrow keys step a month, Home/End jump) whose last
 * position is "latest", and play/pause that steps month by month.
 */
export const TimeScrubber = memo(function TimeScrubber({ min, max }: TimeScrubberProps) {
  const asOf = useAppStore((s) => s.asOf);
  const setAsOf = useAppStore((s) => s.setAsOf);
  const [playing, setPlaying] = useState(false);
  const first = monthIndex(min);
  const latest = monthIndex(max) + 1; // one past the last month = "latest"
  const value = asOf === null ? latest : Math.min(latest, Math.max(first, monthIndex(asOf)));
  const label = asOf === null ? t("timeline.latestAll") : formatDate(asOf);

  useEffect(() => {
    if (!playing) return;
    const id = window.setInterval(() => {
      const s = useAppStore.getState();
      const cur = s.asOf === null ? first - 1 : monthIndex(s.asOf);
      const next = cur + 1;
      if (next >= latest) {
        s.setAsOf(null);
        setPlaying(false);
      } else s.setAsOf(monthStart(next));
    }, 700);
    return () => window.clearInterval(id);
  }, [playing, first, latest]);

  return (
    <div className="scrubber">
      <label htmlFor="as-of-slider" className="scrubber-label">
        {t("timeline.asOf")} <strong>{label}</strong>
      </label>
      <input
        id="as-of-slider"
        type="range"
        min={first}
        max={latest}
        step={1}
        value={value}
        aria-valuetext={label}
        onChange={(e) => {
          const v = Number(e.target.value);
          setAsOf(v >= latest ? null : monthStart(v));
        }}
      />
      <button type="button" onClick={() => setPlaying((p) => !p)} aria-pressed={playing}>
        {playing ? t("timeline.pause") : t("timeline.play")}
      </button>
      <button type="button" onClick={() => setAsOf(null)} disabled={asOf === null}>
        {t("timeline.latest")}
      </button>
    </div>
  );
});

import { useMemo } from "react";
import { requireDataFile } from "../../data/dataset";
import { currentCompiledDate } from "../../data/data-status";
import { selectHeadline } from "../../domain/headline";
import { useAppStore } from "../../store/app-store";
import { useDataAsOf } from "../../components/data-as-of";
import { HeadlineCard } from "./headline-card";
import { t } from "../../i18n/i18n";

/**
 * The headline figures of the first screen (domain/headline.ts), as they stood on the data's "as of"
 * date: each with its date, confidence and source, and a button that opens the view it comes from.
 */
export function HeadlineStrip() {
  const trade = requireDataFile("trade");
  const indicators = requireDataFile("indicators");
  const asOf = useDataAsOf();
  const today = currentCompiledDate();
  const setPanel = useAppStore((s) => s.setPanel);
  const figures = useMemo(
    () => (asOf && today ? selectHeadline({ trade, indicators, asOf, today }) : []),
    [trade, indicators, asOf, today],
  );
  if (figures.length === 0) return <p className="muted">{t("headline.noDate")}</p>;
  return (
    <div className="headline-cards">
      {figures.map((f) => (
        <HeadlineCard key={f.id} figure={f} onOpen={setPanel} />
      ))}
    </div>
  );
}

import { useId } from "react";
import { SeriesTable } from "../../components/series-table";
import { getSources } from "../../data/lookup";
import type { TradeFile } from "../../domain/schemas";
import { GoodsTradeChart } from "./goods-trade-chart";
import { MonthlyExportsChart } from "./monthly-exports-chart";
import { SectorBaselines } from "./sector-baselines";
import { SectorExportsChart } from "./sector-exports-chart";
import { t } from "../../i18n/i18n";

/**
 * US–Korea trade overview, in two parts of the Trade view: "flows", goods trade by year on both bases,
 * Korea's monthly exports and every series; "sectors", exports to the US by sector (2024–2025, Korean
 * basis, then the model's 2024 US-basis baselines). The tariff timeline is in the "tariffs" part
 * (trade-panel.tsx).
 */
export function TradeOverview({ trade, part }: { trade: TradeFile; part: "flows" | "sectors" }) {
  const id = useId();
  if (part === "sectors")
    return (
      <section className="trade-overview">
        <h3 id={`${id}-h`}>{t("trade.overview.sectorsHeading")}</h3>
        <SectorExportsChart allSeries={trade.series} />
        <SectorBaselines sectors={trade.sectors} />
      </section>
    );
  return (
    <section className="trade-overview">
      <h3 id={`${id}-h`}>{t("trade.overview.heading")}</h3>
      <GoodsTradeChart allSeries={trade.series} />
      <MonthlyExportsChart allSeries={trade.series} />
      <details className="all-series">
        <summary>{t("trade.overview.allSeries", { count: trade.series.length })}</summary>
        {trade.series.map((s) => (
          <SeriesTable key={s.id} series={s} sourcesFor={getSources} />
        ))}
      </details>
    </section>
  );
}

import { useId } from "react";
import { SeriesTable } from "../../components/series-table";
import { getSources } from "../../data/lookup";
import type { TradeFile } from "../../domain/schemas";
import { GoodsTradeChart } from "./goods-trade-chart";
import { SectorBaselines } from "./sector-baselines";
import { TariffTimeline } from "./tariff-timeline";

/** US–Korea trade overview: goods trade by year on both bases, exports by sector, the 2025 tariff timeline. */
export function TradeOverview({ trade }: { trade: TradeFile }) {
  const id = useId();
  return (
    <section className="trade-overview">
      <h3 id={`${id}-h`}>US–Korea trade overview</h3>
      <GoodsTradeChart allSeries={trade.series} />
      <SectorBaselines sectors={trade.sectors} />
      <h4>The 2025 US tariff timeline, by sector</h4>
      <TariffTimeline tariffs={trade.tariffs} sectors={trade.sectors} />
      <details className="all-series">
        <summary>Every trade series with its sources ({trade.series.length})</summary>
        {trade.series.map((s) => (
          <SeriesTable key={s.id} series={s} sourcesFor={getSources} />
        ))}
      </details>
    </section>
  );
}

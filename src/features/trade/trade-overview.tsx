import { useId } from "react";
import { SeriesTable } from "../../components/series-table";
import { getSources } from "../../data/lookup";
import type { TradeFile } from "../../domain/schemas";
import { GoodsTradeChart } from "./goods-trade-chart";
import { MonthlyExportsChart } from "./monthly-exports-chart";
import { SectorBaselines } from "./sector-baselines";
import { SectorExportsChart } from "./sector-exports-chart";

/**
 * US–Korea trade overview: goods trade by year on both bases, Korea's monthly exports, exports to the
 * US by sector (2024–2025, Korean basis, then the model's 2024 US-basis baselines). The tariff timeline
 * is in the Trade view's "Tariffs in force" part (trade-panel.tsx).
 */
export function TradeOverview({ trade }: { trade: TradeFile }) {
  const id = useId();
  return (
    <section className="trade-overview">
      <h3 id={`${id}-h`}>US–Korea trade overview</h3>
      <GoodsTradeChart allSeries={trade.series} />
      <MonthlyExportsChart allSeries={trade.series} />
      <SectorExportsChart allSeries={trade.series} />
      <SectorBaselines sectors={trade.sectors} />
      <details className="all-series">
        <summary>Every trade series with its sources ({trade.series.length})</summary>
        {trade.series.map((s) => (
          <SeriesTable key={s.id} series={s} sourcesFor={getSources} />
        ))}
      </details>
    </section>
  );
}

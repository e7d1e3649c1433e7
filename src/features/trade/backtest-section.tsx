import { useMemo } from "react";
import { requireDataFile } from "../../data/dataset";
import { getSources } from "../../data/lookup";
import { SourceNote } from "../../components/source-note";
import { computeBacktest, type BacktestRow } from "../../domain/tariff/backtest";
import { defaultPassThrough, figureToUsd } from "../../domain/tariff/comparison";
import { BacktestTableRow } from "./backtest-row";
import { BacktestFits } from "./backtest-fits";
import { signedPct } from "./backtest-format";
import { useFittedPreset } from "./use-fitted-preset";

/** One sentence on how the observed changes sit against the model's ranges. */
function summary(rows: readonly BacktestRow[]): string {
  const seen = rows.filter((r) => r.position !== null);
  const count = (p: string) => seen.filter((r) => r.position === p).length;
  const cars = rows.find((r) => r.sector === "autos" && r.observed.basis === "korea_exports" && r.observed.end.endsWith("12-31"));
  const carText = cars?.observed.changePct != null
    ? ` Cars, full year: observed ${signedPct(cars.observed.changePct)}, the model ${signedPct(cars.low)} to ${signedPct(cars.high)}.`
    : "";
  const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  return (
    `Of ${seen.length} observed changes, ${n(count("inside"), "falls", "fall")} inside the model's range, ` +
    `${n(count("above"), "lies", "lie")} above it (exports did better than every run predicts) and ${count("below")} below it.${carText}`
  );
}

/** "Model vs what happened": the 2025 backtest of the tariff model, sector by sector, and the elasticities fitted to it. */
export function BacktestSection() {
  const trade = requireDataFile("trade");
  const actors = requireDataFile("actors");
  const fitted = useFittedPreset();
  const gdp = actors.records.find((a) => a.code === "KOR")?.gdp;
  const rows = useMemo(() => {
    if (!gdp) return null;
    return computeBacktest({
      tariffs: trade.tariffs,
      sectors: trade.sectors,
      presets: trade.elasticityPresets,
      observed: trade.observed2025,
      passThrough: defaultPassThrough(trade.passThrough),
      koreaGdpUsd: figureToUsd(gdp),
      method: "ces",
    });
  }, [trade, gdp]);
  const labelOf = (id: string) => trade.sectors.find((s) => s.id === id)?.label ?? id;
  const base = trade.elasticityPresets[0];
  if (!rows || !base) return <p role="alert" className="error-card">The backtest cannot run: Korea&apos;s GDP or the elasticity presets are missing from the data.</p>;
  const inputSources = [
    ...new Set([
      ...trade.sectors.filter((s) => rows.some((r) => r.sector === s.id)).flatMap((s) => [...s.importsKorea.sourceIds, ...(s.importsRow?.sourceIds ?? [])]),
      ...trade.elasticityPresets.flatMap((p) => p.sourceIds),
    ]),
  ];
  return (
    <section className="trade-backtest" aria-labelledby="bt-h">
      <h3 id="bt-h">Model vs what happened: 2025</h3>
      <p>
        2025 tested the model: US tariffs on Korean goods changed several times (each row shows its path, month by month), and the
        outcomes are now published. For each sector with a sourced 2025 outcome, the model is run for the same period at the tariff path the timeline gives, and
        compared with what happened. The prediction is a range: every elasticity preset, with competitors&apos; tariffs unchanged or
        under the same rate as Korea. The default ({base.label}, competitors unchanged) is what the scenarios show.
      </p>
      <p className="bt-summary">{summary(rows)}</p>
      {/* A scrolling table must be reachable by keyboard (axe: scrollable-region-focusable). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="table-scroll" role="region" aria-label="Model vs what happened, 2025" tabIndex={0}>
        <table className="data-table bt-table">
          <caption>
            Change in Korea&apos;s exports to the US in 2025: observed, and the model&apos;s prediction for the same period and tariff path
            (CES; range across {trade.elasticityPresets.length} presets × 2 competitor assumptions), with the error of the default run
          </caption>
          <thead>
            <tr>
              <th scope="col">Sector and period</th>
              <th scope="col">Observed</th>
              <th scope="col">Tariff path, by month</th>
              <th scope="col">Model</th>
              <th scope="col">Error (observed − default)</th>
              <th scope="col">Where it falls</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <BacktestTableRow key={r.observed.id} row={r} sectorLabel={labelOf(r.sector)} tariffs={trade.tariffs} />
            ))}
          </tbody>
        </table>
      </div>
      <p className="field-hint">
        Bars: the model&apos;s range (−100% to +40% scale), a tick at the default run and a dot at the observed change. The model compares
        with 2024 at KORUS 0%; an observed change is year on year on its own basis.
      </p>
      <SourceNote label="Model input source" sources={getSources(inputSources)} />
      <BacktestFits fits={fitted.fits} labelOf={labelOf} available={fitted.preset !== null} baseLabel={base.label} />
    </section>
  );
}

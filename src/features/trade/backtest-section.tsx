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
import { activeLang, t } from "../../i18n/i18n";

/** One sentence on how the observed changes sit against the model's ranges. */
function summary(rows: readonly BacktestRow[]): string {
  const seen = rows.filter((r) => r.position !== null);
  const count = (p: string) => seen.filter((r) => r.position === p).length;
  const cars = rows.find((r) => r.sector === "autos" && r.observed.basis === "korea_exports" && r.observed.end.endsWith("12-31"));
  const text = t("trade.backtest.summary", { seen: seen.length, inside: count("inside"), above: count("above"), below: count("below") });
  if (cars?.observed.changePct == null) return text;
  return text + t("trade.backtest.summaryCars", { observed: signedPct(cars.observed.changePct), low: signedPct(cars.low), high: signedPct(cars.high) });
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
  if (!rows || !base) return <p role="alert" className="error-card">{t("trade.backtest.cannotRun")}</p>;
  const inputSources = [
    ...new Set([
      ...trade.sectors.filter((s) => rows.some((r) => r.sector === s.id)).flatMap((s) => [...s.importsKorea.sourceIds, ...(s.importsRow?.sourceIds ?? [])]),
      ...trade.elasticityPresets.flatMap((p) => p.sourceIds),
    ]),
  ];
  return (
    <section className="trade-backtest" aria-labelledby="bt-h">
      <h3 id="bt-h">{t("trade.backtest.heading")}</h3>
      <p>{t("trade.backtest.intro", { preset: base.label })}</p>
      <p className="bt-summary">{summary(rows)}</p>
      {/* A scrolling table must be reachable by keyboard (axe: scrollable-region-focusable). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="table-scroll" role="region" aria-label={t("trade.backtest.tableLabel")} tabIndex={0}>
        <table className="data-table bt-table">
          <caption>{t("trade.backtest.caption", { count: trade.elasticityPresets.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("trade.backtest.colSector")}</th>
              <th scope="col">{t("trade.backtest.colObserved")}</th>
              <th scope="col">{t("trade.backtest.colPath")}</th>
              <th scope="col">{t("trade.backtest.colModel")}</th>
              <th scope="col">{t("trade.backtest.colError")}</th>
              <th scope="col">{t("trade.backtest.colWhere")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <BacktestTableRow key={r.observed.id} row={r} sectorLabel={labelOf(r.sector)} tariffs={trade.tariffs} />
            ))}
          </tbody>
        </table>
      </div>
      <p className="field-hint">{t("trade.backtest.bars")}</p>
      {/* SourceNote pluralises its label with an English "s": Korean shows the plain "출처" heading instead. */}
      <SourceNote label={activeLang() === "ko" ? undefined : t("trade.backtest.inputSource")} sources={getSources(inputSources)} />
      <BacktestFits fits={fitted.fits} labelOf={labelOf} available={fitted.preset !== null} baseLabel={base.label} />
    </section>
  );
}

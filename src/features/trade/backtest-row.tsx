import { ConfidenceBadge } from "../../components/confidence-badge";
import { SourceNote } from "../../components/source-note";
import { getSources } from "../../data/lookup";
import type { TariffMeasure } from "../../domain/schemas";
import type { BacktestRow as Row } from "../../domain/tariff/backtest";
import { BacktestBar } from "./backtest-bar";
import { monthRuns, ratePct, signedPct } from "./backtest-format";
import { activeLang, t } from "../../i18n/i18n";

interface BacktestRowProps {
  row: Row;
  sectorLabel: string;
  /** The measures of the timeline, to name the sources of the tariff path. */
  tariffs: readonly TariffMeasure[];
}

function pathSourceIds(tariffs: readonly TariffMeasure[], row: Row): string[] {
  const { start, end } = row.observed;
  const used = tariffs.filter(
    (m) => m.status === "in_force" && m.sectors.includes(row.sector) && m.effective <= end && (m.end === undefined || m.end > start),
  );
  return [...new Set(used.flatMap((m) => m.sourceIds))];
}

/** One observed change beside the model's prediction for the same sector, period and basis. */
export function BacktestTableRow({ row, sectorLabel, tariffs }: BacktestRowProps) {
  const o = row.observed;
  const found = o.changePct !== null;
  return (
    <tr className={found ? undefined : "is-unknown"}>
      <th scope="row">
        {sectorLabel}
        <span className="field-hint">
          {o.periodLabel} · {t(`trade.backtest.basis.${o.basis}`)}
        </span>
      </th>
      <td>
        {found ? (
          <strong className="bt-observed-value">{signedPct(o.changePct ?? 0)}</strong>
        ) : (
          <strong>{t("trade.backtest.notFound")}</strong>
        )}{" "}
        <ConfidenceBadge level={o.confidence} />
        <span className="field-hint">{o.note}</span>
        <SourceNote sources={getSources(o.sourceIds)} />
      </td>
      <td>
        {monthRuns(row.months, activeLang()).join("; ")}
        <span className="field-hint">
          {row.mixed
            ? t("trade.backtest.mixed", { rate: ratePct(row.weightedRatePct) })
            : t("trade.backtest.oneRate", { rate: ratePct(row.weightedRatePct) })}
        </span>
        <SourceNote label={activeLang() === "ko" ? undefined : t("trade.backtest.timelineSource")} sources={getSources(pathSourceIds(tariffs, row))} />
      </td>
      <td>
        {row.collapsed ? (
          <>
            <strong>{signedPct(row.defaultRun.predictedPct)}</strong> {t("trade.backtest.everyRun")}
          </>
        ) : (
          <>
            {t("trade.backtest.range", { low: signedPct(row.low), high: signedPct(row.high) })} <strong>{signedPct(row.defaultRun.predictedPct)}</strong>
          </>
        )}
        <BacktestBar low={row.low} high={row.high} predicted={row.defaultRun.predictedPct} observed={o.changePct} />
        {row.collapsed && <span className="field-hint">{t("trade.backtest.collapsed")}</span>}
      </td>
      <td>{row.errorPp === null ? "—" : t("trade.backtest.points", { value: signedPct(row.errorPp, "") })}</td>
      <td>{row.position ? t(`trade.backtest.position.${row.position}`) : t("trade.backtest.noObserved")}</td>
    </tr>
  );
}

import { useAppStore } from "../../store/app-store";
import { FITTED_PRESET_ID, type SectorFit } from "../../domain/tariff/fitted-preset";
import { ratePct, signedPct } from "./backtest-format";
import { t } from "../../i18n/i18n";

interface BacktestFitsProps {
  fits: readonly SectorFit[];
  labelOf: (sector: string) => string;
  /** True when the fitted preset could be built (at least one sector fitted). */
  available: boolean;
  /** The preset whose values the sectors not fitted keep. */
  baseLabel: string;
}

/** The elasticities fitted to 2025, sector by sector, and the switch that uses them in the scenarios. */
export function BacktestFits({ fits, labelOf, available, baseLabel }: BacktestFitsProps) {
  const chosen = useAppStore((s) => s.elasticityPresetId) === FITTED_PRESET_ID;
  const setPreset = useAppStore((s) => s.setElasticityPreset);
  const setPart = useAppStore((s) => s.setPanelPart);
  return (
    <section className="bt-fits" aria-labelledby="bt-fits-h">
      <h4 id="bt-fits-h">{t("trade.fits.heading")}</h4>
      <p>{t("trade.fits.method")}</p>
      {/* A scrolling table must be reachable by keyboard (axe: scrollable-region-focusable). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="table-scroll" role="region" aria-label={t("trade.fits.tableLabel")} tabIndex={0}>
        <table className="data-table">
          <caption>{t("trade.fits.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("trade.col.sector")}</th>
              <th scope="col">{t("trade.fits.colTo")}</th>
              <th scope="col">{t("trade.fits.colRate")}</th>
              <th scope="col">{t("trade.fits.colEpsilon")}</th>
              <th scope="col">{t("trade.fits.colModel")}</th>
            </tr>
          </thead>
          <tbody>
            {fits.map((f) => (
              <tr key={f.sector}>
                <th scope="row">{labelOf(f.sector)}</th>
                <td>
                  {f.observed.periodLabel}: {signedPct(f.observed.changePct ?? 0)}
                </td>
                <td>{ratePct(f.ratePct)}</td>
                {f.status === "fitted" ? (
                  <>
                    <td>{f.epsilon.toFixed(2).replace("-", "−")}</td>
                    <td>{signedPct(f.reproducedPct)}</td>
                  </>
                ) : (
                  <td colSpan={2}>{t("trade.fits.notFitted", { reason: t(`trade.fits.why.${f.why}`, { period: f.observed.periodLabel }) })}</td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {available && (
        <p className="compare-actions">
          <button
            type="button"
            onClick={() => {
              setPreset(FITTED_PRESET_ID);
              setPart("scenarios");
            }}
          >
            {chosen ? t("trade.fits.open") : t("trade.fits.use")}
          </button>
          <span className="field-hint">{t("trade.fits.hint", { preset: baseLabel, id: FITTED_PRESET_ID })}</span>
        </p>
      )}
    </section>
  );
}

import { useAppStore } from "../../store/app-store";
import { FITTED_PRESET_ID, type SectorFit } from "../../domain/tariff/fitted-preset";
import { ratePct, signedPct } from "./backtest-format";

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
      <h4 id="bt-fits-h">Elasticities fitted to 2025</h4>
      <p>
        Method: for each sector, the import-demand elasticity ε that makes the model (CES, competitors under the same tariff, the
        period&apos;s time-weighted rate) reproduce the observed change over the longest observed period. Fitted, not published: one
        year of one country, with every other cause of the change (demand, exchange rates, US plants) read as the tariff&apos;s.
      </p>
      {/* A scrolling table must be reachable by keyboard (axe: scrollable-region-focusable). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="table-scroll" role="region" aria-label="Table of the fitted elasticities" tabIndex={0}>
        <table className="data-table">
          <caption>Fitted import-demand elasticity ε by sector, the change it reproduces and the rate it was fitted at</caption>
          <thead>
            <tr>
              <th scope="col">Sector</th>
              <th scope="col">Fitted to</th>
              <th scope="col">Rate (time-weighted)</th>
              <th scope="col">Fitted ε</th>
              <th scope="col">Model with it</th>
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
                  <td colSpan={2}>Not fitted: {f.reason}</td>
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
            {chosen ? "Open the scenarios (fitted elasticities in use)" : "Use the fitted elasticities in the scenarios"}
          </button>
          <span className="field-hint">Sectors not fitted, and every σ, keep the {baseLabel} values. The choice is kept in the link (elast={FITTED_PRESET_ID}).</span>
        </p>
      )}
    </section>
  );
}

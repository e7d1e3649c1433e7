import { rangeOf, type RangedValue, type ScenarioOutcome } from "../../domain/tariff/comparison";
import { formatMeasure, MEASURE_IDS, MEASURES, type MeasureId } from "../../domain/tariff/measures";
import { t } from "../../i18n/i18n";
import { measureTitleText } from "./trade-text";
import { describeRates } from "./trade-labels";

export interface CellRef {
  scenario: string;
  measure: MeasureId;
}

interface ComparisonTableProps {
  outcomes: readonly ScenarioOutcome[];
  caption: string;
  open: CellRef | null;
  onExplain: (cell: CellRef) => void;
}

function RangeText({ id, r }: { id: MeasureId; r: RangedValue }) {
  const low = formatMeasure(id, r.low);
  const high = formatMeasure(id, r.high);
  if (low === high) return <span className="range">{t("trade.table.same")}</span>;
  return (
<span className="range">{t("trade.table.range", { low, high })}</span>
  );
}

/** Rows = measures, columns = scenarios; each cell has its range across presets and a "How?" button. */
export function ComparisonTable({ outcomes, caption, open, onExplain }: ComparisonTableProps) {
  return (
    <div
      className="table-scroll"
      role="region"
      aria-label={t("trade.table.label")}
      // A scrolling table must be reachable by keyboard (axe: scrollable-region-focusable).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
    >
      <table className="data-table compare-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("trade.table.measure")}</th>
            {outcomes.map((o) => (
              <th scope="col" key={o.key}>
                {o.label}
                <span className="rates">{describeRates(o.ratesPct)}</span>
                {o.competitorRatesPct && Object.values(o.competitorRatesPct).some((v) => v !== 0) && (
                  <span className="rates">{t("trade.table.competitors", { rates: describeRates(o.competitorRatesPct) })}</span>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {MEASURE_IDS.map((id) => (
            <tr key={id}>
              <th scope="row">{measureTitleText(id)}</th>
              {outcomes.map((o) => {
                const r = rangeOf(o, MEASURES[id].total);
                const isOpen = open?.scenario === o.key && open.measure === id;
                return (
                  <td key={o.key} className={isOpen ? "is-explained" : undefined}>
                    <span className="value">{formatMeasure(id, r.value)}</span>{" "}
                    <button
                      type="button"
                      className="how-button"
                      aria-expanded={isOpen}
                      aria-label={t("trade.table.howLabel", { measure: measureTitleText(id), scenario: o.label })}
                      onClick={() => onExplain({ scenario: o.key, measure: id })}
                    >
                      {t("trade.table.how")}
                    </button>
                    <RangeText id={id} r={r} />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

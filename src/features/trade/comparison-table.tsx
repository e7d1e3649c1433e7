import { rangeOf, type RangedValue, type ScenarioOutcome } from "../../domain/tariff/comparison";
import { formatMeasure, MEASURE_IDS, MEASURES, measureTitle, type MeasureId } from "../../domain/tariff/measures";
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
  if (low === high) return <span className="range">same under every preset</span>;
  return (
    <span className="range">
      range {low} to {high}
    </span>
  );
}

/** Rows = measures, columns = scenarios; each cell has its range across presets and a "How?" button. */
export function ComparisonTable({ outcomes, caption, open, onExplain }: ComparisonTableProps) {
  return (
    <div
      className="table-scroll"
      role="region"
      aria-label="Scenario comparison table"
      // A scrolling table must be reachable by keyboard (axe: scrollable-region-focusable).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
    >
      <table className="data-table compare-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            {outcomes.map((o) => (
              <th scope="col" key={o.key}>
                {o.label}
                <span className="rates">{describeRates(o.ratesPct)}</span>
                {o.competitorRatesPct && Object.values(o.competitorRatesPct).some((v) => v !== 0) && (
                  <span className="rates">Competitors: {describeRates(o.competitorRatesPct)}</span>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {MEASURE_IDS.map((id) => (
            <tr key={id}>
              <th scope="row">{measureTitle(id)}</th>
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
                      aria-label={`How is this computed? ${measureTitle(id)}, ${o.label}`}
                      onClick={() => onExplain({ scenario: o.key, measure: id })}
                    >
                      How?
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

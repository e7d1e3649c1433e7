import type { Source } from "../domain/schemas";
import type { TableSpec } from "../domain/indicators/table-data";
import { ConfidenceBadge } from "./confidence-badge";
import { SourceNote } from "./source-note";
import { t as tr } from "../i18n/i18n";

interface ChartTablesProps {
  tables: readonly TableSpec[];
  sourcesFor: (ids: readonly string[]) => Source[];
}

/**
 * A chart's table view: the same numbers with every digit of the data, one table per series, with
 * confidence and source links on each row (for screen readers and for copying).
 */
export function ChartTables({ tables, sourcesFor }: ChartTablesProps) {
  return (
    <div className="chart-tables">
      {tables.map((t) => (
        <table key={t.key} className="data-table">
          <caption>
            {t.caption} ({t.unit}){t.method && <span className="method"> — {t.method}</span>}
          </caption>
          <thead>
            <tr>
              <th scope="col">{tr("indicators.table.date")}</th>
              <th scope="col">{tr("indicators.table.valueIn", { unit: t.unit })}</th>
              {t.extraHeader && <th scope="col">{t.extraHeader}</th>}
              <th scope="col">{tr("indicators.table.confidence")}</th>
              <th scope="col">{tr("indicators.table.sources")}</th>
            </tr>
          </thead>
          <tbody>
            {t.rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.when}</th>
                <td>
                  <span className="cell-value">{r.value}</span>
                  {r.note && <span className="figure-note"> {r.note}</span>}
                </td>
                {t.extraHeader && <td>{r.extra}</td>}
                <td>
                  <ConfidenceBadge level={r.confidence} always />
                </td>
                <td>
                  <SourceNote sources={sourcesFor(r.sourceIds)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}

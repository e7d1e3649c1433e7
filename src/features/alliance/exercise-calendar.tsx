import { buildCalendar, exerciseShortName } from "../../domain/indicators/calendar";
import { formatDate } from "../../i18n/format";
import { ConfidenceBadge } from "../../components/confidence-badge";
import { SeriesTable } from "../../components/series-table";
import { SourceNote } from "../../components/source-note";
import { IndicatorCard, type IndicatorCardProps } from "../../components/indicator-card";
import { t } from "../../i18n/i18n";


/**
 * "UFS 25" for "Ulchi Freedom Shield 25"; a name with no Latin initials (the Korean "을지 자유의 방패 25")
 * is shown whole, without its parenthesis, since initials of Korean words mean nothing.
 */
function shortName(name: string): string {
  const short = exerciseShortName(name);
  return /[A-Za-z]/.test(short) ? short : name.replace(/\s*\(.*?\)/g, "").trim();
}

interface ExerciseCalendarProps extends IndicatorCardProps {
  asOf: string | null;
}

/**
 * The major combined exercises on a small year-by-month calendar (a picture; the list under it
 * carries the same dates, notes and sources for everyone), with the app's "as of" date marked, then
 * the indicator's counts (field exercises per Freedom Shield) as sourced tables.
 */
export function ExerciseCalendar({ resolved, asOf, highlighted, sourcesFor }: ExerciseCalendarProps) {
  const years = buildCalendar(resolved.exercises, asOf);
  // The months' initials ("J F M …"; "1 2 3 …" in Korean), one per column.
  const months = t("indicators.calendar.months").split(" ");
  const list = [...resolved.exercises].sort((a, b) => a.start.localeCompare(b.start));
  return (
    <IndicatorCard resolved={resolved} highlighted={highlighted}>
      <div className="calendar" aria-hidden="true">
        <div className="calendar-row calendar-months">
          <span className="calendar-year" />
          <div className="calendar-track">
            {months.map((m, i) => (
              <span key={i}>{m}</span>
            ))}
          </div>
        </div>
        {years.map((y) => (
          <div className="calendar-row" key={y.year}>
            <span className="calendar-year">{y.year}</span>
            <div className="calendar-track">
              {y.bars.map((b) => (
                <span key={b.id} className={`calendar-bar calendar-${b.confidence}`} style={{ left: `${b.left}%`, width: `${b.width}%` }}>
                  <span className="calendar-label">{shortName(b.name)}</span>
                </span>
              ))}
              {y.asOf !== null && <span className="calendar-as-of" style={{ left: `${y.asOf}%` }} title={t("indicators.chart.asOf", { date: formatDate(asOf ?? "") })} />}
            </div>
          </div>
        ))}
      </div>
      <ol className="milestones">
        {list.map((x) => (
          <li key={x.id}>
            <time dateTime={x.start}>{formatDate(x.start)}</time> – <time dateTime={x.end}>{formatDate(x.end)}</time>{" "}
            <strong>{x.name}.</strong> {x.note}
            <ConfidenceBadge level={x.confidence} /> <SourceNote sources={sourcesFor(x.sourceIds)} />
          </li>
        ))}
      </ol>
      {resolved.series.map(({ ref, data }) => (
        <div key={data.id} className="calendar-series">
          <h4 className="milestones-heading">{ref.legend}</h4>
          <SeriesTable series={data} sourcesFor={sourcesFor} />
          {data.note && <p className="chart-method">{data.note}</p>}
        </div>
      ))}
    </IndicatorCard>
  );
}

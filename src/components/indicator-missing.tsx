import { t } from "../i18n/i18n";

/** Shown instead of an indicator whose series or facts are missing from the data file. */
export function IndicatorMissing({ title, problems }: { title: string; problems: readonly string[] }) {
  return (
    <div className="error-card">
      <h3 className="chart-title">{title}</h3>
      <p>{t("indicators.missing", { problems: problems.join(", ") })}</p>
    </div>
  );
}

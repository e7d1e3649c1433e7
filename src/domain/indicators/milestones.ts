import { formatDate } from "../format";
import type { ResolvedIndicator, SummaryWords } from "./types";

/** "5 milestones from 26 Apr 2023 (Washington Declaration) to 14 Nov 2025 (…)." */
export function summarizeMilestones(r: ResolvedIndicator, w?: SummaryWords): string {
  const dated = r.facts.filter((f) => f.data.date).sort((a, b) => a.data.date!.localeCompare(b.data.date!));
  const first = dated[0];
  const last = dated.at(-1);
  if (w)
    return first && last
      ? w.say("indicators.summary.milestones.span", {
          count: r.facts.length,
          from: w.date(first.data.date!),
          first: first.data.label,
          to: w.date(last.data.date!),
          last: last.data.label,
        })
      : w.say("indicators.summary.milestones.count", { count: r.facts.length });
  if (!first || !last) return `${r.facts.length} milestones.`;
  return `${r.facts.length} milestones from ${formatDate(first.data.date!)} (${first.data.label}) to ${formatDate(last.data.date!)} (${last.data.label}).`;
}

/** Facts in date order (undated last, file order kept among equals). */
export function byDate<F extends { date?: string | undefined }>(facts: readonly F[]): F[] {
  return [...facts].sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999"));
}

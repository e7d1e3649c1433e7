import { formatDate } from "../format";
import type { ResolvedIndicator } from "./types";

/** "5 milestones from 26 Apr 2023 (Washington Declaration) to 14 Nov 2025 (…)." */
export function summarizeMilestones(r: ResolvedIndicator): string {
  const dated = r.facts.filter((f) => f.data.date).sort((a, b) => a.data.date!.localeCompare(b.data.date!));
  const first = dated[0];
  const last = dated.at(-1);
  if (!first || !last) return `${r.facts.length} milestones.`;
  return `${r.facts.length} milestones from ${formatDate(first.data.date!)} (${first.data.label}) to ${formatDate(last.data.date!)} (${last.data.label}).`;
}

/** Facts in date order (undated last, file order kept among equals). */
export function byDate<F extends { date?: string | undefined }>(facts: readonly F[]): F[] {
  return [...facts].sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999"));
}

import type { Confidence } from "../domain/types";

const TEXT: Record<Confidence, string> = {
  verified: "verified",
  secondary: "secondary source",
  unverified: "unverified",
};

/** Shown next to any figure that is not verified; verified figures get no badge unless `always`. */
export function ConfidenceBadge({ level, always = false }: { level: Confidence; always?: boolean }) {
  if (level === "verified" && !always) return null;
  return <span className={`badge badge-${level}`}>{TEXT[level]}</span>;
}

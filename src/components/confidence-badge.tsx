import type { Confidence } from "../domain/types";
import { t } from "../i18n/i18n";
import type { MessageKey } from "../domain/i18n/messages-en";

const TEXT: Record<Confidence, MessageKey> = {
  verified: "confidence.verified",
  secondary: "confidence.secondary",
  unverified: "confidence.unverified",
};

/** Shown next to any figure that is not verified; verified figures get no badge unless `always`. */
export function ConfidenceBadge({ level, always = false }: { level: Confidence; always?: boolean }) {
  if (level === "verified" && !always) return null;
  return <span className={`badge badge-${level}`}>{t(TEXT[level])}</span>;
}

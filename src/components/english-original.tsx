import type { ReactNode } from "react";
import { t } from "../i18n/i18n";

/** English text shown to a Korean reader: the visible "영어 원문" marker, and lang="en" for screen readers. */
export function EnglishMarked({ children }: { children: ReactNode }) {
  return (
    <>
      <span className="badge badge-original" title={t("common.englishOriginalTitle")}>
        {t("common.englishOriginal")}
      </span>{" "}
      <span lang="en">{children}</span>
    </>
  );
}

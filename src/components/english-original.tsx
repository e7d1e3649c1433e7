import type { ReactNode } from "react";
import { activeLang, t } from "../i18n/i18n";

/**
 * A sentence the interface has only in English (an indicator's computed summary, issue #21): for a
 * Korean reader it carries the visible "영어 원문" ("English original") marker and is marked as
 * English for screen readers; for an English reader it is the text alone.
 */
export function EnglishOriginal({ children }: { children: string }) {
  if (activeLang() === "en") return children;
  return <EnglishMarked>{children}</EnglishMarked>;
}

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

import type { ReactNode } from "react";
import type { KoreanOverlayFileName } from "../../domain/korean-overlay-walk";
import { englishFallbacks } from "../../data/localized-data";
import { EnglishMarked } from "../../components/english-original";

/**
 * A long data text (a summary, a stance) that has no Korean yet shows its English with a visible
 * "영어 원문" ("English original") marker, and is marked as English for screen readers. For English
 * readers, and where the Korean is there, it is the text alone.
 */
export function EnglishFallback({ file, path, children }: { file: KoreanOverlayFileName; path: string; children: ReactNode }) {
  if (!englishFallbacks(file).has(path)) return children;
  return <EnglishMarked>{children}</EnglishMarked>;
}

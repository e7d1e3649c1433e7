/**
 * The domain's formatting functions in the active interface language (see domain/format.ts), for
 * views: `formatDate("2026-02-20")` reads "20 Feb 2026" or "2026년 2월 20일". A view re-renders when
 * the language changes (the app's content is keyed by it), so the language is read at render time.
 */
import * as f from "../domain/format";
import type { Figure } from "../domain/schemas";
import { activeLang } from "./i18n";

export const formatDate = (d: string): string => f.formatDate(d, activeLang());
export const formatNumber = (n: number, digits = 2): string => f.formatNumber(n, digits, activeLang());
export const formatFigure = (fig: Figure): string => f.formatFigure(fig, activeLang());
export const formatAmount = (value: number, unit: string): string => f.formatAmount(value, unit, activeLang());
export const formatList = (names: readonly string[]): string => f.formatList(names, activeLang());

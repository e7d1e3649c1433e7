/**
 * The headline cards' texts in the reader's language: a message of domain/headline.ts with its raw
 * values formatted here (src/i18n/format.ts), so "10%", "2 Jul 2026" and "122.87 USD bn" read
 * "10%", "2026년 7월 2일" and "1,228억 7,000만 달러" in Korean.
 */
import type { HeadlineArg, HeadlineMessage } from "../../domain/headline";
import { t, type MessageValues } from "../../i18n/i18n";
import { formatAmount, formatDate, formatList, formatNumber } from "../../i18n/format";

function formatArg(a: HeadlineArg): string | number {
  if (typeof a === "string") return a;
  if (typeof a === "number") return formatNumber(a);
  if ("date" in a) return formatDate(a.date);
  if ("amount" in a) return formatAmount(a.amount, a.unit);
  if ("list" in a) return formatList(a.list);
  return a.join.map(headlineText).join(", ");
}

/** A headline message in the active language, its values formatted. */
export function headlineText(m: HeadlineMessage): string {
  if (!m.values) return t(m.key);
  const values: MessageValues = {};
  for (const [k, v] of Object.entries(m.values)) values[k] = formatArg(v);
  return t(m.key, values);
}

/**
 * Date-string checks shared by the schemas, the URL codec and the scenario codec. Kept apart from
 * schemas.ts so that code on the first screen can check a date without loading zod.
 */

/** True when `s` is YYYY-MM-DD and names a day that exists (no 2025-02-30). */
export function isRealIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

/** YYYY, YYYY-MM or YYYY-MM-DD: sources and yearly series are often dated only to the year. */
export function isPartialDate(s: string): boolean {
  if (/^\d{4}$/.test(s)) return true;
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(s)) return true;
  return isRealIsoDate(s);
}

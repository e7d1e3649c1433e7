/**
 * Where a field sits, in overlay coordinates (issue #21): `records["2025-08-25-trump-lee-summit"].title`,
 * `records["USA"].leaders[0].name`, `releases["2026.12.0"].added[1].note`, `passThrough.border.note`.
 * A module of its own so the views that mark English fallbacks do not pull in the overlay walk,
 * which only Korean readers load.
 */
export function overlayPath(collection: string, key?: string, rest?: string): string {
  const base = key === undefined ? collection : `${collection}[${JSON.stringify(key)}]`;
  if (!rest) return base;
  return rest.startsWith("[") ? `${base}${rest}` : `${base}.${rest}`;
}

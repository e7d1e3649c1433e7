/** A parse outcome that never throws at the UI (STYLE habit 3). */
export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };

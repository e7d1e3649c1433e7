import { checkRate, type RateProblem } from "../../domain/tariff/scenario-ref";
import type { FieldCheck } from "./number-field";

const RATE_TEXT: Record<RateProblem, string> = {
  empty: "Enter a tariff from 0 to 100%.",
  not_a_number: "Enter a number from 0 to 100, not text.",
  negative: "A tariff cannot be negative: enter 0 to 100%.",
  over_100: "Enter at most 100%.",
  too_precise: "Use at most two decimals.",
};

/** A tariff in percent, 0–100. The message says which value the model keeps using. */
export function rateCheck(kept: number) {
  return (text: string, badInput: boolean): FieldCheck => {
    const c = badInput ? ({ ok: false, problem: "not_a_number" } as const) : checkRate(text);
    return c.ok ? c : { ok: false, message: `${RATE_TEXT[c.problem]} The model keeps using ${kept}%.` };
  };
}

/** A pass-through share, 0–1 with at most two decimals. */
export function shareCheck(kept: number) {
  return (text: string, badInput: boolean): FieldCheck => {
    const c = badInput ? ({ ok: false, problem: "not_a_number" } as const) : checkRate(text);
    const keep = ` The model keeps using ${kept}.`;
    if (!c.ok) return { ok: false, message: (c.problem === "negative" ? "A share cannot be negative: enter 0 to 1." : "Enter a number from 0 to 1.") + keep };
    if (c.value > 1) return { ok: false, message: `Enter at most 1 (1 = the whole tariff is passed on).${keep}` };
    return c;
  };
}

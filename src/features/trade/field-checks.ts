import { checkRate, type RateProblem } from "../../domain/tariff/scenario-ref";
import type { FieldCheck } from "./number-field";
import { t } from "../../i18n/i18n";

/** The message for a bad rate, saying the value the model keeps: a sentence per problem (trade.rateError.*). */
const rateText = (problem: RateProblem, kept: number): string => t(`trade.rateError.${problem}`, { kept });

/** A tariff in percent, 0–100. The message says which value the model keeps using. */
export function rateCheck(kept: number) {
  return (text: string, badInput: boolean): FieldCheck => {
    const c = badInput ? ({ ok: false, problem: "not_a_number" } as const) : checkRate(text);
    return c.ok ? c : { ok: false, message: rateText(c.problem, kept) };
  };
}

/** A pass-through share, 0–1 with at most two decimals. */
export function shareCheck(kept: number) {
  return (text: string, badInput: boolean): FieldCheck => {
    const c = badInput ? ({ ok: false, problem: "not_a_number" } as const) : checkRate(text);
    if (!c.ok) return { ok: false, message: t(c.problem === "negative" ? "trade.shareError.negative" : "trade.shareError.range", { kept }) };
    if (c.value > 1) return { ok: false, message: t("trade.shareError.over1", { kept }) };
    return c;
  };
}

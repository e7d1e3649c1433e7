/** Korean messages of the trade views (issue #21), by the keys of trade-en.ts; a missing key shows the English. */
import type { TRADE_EN } from "./trade-en";

export const TRADE_KO: Partial<Record<keyof typeof TRADE_EN, string>> = {
};

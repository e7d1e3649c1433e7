/** Korean messages of the indicators views (issue #21), by the keys of indicators-en.ts; a missing key shows the English. */
import type { INDICATORS_EN } from "./indicators-en";

export const INDICATORS_KO: Partial<Record<keyof typeof INDICATORS_EN, string>> = {
};

/** Korean messages of the headline views (issue #21), by the keys of headline-en.ts; a missing key shows the English. */
import type { HEADLINE_EN } from "./headline-en";

export const HEADLINE_KO: Partial<Record<keyof typeof HEADLINE_EN, string>> = {
};

/** Korean messages of the changes views (issue #21), by the keys of changes-en.ts; a missing key shows the English. */
import type { CHANGES_EN } from "./changes-en";

export const CHANGES_KO: Partial<Record<keyof typeof CHANGES_EN, string>> = {
};

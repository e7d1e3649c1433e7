/**
 * The versioned format of the user's saved custom scenarios (kept in localStorage by the store).
 * Reading never throws: damaged, cut-short, old-version and future-version data come back as a
 * Result-like record listing what was recovered, what was set aside and why (STYLE habit 3).
 *
 *   version 2 (current): { version: 2, scenarios: [{ id, name, ratesPct: { autos: 25, … }, competitorRatesPct?, savedAt }] }
 *                        (competitorRatesPct, the competitors' rates, is optional: data saved before it existed reads as 0 %)
 *   version 1 (legacy):  { version: 1, items: [{ name, tariffs: { autos: 0.25, … } }] }  (decimal rates)
 */
import * as z from "zod/mini";
import { SECTOR_IDS } from "../types";
import type { SectorRates } from "./presets";
import { normalizeScenarioName, SCENARIO_NAME_MAX } from "./scenario-ref";
import { SAVED_SCENARIOS_VERSION, type SavedScenario, type SavedScenariosRead } from "./saved-scenarios-format";

const finite = z.number().check(z.refine(Number.isFinite, "must be a finite number"));
const sectorId = z.enum(SECTOR_IDS);

const savedV2 = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  name: z.string().check(z.minLength(1), z.maxLength(SCENARIO_NAME_MAX * 4)),
  ratesPct: z.record(sectorId, finite.check(z.gte(0), z.lte(100))),
  competitorRatesPct: z.optional(z.record(sectorId, finite.check(z.gte(0), z.lte(100)))),
  savedAt: z.string().check(z.maxLength(40)),
});

const savedV1 = z.object({
  name: z.string().check(z.minLength(1)),
  tariffs: z.record(sectorId, finite.check(z.gte(0), z.lte(1))),
});

const envelope = z.object({
  version: z.number(),
  scenarios: z.optional(z.array(z.unknown())),
  items: z.optional(z.array(z.unknown())),
});

const EMPTY: SavedScenariosRead = { scenarios: [], problems: [], preserveRaw: false, migrated: false };

function setAside(problem: string): SavedScenariosRead {
  return { scenarios: [], problems: [problem], preserveRaw: true, migrated: false };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100 + 0;
}

/** Parses the stored text. Never throws. */
export function parseSavedScenarios(raw: string | null): SavedScenariosRead {
  if (raw === null || raw.trim() === "") return EMPTY;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return setAside("The saved scenarios were damaged or cut short and could not be read.");
  }
  const env = envelope.safeParse(json);
  if (!env.success) return setAside("The saved scenarios are not in a format this app knows.");
  const { version } = env.data;
  if (version > SAVED_SCENARIOS_VERSION) {
    return setAside(`The saved scenarios were written by a newer version of the app (format ${version}).`);
  }
  const items = (version === 1 ? env.data.items : env.data.scenarios) ?? [];
  if (version !== 1 && version !== SAVED_SCENARIOS_VERSION) return setAside(`Saved scenarios in format ${version} cannot be read.`);

  const problems: string[] = [];
  const scenarios: SavedScenario[] = [];
  const ids = new Set<string>();
  items.forEach((item, i) => {
    let s: SavedScenario | null = null;
    if (version === 1) {
      const r = savedV1.safeParse(item);
      if (r.success) {
        const ratesPct = Object.fromEntries(SECTOR_IDS.map((id) => [id, round2(r.data.tariffs[id] * 100)])) as SectorRates;
        s = { id: `v1-${i + 1}`, name: normalizeScenarioName(r.data.name), ratesPct, savedAt: "" };
      }
    } else {
      const r = savedV2.safeParse(item);
      if (r.success) {
        const { competitorRatesPct, ...rest } = r.data;
        const some = competitorRatesPct !== undefined && SECTOR_IDS.some((id) => competitorRatesPct[id] !== 0);
        s = { ...rest, name: normalizeScenarioName(r.data.name), ratesPct: { ...r.data.ratesPct }, ...(some ? { competitorRatesPct: { ...competitorRatesPct } } : {}) };
      }
    }
    if (!s || s.name === "") {
      problems.push(`Saved scenario ${i + 1} could not be read and was set aside.`);
      return;
    }
    if (ids.has(s.id)) {
      problems.push(`Saved scenario ${i + 1} repeated an id and was set aside.`);
      return;
    }
    ids.add(s.id);
    scenarios.push(s);
  });
  const migrated = version === 1;
  if (migrated) problems.push(`${scenarios.length} saved scenario(s) from an older version of the app were converted.`);
  return { scenarios, problems, preserveRaw: problems.length > 0, migrated };
}

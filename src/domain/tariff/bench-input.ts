/**
 * Deterministic synthetic inputs for benchmarking and stress-testing the tariff model.
 * Pure: the same arguments always give the same arrays; no Math.random, no clock.
 */
import type { ScenarioInput, SectorInput } from "./model";
import { SECTOR_IDS } from "../types";

/** Synthetic product lines are named after the model's sectors. */
const SECTOR_STEMS = SECTOR_IDS;

// SMART default, Cobb-Douglas and Leontief branches, and GTAP-size values (spec §5.2).
const SIGMA_CHOICES = [1.5, 1, 0, 5.6, 8.8, 8.1, 5.9, 4.2, 7.5] as const;
const RETAIL_CHOICES = [1, 0.5, 0.25] as const;

/** xorshift32 mapped to [0, 1); good enough for spreading synthetic parameters, not for statistics. */
function createUniform(seed: number): () => number {
  // A zero state would stay zero forever.
  let state = (seed | 0) ^ 0x5bd1e995 || 0x2545f491;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

function pick<T>(choices: readonly T[], u: number): T {
  const value = choices[Math.min(choices.length - 1, Math.floor(u * choices.length))];
  if (value === undefined) throw new Error("pick: empty choices");
  return value;
}

/**
 * Builds `n` valid sectors with ids "<stem>_<index>" and realistic spreads: imports from 1e6 to 1e11
 * USD (a few exactly 0), base tariffs in [0, 0.3], ε in [-3.3, 0] (some exactly -1 or 0), σ from the
 * SMART/GTAP presets, partial border and retail pass-through on a minority of sectors.
 */
export function buildSyntheticSectors(n: number, seed: number): SectorInput[] {
  const next = createUniform(seed);
  const sectors: SectorInput[] = [];
  for (let i = 0; i < n; i++) {
    const stem = SECTOR_STEMS[i % SECTOR_STEMS.length] ?? "other";
    const importsKorea = next() < 0.03 ? 0 : Math.pow(10, 6 + 5 * next());
    const importsRow = next() < 0.05 ? 0 : Math.pow(10, 7 + 5 * next());
    const tariffKoreaBase = next() < 0.7 ? 0 : 0.3 * next();
    const tariffRowBase = 0.1 * next();
    const epsDraw = next();
    const importDemandElasticity = epsDraw < 0.05 ? -1 : epsDraw < 0.08 ? 0 : -(0.3 + 3 * next());
    sectors.push({
      id: `${stem}_${i}`,
      importsKorea,
      importsRow,
      tariffKoreaBase,
      tariffRowBase,
      importDemandElasticity,
      substitutionElasticity: pick(SIGMA_CHOICES, next()),
      passThrough: next() < 0.8 ? 1 : next(),
      passThroughRow: next() < 0.9 ? 1 : next(),
      retailPassThrough: pick(RETAIL_CHOICES, next()),
    });
  }
  return sectors;
}

/**
 * Four scenarios over the given sectors, mirroring the spec §7 presets: uniform 25 %, uniform 15 %,
 * a custom mix (steel 50 %, semiconductors 0, competitors' autos at 15 %) and a 5-point cut from the
 * baseline. All rates are within the default maxTariff of 1.0.
 */
export function buildSyntheticScenarios(sectors: readonly SectorInput[]): ScenarioInput[] {
  const threatened: Record<string, number> = {};
  const agreed: Record<string, number> = {};
  const custom: Record<string, number> = {};
  const customRow: Record<string, number> = {};
  const cut: Record<string, number> = {};
  for (let i = 0; i < sectors.length; i++) {
    const sector = sectors[i];
    if (sector === undefined) continue;
    const id = sector.id;
    threatened[id] = 0.25;
    agreed[id] = 0.15;
    if (id.startsWith("steel")) custom[id] = 0.5;
    else if (id.startsWith("semiconductors")) custom[id] = 0;
    else custom[id] = 0.15 + 0.05 * (i % 3);
    if (id.startsWith("auto")) customRow[id] = 0.15;
    cut[id] = Math.max(0, (sector.tariffKoreaBase ?? 0) - 0.05);
  }
  return [
    { id: "threatened_25", tariffKorea: threatened },
    { id: "agreed_15", tariffKorea: agreed },
    { id: "custom", tariffKorea: custom, tariffRow: customRow },
    { id: "cut_5pts", tariffKorea: cut },
  ];
}

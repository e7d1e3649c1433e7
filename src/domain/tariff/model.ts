/**
 * Partial-equilibrium model of US tariffs on imports from Korea (spec v1, research/tariff-model.md).
 *
 * One importing market (US), one partner whose tariff changes (Korea, "K") and an aggregate of all
 * other suppliers (rest of world, "R"), solved independently per sector. Pure: no I/O, no DOM, no
 * globals; the only side effect is throwing {@link ValidationError} on invalid input.
 *
 * Units: money in USD per year (customs value, ex-duty), tariffs as decimals (0.25 = 25 %),
 * elasticities unitless, every `*Pct` output in percent (25 = 25 %).
 */

/** Solution method: exact two-level CES ("ces", default) or the linear WITS-SMART formulas ("smart"). */
export type Method = "ces" | "smart";

/** Warnings raised by the linear SMART method when a shock is outside its range of validity. */
export type ModelFlag =
  | "smart_diversion_capped"
  | "smart_negative_imports_clamped_korea"
  | "smart_negative_imports_clamped_row";

/** Baseline data and behavioural parameters of one sector. */
export interface SectorInput {
  /** Unique sector id, e.g. "autos"; scenario tariffs are looked up by it. */
  id: string;
  /** M_K0: baseline US imports from Korea, USD customs value, >= 0. */
  importsKorea: number;
  /** M_R0: baseline US imports from all other countries, USD, >= 0. Default 0 (no diversion possible). */
  importsRow?: number;
  /** t_K0: baseline all-in ad valorem tariff on Korea, decimal in [0, maxTariff]. Default 0 (KORUS). */
  tariffKoreaBase?: number;
  /** t_R0: baseline trade-weighted tariff on the rest of the world, decimal. Default 0. */
  tariffRowBase?: number;
  /** ε: price elasticity of the sector's composite import demand, <= 0 (entered negative). */
  importDemandElasticity: number;
  /** σ: Armington elasticity between Korea and the rest of the world, >= 0. Default 1.5 (WITS-SMART). */
  substitutionElasticity?: number;
  /** φ: border pass-through of Korea's tariff into the buyer price, in [0, 1]. Default 1. */
  passThrough?: number;
  /** φ_R: border pass-through of rest-of-world tariff changes, in [0, 1]. Default 1. */
  passThroughRow?: number;
  /** ψ: pass-through from border price to retail price, in [0, 1]. Default 1 (upper bound). */
  retailPassThrough?: number;
}

/** A tariff scenario; every scenario is evaluated against the same baseline (never chained). */
export interface ScenarioInput {
  id: string;
  /** t_K1 by sector id (decimal). A sector that is missing keeps its baseline rate t_K0. */
  tariffKorea: Record<string, number>;
  /** t_R1 by sector id (decimal). A sector that is missing keeps its baseline rate t_R0. */
  tariffRow?: Record<string, number>;
}

/** Run-wide options. */
export interface ModelOptions {
  /** Default "ces". */
  method?: Method;
  /** Korea's nominal GDP in USD, > 0 (2024: 1.8689e12). */
  koreaGdpUsd: number;
  /** Korea's domestic value-added share of its exports, in (0, 1]. Default 1 (gross export loss). */
  koreaValueAddedShare?: number;
  /** Highest accepted tariff (decimal), a product cap rather than an economic limit. Default 1.0. */
  maxTariff?: number;
}

/**
 * Split of ΔM_K into its sources (USD). The three terms sum exactly to `deltaImportsKorea`, except
 * when a SMART clamp fired (see `flags`).
 */
export interface ImportChangeComponents {
  /** Trade creation: change in the sector's total import volume attributed to Korea. */
  creation: number;
  /** Trade diversion: substitution between Korea and the rest of the world (negative = lost to ROW). */
  diversion: number;
  /** Customs value lost because Korean exporters absorb part of the tariff (0 when φ = 1). */
  exporterPrice: number;
}

/** Per-sector outputs (spec §4.4). Money in USD, `*Pct` in percent. */
export interface SectorResult {
  id: string;
  importsKorea0: number;
  importsKorea1: number;
  deltaImportsKorea: number;
  /** (M_K1/M_K0 − 1)·100; 0 when M_K0 = 0. */
  pctChangeImportsKorea: number;
  components: ImportChangeComponents;
  importsRow0: number;
  importsRow1: number;
  /** > 0 means trade diverted to other suppliers. */
  deltaImportsRow: number;
  deltaImportsTotal: number;
  tariffRevenueKorea0: number;
  tariffRevenueKorea1: number;
  deltaTariffRevenueKorea: number;
  /** Korea plus rest-of-world tariff revenue change. */
  deltaTariffRevenueTotal: number;
  /** (τ̂_K − 1)·100, the proportional change in 1 + t. */
  tariffPowerChangePct: number;
  /** Tariff-inclusive border price of Korean goods. */
  priceKoreaGoodsPct: number;
  /** Korean exporters' ex-duty price (negative = price absorption). */
  exporterPriceKoreaPct: number;
  sectorImportPriceIndexPct: number;
  consumerPriceKoreaGoodsPct: number;
  consumerPriceSectorImportsPct: number;
  /** Change in US buyers' surplus (consumers plus domestic producers), USD; negative = loss. */
  consumerSurplusChange: number;
  /** consumerSurplusChange + deltaTariffRevenueTotal. */
  welfareChangeUS: number;
  /** M_K0 − M_K1, USD; positive = loss. */
  koreaExportLoss: number;
  /** Empty when the computation is clean. */
  flags: ModelFlag[];
}

/** Scenario totals (spec §4.5): money fields are plain sums over sectors in input order. */
export interface ScenarioTotals {
  importsKorea0: number;
  importsKorea1: number;
  deltaImportsKorea: number;
  importsRow0: number;
  importsRow1: number;
  deltaImportsRow: number;
  deltaImportsTotal: number;
  tariffRevenueKorea0: number;
  tariffRevenueKorea1: number;
  deltaTariffRevenueKorea: number;
  deltaTariffRevenueTotal: number;
  consumerSurplusChange: number;
  welfareChangeUS: number;
  koreaExportLoss: number;
  /** koreaExportLoss / koreaGdpUsd · 100. */
  koreaExportLossPctGdp: number;
  /** koreaValueAddedShare · koreaExportLoss / koreaGdpUsd · 100. */
  koreaValueAddedLossPctGdp: number;
  /** Mean of priceKoreaGoodsPct weighted by baseline tariff-inclusive outlay (1+t_K0)·M_K0; 0 if none. */
  priceKoreaGoodsPctWeighted: number;
  /** Same weighting applied to consumerPriceKoreaGoodsPct. */
  consumerPriceKoreaGoodsPctWeighted: number;
  /** Sorted, de-duplicated union of the sector flags. */
  flags: ModelFlag[];
}

/** Result of one scenario run. `sectors` keeps the input order. */
export interface ScenarioResult {
  /** The scenario id. */
  scenario: string;
  method: Method;
  sectors: SectorResult[];
  totals: ScenarioTotals;
}

/** One line of a "How is this computed?" walkthrough. */
export interface ExplainStep {
  label: string;
  /** The symbolic formula followed by the numbers plugged in. */
  formula: string;
  value: number;
}

/**
 * Thrown for any invalid input. `field` is a path the UI can map to an input control
 * (e.g. "sectors[2].importDemandElasticity", "scenario.tariffKorea.autos", "opts.koreaGdpUsd");
 * `value` is the offending value as received.
 */
export class ValidationError extends Error {
  readonly field: string;
  readonly value: unknown;

  constructor(field: string, value: unknown, message: string) {
    super(message);
    this.name = "ValidationError";
    this.field = field;
    this.value = value;
  }
}

/** Defaults applied to omitted optional inputs (spec §3, §5). */
export const MODEL_DEFAULTS = {
  method: "ces",
  importsRow: 0,
  tariffKoreaBase: 0,
  tariffRowBase: 0,
  substitutionElasticity: 1.5,
  passThrough: 1,
  passThroughRow: 1,
  retailPassThrough: 1,
  koreaValueAddedShare: 1,
  maxTariff: 1,
} as const;

// Branch thresholds of the spec: below them the general formula divides by ~0.
const COBB_DOUGLAS_TOL = 1e-9;
const LOG_SURPLUS_TOL = 1e-9;

const FLAG_DIVERSION_CAPPED = 1;
const FLAG_CLAMPED_KOREA = 2;
const FLAG_CLAMPED_ROW = 4;

/** Validated, defaulted parameters of one sector; reused across iterations to avoid allocations. */
interface SectorParams {
  id: string;
  mK0: number;
  mR0: number;
  tK0: number;
  tR0: number;
  tK1: number;
  tR1: number;
  eps: number;
  sigma: number;
  phi: number;
  phiR: number;
  psi: number;
}

/** Intermediate quantities shared by the result builder and the explainer. */
interface Solution {
  tauK: number;
  tauR: number;
  eK0: number;
  e0: number;
  theta: number;
  /** Tariff-inclusive Korean price hat (CES p̂_K, SMART 1 + π_K). */
  pK: number;
  pR: number;
  pStarK: number;
  pStarR: number;
  /** Import price index hat. */
  priceIndex: number;
  /** CES only: composite volume hat and Korea's relative-price term (p̂_K/P̂)^(−σ). */
  volume: number;
  relK: number;
  relR: number;
  mK1: number;
  mR1: number;
  creation: number;
  diversion: number;
  exporterPrice: number;
  dCS: number;
  flagBits: number;
}

// Scratch fields start as NaN, not 0: a small-integer start makes V8 re-shape the object when the
// first fraction arrives, which can leave the hot loop in ~5x slower code (observed in Node 20).
function createParams(): SectorParams {
  const x = Number.NaN;
  return { id: "", mK0: x, mR0: x, tK0: x, tR0: x, tK1: x, tR1: x, eps: x, sigma: x, phi: x, phiR: x, psi: x };
}

function createSolution(): Solution {
  const x = Number.NaN;
  return {
    tauK: x, tauR: x, eK0: x, e0: x, theta: x, pK: x, pR: x, pStarK: x, pStarR: x, priceIndex: x,
    volume: x, relK: x, relR: x, mK1: x, mR1: x, creation: x, diversion: x, exporterPrice: x, dCS: x,
    flagBits: 0,
  };
}

/** Python-style float text so messages match the reference vectors ("1.0", not "1"). */
function formatValue(v: unknown): string {
  if (typeof v === "number") {
    return Number.isInteger(v) && Math.abs(v) < 1e16 ? v.toFixed(1) : String(v);
  }
  if (typeof v === "string") return JSON.stringify(v);
  return String(v);
}

function sectorPath(index: number): string {
  return index >= 0 ? `sectors[${index}]` : "sector";
}

function recordPath(base: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${base}.${key}` : `${base}[${JSON.stringify(key)}]`;
}

function failNotFinite(field: string, value: unknown): never {
  throw new ValidationError(field, value, `${field} must be a finite number (got ${formatValue(value)})`);
}

/** Reads an optional sector number; `undefined` means "use the default", `null` is an error. */
function readSectorNumber(raw: unknown, fallback: number, index: number, key: string): number {
  if (raw === undefined) return fallback;
  if (typeof raw !== "number" || !Number.isFinite(raw)) failNotFinite(`${sectorPath(index)}.${key}`, raw);
  return raw;
}

function readRequiredSectorNumber(raw: unknown, index: number, key: string): number {
  if (typeof raw !== "number" || !Number.isFinite(raw)) failNotFinite(`${sectorPath(index)}.${key}`, raw);
  return raw;
}

function checkUnitInterval(v: number, index: number, key: string): void {
  if (v < 0 || v > 1) {
    const field = `${sectorPath(index)}.${key}`;
    throw new ValidationError(field, v, `${field} must be in [0, 1] (got ${formatValue(v)})`);
  }
}

function checkNonNegative(v: number, index: number, key: string): void {
  if (v < 0) {
    const field = `${sectorPath(index)}.${key}`;
    throw new ValidationError(field, v, `${field} must be >= 0 (got ${formatValue(v)})`);
  }
}

const TARIFF_KOREA_BASE = 0;
const TARIFF_ROW_BASE = 1;
const TARIFF_KOREA_SCENARIO = 2;
const TARIFF_ROW_SCENARIO = 3;
type TariffSlot = 0 | 1 | 2 | 3;

// Built only on the error path: the validation of valid input must not allocate strings.
function describeTariff(slot: TariffSlot, index: number, id: string): { field: string; label: string } {
  switch (slot) {
    case TARIFF_KOREA_BASE:
      return { field: `${sectorPath(index)}.tariffKoreaBase`, label: "tariffKoreaBase(baseline)" };
    case TARIFF_ROW_BASE:
      return { field: `${sectorPath(index)}.tariffRowBase`, label: "tariffRowBase(baseline)" };
    case TARIFF_KOREA_SCENARIO:
      return { field: recordPath("scenario.tariffKorea", id), label: "tariffKorea(scenario)" };
    case TARIFF_ROW_SCENARIO:
      return { field: recordPath("scenario.tariffRow", id), label: "tariffRow(scenario)" };
  }
}

/** Messages start with the reference wording, e.g. "tariffKorea(scenario)=-0.05: negative ...". */
function checkTariff(raw: unknown, maxTariff: number, slot: TariffSlot, index: number, id: string): number {
  let problem: string;
  if (typeof raw !== "number" || !Number.isFinite(raw)) problem = "must be a finite number";
  else if (raw < 0) problem = "negative tariffs are not allowed";
  else if (raw > maxTariff) problem = `exceeds maximum tariff ${formatValue(maxTariff)}`;
  else return raw;
  const { field, label } = describeTariff(slot, index, id);
  throw new ValidationError(field, raw, `${label}=${formatValue(raw)}: ${problem} (field ${field})`);
}

/** Own-property lookup so ids such as "constructor" never hit Object.prototype. */
function lookupRate(rates: Record<string, number> | undefined, id: string): unknown {
  if (rates === undefined || !Object.hasOwn(rates, id)) return undefined;
  return rates[id];
}

function checkRateRecord(raw: unknown, field: string, optional: boolean): Record<string, number> | undefined {
  if (raw === undefined && optional) return undefined;
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    throw new ValidationError(
      field,
      raw,
      `${field} must be an object mapping sector id to tariff (got ${formatValue(raw)})`,
    );
  }
  return raw as Record<string, number>;
}

interface ResolvedOptions {
  method: Method;
  koreaGdpUsd: number;
  koreaValueAddedShare: number;
  maxTariff: number;
}

function resolveOptions(opts: ModelOptions): ResolvedOptions {
  if (opts === null || typeof opts !== "object") {
    throw new ValidationError("opts", opts, `opts must be an object (got ${formatValue(opts)})`);
  }
  const rawMethod: unknown = opts.method;
  const method = rawMethod === undefined ? MODEL_DEFAULTS.method : rawMethod;
  if (method !== "ces" && method !== "smart") {
    throw new ValidationError(
      "opts.method",
      rawMethod,
      `opts.method must be "ces" or "smart" (got ${formatValue(rawMethod)})`,
    );
  }
  const gdp: unknown = opts.koreaGdpUsd;
  if (typeof gdp !== "number" || !Number.isFinite(gdp)) failNotFinite("opts.koreaGdpUsd", gdp);
  if (gdp <= 0) {
    throw new ValidationError("opts.koreaGdpUsd", gdp, `opts.koreaGdpUsd must be > 0 (got ${formatValue(gdp)})`);
  }
  const rawShare: unknown = opts.koreaValueAddedShare;
  const share = rawShare === undefined ? MODEL_DEFAULTS.koreaValueAddedShare : rawShare;
  if (typeof share !== "number" || !Number.isFinite(share)) failNotFinite("opts.koreaValueAddedShare", share);
  if (share <= 0 || share > 1) {
    throw new ValidationError(
      "opts.koreaValueAddedShare",
      share,
      `opts.koreaValueAddedShare must be in (0, 1] (got ${formatValue(share)})`,
    );
  }
  const rawMax: unknown = opts.maxTariff;
  const maxTariff = rawMax === undefined ? MODEL_DEFAULTS.maxTariff : rawMax;
  if (typeof maxTariff !== "number" || !Number.isFinite(maxTariff)) failNotFinite("opts.maxTariff", maxTariff);
  if (maxTariff < 0) {
    throw new ValidationError(
      "opts.maxTariff",
      maxTariff,
      `opts.maxTariff must be >= 0 (got ${formatValue(maxTariff)})`,
    );
  }
  return { method, koreaGdpUsd: gdp, koreaValueAddedShare: share, maxTariff };
}

/** Validates one sector plus its scenario rates and writes the defaulted values into `out`. */
function readSector(
  sector: SectorInput | undefined,
  index: number,
  tariffKorea: Record<string, number>,
  tariffRow: Record<string, number> | undefined,
  maxTariff: number,
  out: SectorParams,
): void {
  if (sector === null || typeof sector !== "object") {
    const field = sectorPath(index);
    throw new ValidationError(field, sector, `${field} must be an object (got ${formatValue(sector)})`);
  }
  const id: unknown = sector.id;
  if (typeof id !== "string") {
    const field = `${sectorPath(index)}.id`;
    throw new ValidationError(field, id, `${field} must be a string (got ${formatValue(id)})`);
  }
  const mK0 = readRequiredSectorNumber(sector.importsKorea, index, "importsKorea");
  checkNonNegative(mK0, index, "importsKorea");
  const mR0 = readSectorNumber(sector.importsRow, MODEL_DEFAULTS.importsRow, index, "importsRow");
  checkNonNegative(mR0, index, "importsRow");

  const rawK0 = sector.tariffKoreaBase;
  const tK0 = checkTariff(
    rawK0 === undefined ? MODEL_DEFAULTS.tariffKoreaBase : rawK0,
    maxTariff,
    TARIFF_KOREA_BASE,
    index,
    id,
  );
  const rawR0 = sector.tariffRowBase;
  const tR0 = checkTariff(
    rawR0 === undefined ? MODEL_DEFAULTS.tariffRowBase : rawR0,
    maxTariff,
    TARIFF_ROW_BASE,
    index,
    id,
  );

  const eps = readRequiredSectorNumber(sector.importDemandElasticity, index, "importDemandElasticity");
  if (eps > 0) {
    const field = `${sectorPath(index)}.importDemandElasticity`;
    throw new ValidationError(
      field,
      eps,
      `${field} must be <= 0 (enter e.g. -1.5) (got ${formatValue(eps)})`,
    );
  }
  const sigma = readSectorNumber(
    sector.substitutionElasticity,
    MODEL_DEFAULTS.substitutionElasticity,
    index,
    "substitutionElasticity",
  );
  checkNonNegative(sigma, index, "substitutionElasticity");
  const phi = readSectorNumber(sector.passThrough, MODEL_DEFAULTS.passThrough, index, "passThrough");
  checkUnitInterval(phi, index, "passThrough");
  const phiR = readSectorNumber(sector.passThroughRow, MODEL_DEFAULTS.passThroughRow, index, "passThroughRow");
  checkUnitInterval(phiR, index, "passThroughRow");
  const psi = readSectorNumber(
    sector.retailPassThrough,
    MODEL_DEFAULTS.retailPassThrough,
    index,
    "retailPassThrough",
  );
  checkUnitInterval(psi, index, "retailPassThrough");

  const rawK1 = lookupRate(tariffKorea, id);
  const tK1 = rawK1 === undefined ? tK0 : checkTariff(rawK1, maxTariff, TARIFF_KOREA_SCENARIO, index, id);
  const rawR1 = lookupRate(tariffRow, id);
  const tR1 = rawR1 === undefined ? tR0 : checkTariff(rawR1, maxTariff, TARIFF_ROW_SCENARIO, index, id);

  out.id = id;
  out.mK0 = mK0;
  out.mR0 = mR0;
  out.tK0 = tK0;
  out.tR0 = tR0;
  out.tK1 = tK1;
  out.tR1 = tR1;
  out.eps = eps;
  out.sigma = sigma;
  out.phi = phi;
  out.phiR = phiR;
  out.psi = psi;
}

function solveCommon(p: SectorParams, s: Solution): void {
  s.tauK = (1 + p.tK1) / (1 + p.tK0);
  s.tauR = (1 + p.tR1) / (1 + p.tR0);
  s.eK0 = (1 + p.tK0) * p.mK0;
  s.e0 = s.eK0 + (1 + p.tR0) * p.mR0;
  s.theta = s.e0 === 0 ? 0 : s.eK0 / s.e0;
  s.flagBits = 0;
}

// Math.pow dominates the CES cost; these identities are exact, so results stay bit-identical.
function raise(base: number, exponent: number): number {
  if (base === 1 || exponent === 0) return 1;
  if (exponent === 1) return base;
  return Math.pow(base, exponent);
}

/** Spec §4.2: exact two-level CES in hat algebra. */
function solveCes(p: SectorParams, s: Solution): void {
  solveCommon(p, s);
  const { sigma, eps, mK0, mR0 } = p;
  const theta = s.theta;
  const pK = raise(s.tauK, p.phi);
  const pR = raise(s.tauR, p.phiR);
  let priceIndex: number;
  if (Math.abs(sigma - 1) < COBB_DOUGLAS_TOL) {
    priceIndex = raise(pK, theta) * raise(pR, 1 - theta);
  } else {
    const r = 1 - sigma;
    priceIndex = raise(theta * raise(pK, r) + (1 - theta) * raise(pR, r), 1 / r);
  }
  const volume = raise(priceIndex, eps);
  const relK = raise(pK / priceIndex, -sigma);
  const relR = raise(pR / priceIndex, -sigma);
  const qK = volume * relK;
  const pStarK = pK / s.tauK;
  const pStarR = pR / s.tauR;
  s.pK = pK;
  s.pR = pR;
  s.pStarK = pStarK;
  s.pStarR = pStarR;
  s.priceIndex = priceIndex;
  s.volume = volume;
  s.relK = relK;
  s.relR = relR;
  // With no baseline trade the hats can be huge (σ large, θ = 0); 0·∞ must not leak NaN.
  if (mK0 === 0) {
    s.mK1 = 0;
    s.creation = 0;
    s.diversion = 0;
    s.exporterPrice = 0;
  } else {
    s.mK1 = mK0 * qK * pStarK;
    s.creation = mK0 * (volume - 1);
    s.diversion = mK0 * volume * (relK - 1);
    s.exporterPrice = mK0 * qK * (pStarK - 1);
  }
  s.mR1 = mR0 === 0 ? 0 : mR0 * (volume * relR) * pStarR;
  if (s.e0 === 0) {
    s.dCS = 0;
  } else if (Math.abs(eps + 1) < LOG_SURPLUS_TOL) {
    s.dCS = -s.e0 * Math.log(priceIndex);
  } else {
    s.dCS = (-s.e0 * (raise(priceIndex, 1 + eps) - 1)) / (1 + eps);
  }
}

/** Spec §4.3: WITS-SMART linear trade creation plus closed-form diversion. */
function solveSmart(p: SectorParams, s: Solution): void {
  solveCommon(p, s);
  const { sigma, eps, mK0, mR0 } = p;
  const piK = p.phi * (s.tauK - 1);
  const piR = p.phiR * (s.tauR - 1);
  const pStarK = (1 + piK) / s.tauK;
  const pStarR = (1 + piR) / s.tauR;
  const tcK = eps * mK0 * piK;
  const tcR = eps * mR0 * piR;
  let flagBits = 0;
  let td = 0;
  // Diversion needs two sources; the reference vectors raise the cap flag only when it can bite.
  if (mK0 > 0 && mR0 > 0) {
    const r = (1 + piK) / (1 + piR) - 1;
    let shift = -sigma * r;
    if (shift < -1) {
      shift = -1;
      flagBits |= FLAG_DIVERSION_CAPPED;
    }
    if (shift !== 0) td = (mK0 * mR0 * shift) / (mR0 + mK0 * (1 + shift));
  }
  let qK1 = mK0 + tcK + td;
  if (qK1 < 0) {
    qK1 = 0;
    flagBits |= FLAG_CLAMPED_KOREA;
  }
  let qR1 = mR0 + tcR - td;
  if (qR1 < 0) {
    qR1 = 0;
    flagBits |= FLAG_CLAMPED_ROW;
  }
  s.pK = 1 + piK;
  s.pR = 1 + piR;
  s.pStarK = pStarK;
  s.pStarR = pStarR;
  s.priceIndex = 1 + s.theta * piK + (1 - s.theta) * piR;
  s.volume = 1;
  s.relK = 1;
  s.relR = 1;
  s.mK1 = qK1 * pStarK;
  s.mR1 = qR1 * pStarR;
  s.creation = tcK;
  s.diversion = td;
  s.exporterPrice = qK1 * (pStarK - 1);
  s.dCS = -0.5 * ((1 + p.tK0) * piK * (mK0 + qK1) + (1 + p.tR0) * piR * (mR0 + qR1));
  s.flagBits = flagBits;
}

// Alphabetical order, so a bit mask expands straight into the sorted flag list of §4.5.
function expandFlags(bits: number): ModelFlag[] {
  const flags: ModelFlag[] = [];
  if (bits & FLAG_DIVERSION_CAPPED) flags.push("smart_diversion_capped");
  if (bits & FLAG_CLAMPED_KOREA) flags.push("smart_negative_imports_clamped_korea");
  if (bits & FLAG_CLAMPED_ROW) flags.push("smart_negative_imports_clamped_row");
  return flags;
}

// `+ 0` turns IEEE negative zero (e.g. ε·M·0) into 0 so displays never show "-0".
function buildSectorResult(p: SectorParams, s: Solution): SectorResult {
  const { mK0, mR0, tK0, tR0, tK1, tR1 } = p;
  const mK1 = s.mK1;
  const mR1 = s.mR1;
  const revenueK0 = tK0 * mK0;
  const revenueK1 = tK1 * mK1;
  const priceKoreaGoodsPct = (s.pK - 1) * 100 + 0;
  const sectorImportPriceIndexPct = (s.priceIndex - 1) * 100 + 0;
  const deltaTariffRevenueTotal = revenueK1 + tR1 * mR1 - (revenueK0 + tR0 * mR0) + 0;
  const dCS = s.dCS + 0;
  return {
    id: p.id,
    importsKorea0: mK0,
    importsKorea1: mK1 + 0,
    deltaImportsKorea: mK1 - mK0 + 0,
    pctChangeImportsKorea: mK0 === 0 ? 0 : (mK1 / mK0 - 1) * 100 + 0,
    components: {
      creation: s.creation + 0,
      diversion: s.diversion + 0,
      exporterPrice: s.exporterPrice + 0,
    },
    importsRow0: mR0,
    importsRow1: mR1 + 0,
    deltaImportsRow: mR1 - mR0 + 0,
    deltaImportsTotal: mK1 + mR1 - (mK0 + mR0) + 0,
    tariffRevenueKorea0: revenueK0 + 0,
    tariffRevenueKorea1: revenueK1 + 0,
    deltaTariffRevenueKorea: revenueK1 - revenueK0 + 0,
    deltaTariffRevenueTotal,
    tariffPowerChangePct: (s.tauK - 1) * 100 + 0,
    priceKoreaGoodsPct,
    exporterPriceKoreaPct: (s.pStarK - 1) * 100 + 0,
    sectorImportPriceIndexPct,
    consumerPriceKoreaGoodsPct: p.psi * priceKoreaGoodsPct + 0,
    consumerPriceSectorImportsPct: p.psi * sectorImportPriceIndexPct + 0,
    consumerSurplusChange: dCS,
    welfareChangeUS: dCS + deltaTariffRevenueTotal + 0,
    koreaExportLoss: mK0 - mK1 + 0,
    flags: s.flagBits === 0 ? [] : expandFlags(s.flagBits),
  };
}

// Hashing every id for the duplicate check is a large share of a run, and callers evaluate several
// scenarios over one sector list. Remembering the last id list that passed lets an identical list
// skip the hashing; the outputs never depend on this cache.
let lastUniqueIds: readonly string[] = [];

function hasSameIdsAsLastUnique(sectors: readonly unknown[]): boolean {
  const known = lastUniqueIds;
  const n = sectors.length;
  if (n !== known.length || n === 0) return false;
  for (let i = 0; i < n; i++) {
    const sector = sectors[i];
    if (sector === null || typeof sector !== "object" || (sector as SectorInput).id !== known[i]) return false;
  }
  return true;
}

/**
 * Runs one tariff scenario against the baseline for every sector (spec §4) and sums the totals (§4.5).
 *
 * Invariants: sector results keep the input order; when no rate changes, every delta is exactly 0
 * and no flag is set; totals are the plain in-order sums of the sector fields; with method "ces"
 * components sum to deltaImportsKorea (up to rounding). Outputs are finite for realistic parameters (|ε|, σ up to
 * several hundred with the default maxTariff); extreme elasticities can overflow IEEE doubles.
 *
 * Scenario rates for ids that are not in `sectors` are ignored.
 *
 * @throws ValidationError on any input rule of spec §6 (first violation found, options first,
 *   then sectors in order).
 */
export function runScenario(sectors: SectorInput[], scenario: ScenarioInput, opts: ModelOptions): ScenarioResult {
  const options = resolveOptions(opts);
  if (!Array.isArray(sectors)) {
    throw new ValidationError("sectors", sectors, `sectors must be an array (got ${formatValue(sectors)})`);
  }
  if (scenario === null || typeof scenario !== "object") {
    throw new ValidationError("scenario", scenario, `scenario must be an object (got ${formatValue(scenario)})`);
  }
  const tariffKorea = checkRateRecord(scenario.tariffKorea, "scenario.tariffKorea", false) as Record<string, number>;
  const tariffRow = checkRateRecord(scenario.tariffRow, "scenario.tariffRow", true);
  const smart = options.method === "smart";

  const n = sectors.length;
  const results: SectorResult[] = new Array<SectorResult>(n);
  const idsKnownUnique = hasSameIdsAsLastUnique(sectors);
  const firstIndexById = idsKnownUnique ? undefined : new Map<string, number>();
  const ids: string[] | undefined = idsKnownUnique ? undefined : new Array<string>(n);
  const params = createParams();
  const solution = createSolution();

  let importsKorea0 = 0;
  let importsKorea1 = 0;
  let deltaImportsKorea = 0;
  let importsRow0 = 0;
  let importsRow1 = 0;
  let deltaImportsRow = 0;
  let deltaImportsTotal = 0;
  let tariffRevenueKorea0 = 0;
  let tariffRevenueKorea1 = 0;
  let deltaTariffRevenueKorea = 0;
  let deltaTariffRevenueTotal = 0;
  let consumerSurplusChange = 0;
  let welfareChangeUS = 0;
  let koreaExportLoss = 0;
  let weightSum = 0;
  let weightedPrice = 0;
  let weightedConsumerPrice = 0;
  let flagBits = 0;

  for (let i = 0; i < n; i++) {
    readSector(sectors[i], i, tariffKorea, tariffRow, options.maxTariff, params);
    if (firstIndexById !== undefined && ids !== undefined) {
      const previous = firstIndexById.get(params.id);
      if (previous !== undefined) {
        const field = `sectors[${i}].id`;
        throw new ValidationError(
          field,
          params.id,
          `${field} ${formatValue(params.id)} duplicates sectors[${previous}].id`,
        );
      }
      firstIndexById.set(params.id, i);
      ids[i] = params.id;
    }

    if (smart) solveSmart(params, solution);
    else solveCes(params, solution);
    const r = buildSectorResult(params, solution);
    results[i] = r;

    importsKorea0 += r.importsKorea0;
    importsKorea1 += r.importsKorea1;
    deltaImportsKorea += r.deltaImportsKorea;
    importsRow0 += r.importsRow0;
    importsRow1 += r.importsRow1;
    deltaImportsRow += r.deltaImportsRow;
    deltaImportsTotal += r.deltaImportsTotal;
    tariffRevenueKorea0 += r.tariffRevenueKorea0;
    tariffRevenueKorea1 += r.tariffRevenueKorea1;
    deltaTariffRevenueKorea += r.deltaTariffRevenueKorea;
    deltaTariffRevenueTotal += r.deltaTariffRevenueTotal;
    consumerSurplusChange += r.consumerSurplusChange;
    welfareChangeUS += r.welfareChangeUS;
    koreaExportLoss += r.koreaExportLoss;
    const weight = solution.eK0;
    weightSum += weight;
    weightedPrice += weight * r.priceKoreaGoodsPct;
    weightedConsumerPrice += weight * r.consumerPriceKoreaGoodsPct;
    flagBits |= solution.flagBits;
  }

  if (ids !== undefined) lastUniqueIds = ids;

  const { koreaGdpUsd, koreaValueAddedShare } = options;
  return {
    scenario: scenario.id,
    method: options.method,
    sectors: results,
    totals: {
      importsKorea0,
      importsKorea1,
      deltaImportsKorea,
      importsRow0,
      importsRow1,
      deltaImportsRow,
      deltaImportsTotal,
      tariffRevenueKorea0,
      tariffRevenueKorea1,
      deltaTariffRevenueKorea,
      deltaTariffRevenueTotal,
      consumerSurplusChange,
      welfareChangeUS,
      koreaExportLoss,
      koreaExportLossPctGdp: (koreaExportLoss / koreaGdpUsd) * 100 + 0,
      koreaValueAddedLossPctGdp: ((koreaValueAddedShare * koreaExportLoss) / koreaGdpUsd) * 100 + 0,
      priceKoreaGoodsPctWeighted: weightSum === 0 ? 0 : weightedPrice / weightSum + 0,
      consumerPriceKoreaGoodsPctWeighted: weightSum === 0 ? 0 : weightedConsumerPrice / weightSum + 0,
      flags: expandFlags(flagBits),
    },
  };
}

function formatNumber(x: number): string {
  if (x === 0) return "0";
  const abs = Math.abs(x);
  if (abs >= 1e6 || abs < 1e-4) return x.toExponential(6);
  return String(Number(x.toPrecision(10)));
}

/**
 * Step-by-step CES computation for one sector (spec §4.2) with the actual numbers plugged in, for a
 * "How is this computed?" panel. Always uses the CES method regardless of `opts.method`; the final
 * values equal the corresponding `runScenario` outputs for method "ces".
 *
 * @throws ValidationError on invalid input (fields are reported under "sector.*").
 */
export function explainSector(sector: SectorInput, scenario: ScenarioInput, opts: ModelOptions): ExplainStep[] {
  const options = resolveOptions(opts);
  if (scenario === null || typeof scenario !== "object") {
    throw new ValidationError("scenario", scenario, `scenario must be an object (got ${formatValue(scenario)})`);
  }
  const tariffKorea = checkRateRecord(scenario.tariffKorea, "scenario.tariffKorea", false) as Record<string, number>;
  const tariffRow = checkRateRecord(scenario.tariffRow, "scenario.tariffRow", true);
  const p = createParams();
  readSector(sector, -1, tariffKorea, tariffRow, options.maxTariff, p);
  const s = createSolution();
  solveCes(p, s);
  const r = buildSectorResult(p, s);
  const { mK0, mR0, tK0, tR0, tK1, tR1, eps, sigma, phi, phiR, psi } = p;
  const cobbDouglas = Math.abs(sigma - 1) < COBB_DOUGLAS_TOL;
  const logSurplus = Math.abs(eps + 1) < LOG_SURPLUS_TOL;

  const steps: ExplainStep[] = [
    {
      label: "Tariff power change, Korea",
      formula: `τ̂_K = (1 + t_K1)/(1 + t_K0) = (1 + ${formatNumber(tK1)})/(1 + ${formatNumber(tK0)})`,
      value: s.tauK,
    },
    {
      label: "Tariff power change, rest of world",
      formula: `τ̂_R = (1 + t_R1)/(1 + t_R0) = (1 + ${formatNumber(tR1)})/(1 + ${formatNumber(tR0)})`,
      value: s.tauR,
    },
    {
      label: "Korea's baseline share of tariff-inclusive outlay",
      formula:
        `θ = (1 + t_K0)·M_K0 / ((1 + t_K0)·M_K0 + (1 + t_R0)·M_R0)` +
        ` = ${formatNumber(s.eK0)} / ${formatNumber(s.e0)}`,
      value: s.theta,
    },
    {
      label: "Border price of Korean goods (tariff-inclusive)",
      formula: `p̂_K = τ̂_K^φ = ${formatNumber(s.tauK)}^${formatNumber(phi)}`,
      value: s.pK,
    },
    {
      label: "Border price of rest-of-world goods",
      formula: `p̂_R = τ̂_R^φ_R = ${formatNumber(s.tauR)}^${formatNumber(phiR)}`,
      value: s.pR,
    },
    {
      label: "Korean exporter price (ex-duty)",
      formula: `p̂*_K = p̂_K / τ̂_K = ${formatNumber(s.pK)} / ${formatNumber(s.tauK)}`,
      value: s.pStarK,
    },
    {
      label: "Sector import price index",
      formula: cobbDouglas
        ? `P̂ = p̂_K^θ · p̂_R^(1−θ) = ${formatNumber(s.pK)}^${formatNumber(s.theta)} · ${formatNumber(s.pR)}^${formatNumber(1 - s.theta)}`
        : `P̂ = (θ·p̂_K^(1−σ) + (1−θ)·p̂_R^(1−σ))^(1/(1−σ)) = ` +
          `(${formatNumber(s.theta)}·${formatNumber(s.pK)}^${formatNumber(1 - sigma)} + ${formatNumber(1 - s.theta)}·${formatNumber(s.pR)}^${formatNumber(1 - sigma)})` +
          `^(1/${formatNumber(1 - sigma)})`,
      value: s.priceIndex,
    },
    {
      label: "Composite import volume",
      formula: `Q̂ = P̂^ε = ${formatNumber(s.priceIndex)}^${formatNumber(eps)}`,
      value: s.volume,
    },
    {
      label: "Korean import volume",
      formula:
        `q̂_K = Q̂·(p̂_K/P̂)^(−σ) = ` +
        `${formatNumber(s.volume)}·(${formatNumber(s.pK)}/${formatNumber(s.priceIndex)})^${formatNumber(-sigma)}`,
      value: s.volume * s.relK,
    },
    {
      label: "US imports from Korea after the change (USD)",
      formula: `M_K1 = M_K0·q̂_K·p̂*_K = ${formatNumber(mK0)}·${formatNumber(s.volume * s.relK)}·${formatNumber(s.pStarK)}`,
      value: r.importsKorea1,
    },
    {
      label: "US imports from the rest of the world after the change (USD)",
      formula:
        `M_R1 = M_R0·Q̂·(p̂_R/P̂)^(−σ)·p̂*_R = ` +
        `${formatNumber(mR0)}·${formatNumber(s.volume)}·${formatNumber(s.relR)}·${formatNumber(s.pStarR)}`,
      value: r.importsRow1,
    },
    {
      label: "Trade creation (USD)",
      formula: `M_K0·(Q̂ − 1) = ${formatNumber(mK0)}·(${formatNumber(s.volume)} − 1)`,
      value: r.components.creation,
    },
    {
      label: "Trade diversion (USD)",
      formula: `M_K0·Q̂·((p̂_K/P̂)^(−σ) − 1) = ${formatNumber(mK0)}·${formatNumber(s.volume)}·(${formatNumber(s.relK)} − 1)`,
      value: r.components.diversion,
    },
    {
      label: "Korean exporter price absorption (USD)",
      formula: `M_K0·q̂_K·(p̂*_K − 1) = ${formatNumber(mK0)}·${formatNumber(s.volume * s.relK)}·(${formatNumber(s.pStarK)} − 1)`,
      value: r.components.exporterPrice,
    },
    {
      label: "Change in tariff revenue (USD)",
      formula:
        `(t_K1·M_K1 + t_R1·M_R1) − (t_K0·M_K0 + t_R0·M_R0) = ` +
        `(${formatNumber(tK1)}·${formatNumber(r.importsKorea1)} + ${formatNumber(tR1)}·${formatNumber(r.importsRow1)}) − ` +
        `(${formatNumber(tK0)}·${formatNumber(mK0)} + ${formatNumber(tR0)}·${formatNumber(mR0)})`,
      value: r.deltaTariffRevenueTotal,
    },
    {
      label: "Change in US buyers' surplus (USD)",
      formula:
        s.e0 === 0
          ? "ΔCS = 0 (no baseline imports)"
          : logSurplus
            ? `ΔCS = −E_0·ln P̂ = −${formatNumber(s.e0)}·ln ${formatNumber(s.priceIndex)}`
            : `ΔCS = −E_0·(P̂^(1+ε) − 1)/(1+ε) = ` +
              `−${formatNumber(s.e0)}·(${formatNumber(s.priceIndex)}^${formatNumber(1 + eps)} − 1)/${formatNumber(1 + eps)}`,
      value: r.consumerSurplusChange,
    },
    {
      label: "Change in US welfare (USD)",
      formula: `ΔW = ΔCS + ΔTR = ${formatNumber(r.consumerSurplusChange)} + ${formatNumber(r.deltaTariffRevenueTotal)}`,
      value: r.welfareChangeUS,
    },
    {
      label: "Consumer price of Korean goods (%)",
      formula: `ψ·(p̂_K − 1)·100 = ${formatNumber(psi)}·(${formatNumber(s.pK)} − 1)·100`,
      value: r.consumerPriceKoreaGoodsPct,
    },
    {
      label: "Korea's export loss (USD)",
      formula: `M_K0 − M_K1 = ${formatNumber(mK0)} − ${formatNumber(r.importsKorea1)}`,
      value: r.koreaExportLoss,
    },
  ];
  return steps;
}

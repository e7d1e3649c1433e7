import { describe, expect, it } from "vitest";
import rawIndicators from "../../data/indicators.json";
import rawSources from "../../data/sources.json";
import { indicatorsFileSchema, type IndicatorsFile } from "../../src/domain/schemas";
import { INDICATORS, panelIndicators } from "../../src/domain/indicators/registry";
import { INDICATOR_IDS, type IndicatorDef } from "../../src/domain/indicators/types";
import { indicatorSourceIds, resolveIndicator } from "../../src/domain/indicators/resolve";
import { buildYearBars } from "../../src/domain/indicators/chart-data";

// The registry is checked against the real data file: a renamed series or a dropped source fails here.
const file: IndicatorsFile = indicatorsFileSchema.parse(rawIndicators);
const sourceIds = new Set(rawSources.records.map((s) => s.id));
const defs = Object.values(INDICATORS) as IndicatorDef[];

function resolved(def: IndicatorDef) {
  const r = resolveIndicator(def, file);
  if (!r.ok) throw new Error(`${def.id}: data/indicators.json lacks ${r.error.join(", ")}`);
  return r.value;
}

describe("INDICATORS registry", () => {
  it("has one entry per IndicatorId, keyed by its own id", () => {
    expect(Object.keys(INDICATORS).sort()).toEqual([...INDICATOR_IDS].sort());
    for (const id of INDICATOR_IDS) expect(INDICATORS[id].id).toBe(id);
  });

  it("splits into the two panels in declaration order", () => {
    expect(panelIndicators("alliance").map((d) => d.id)).toEqual(INDICATOR_IDS.filter((id) => INDICATORS[id].panel === "alliance"));
    expect(panelIndicators("alliance").length + panelIndicators("threats").length).toBe(INDICATOR_IDS.length);
  });

  it.each(defs.map((d) => [d.id, d] as const))("%s: every series and fact it names is in data/indicators.json", (_id, def) => {
    expect(resolveIndicator(def, file)).toMatchObject({ ok: true });
  });

  it.each(defs.map((d) => [d.id, d] as const))("%s: its defining sources exist and are cited by its own data", (_id, def) => {
    const r = resolved(def);
    const cited = new Set(indicatorSourceIds({ ...r, def: { ...def, sourceIds: [] } }));
    for (const id of def.sourceIds) {
      expect(sourceIds.has(id), `${id} in sources.json`).toBe(true);
      expect(cited.has(id), `${id} cited by ${def.id}'s series or facts`).toBe(true);
    }
    for (const id of cited) expect(sourceIds.has(id), `${id} in sources.json`).toBe(true);
  });

  it.each(defs.filter((d) => d.series.length > 0).map((d) => [d.id, d] as const))(
    "%s: says whether up is good or bad the same way as its series",
    (_id, def) => {
      for (const s of resolved(def).series) expect(s.data.direction, s.data.id).toBe(def.direction);
    },
  );

  it("shows every alliance and threat series of the data file somewhere", () => {
    const shown = new Set(defs.flatMap((d) => d.series.map((s) => s.id)));
    const missing = file.series.filter((s) => (s.group === "alliance" || s.group === "threat") && !shown.has(s.id)).map((s) => s.id);
    expect(missing).toEqual([]);
  });

  it("keeps each launch-counting method its own series, never merged", () => {
    const launches = resolved(INDICATORS["dprk-launches"]);
    const methods = new Set(launches.series.map((s) => s.data.method));
    expect(launches.series.length).toBeGreaterThanOrEqual(3);
    expect(methods.size).toBe(launches.series.length);
    const bars = buildYearBars(launches, null);
    expect(new Set(bars.plots.map((p) => p.legend)).size).toBe(launches.series.length);
    expect(bars.stacked).toBe(false);
  });

  it("keeps ROK defence/GDP definitions apart: MND and SIPRI series and the US statement", () => {
    const burden = resolved(INDICATORS["rok-defence-burden"]);
    expect(burden.series.map((s) => s.data.id)).toEqual(["rok_defense_gdp_mnd", "rok_defense_gdp_sipri"]);
    expect(burden.facts.filter((f) => f.ref.role === "point").map((f) => f.data.id)).toEqual(["rok_defense_gdp_us_statement"]);
  });
});

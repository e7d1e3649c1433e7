import { describe, expect, it } from "vitest";
import rawRelations from "../../data/relations.json";
import { INDICATORS } from "../../src/domain/indicators/registry";
import { isLinked, linkedIndicatorIds, linkedPanel, selectionSubject, type MapSelection } from "../../src/domain/indicators/linking";
import type { IndicatorDef } from "../../src/domain/indicators/types";
import type { Iso3, RelationType } from "../../src/domain/types";

const actor = (a: Iso3): MapSelection => ({ actor: a, relation: null });
const edge = (a: Iso3, b: Iso3, type: RelationType): MapSelection => ({ actor: null, relation: { a, b, type } });
const NONE: MapSelection = { actor: null, relation: null };

describe("linkedPanel and linkedIndicatorIds", () => {
  it("North Korea brings Threats forward with its programmes and its part in Russia's war, not China", () => {
    expect(linkedPanel(INDICATORS, actor("PRK"))).toBe("threats");
    expect(linkedIndicatorIds(INDICATORS, actor("PRK"), "threats")).toEqual([
      "dprk-launches",
      "dprk-warheads",
      "dprk-troops-russia",
      "dprk-casualties-russia",
      "russia-dprk-treaty",
    ]);
    expect(linkedIndicatorIds(INDICATORS, actor("PRK"), "alliance")).toEqual([]);
  });

  it("South Korea brings Alliance forward with every alliance indicator", () => {
    expect(linkedPanel(INDICATORS, actor("KOR"))).toBe("alliance");
    expect(linkedIndicatorIds(INDICATORS, actor("KOR"), "alliance")).toHaveLength(6);
    expect(linkedIndicatorIds(INDICATORS, actor("KOR"), "threats")).toEqual([]);
  });

  it.each<[string, MapSelection, "alliance" | "threats" | null]>([
    ["PRK–RUS alliance", edge("PRK", "RUS", "alliance"), "threats"],
    ["RUS–PRK military cooperation (reversed)", edge("RUS", "PRK", "military_cooperation"), "threats"],
    ["PRK–UKR hostility", edge("PRK", "UKR", "hostility"), "threats"],
    ["KOR–PRK hostility", edge("KOR", "PRK", "hostility"), "threats"],
    ["USA–KOR alliance", edge("USA", "KOR", "alliance"), "alliance"],
    ["KOR–USA alliance (reversed)", edge("KOR", "USA", "alliance"), "alliance"],
    ["USA–KOR trade", edge("USA", "KOR", "trade"), null],
    ["CHN–RUS partnership", edge("CHN", "RUS", "partnership"), null],
    ["the United States", actor("USA"), null],
    ["China", actor("CHN"), null],
    ["nothing", NONE, null],
  ])("%s → %s", (_name, sel, panel) => {
    expect(linkedPanel(INDICATORS, sel)).toBe(panel);
  });

  it("the North Korea–Russia edge highlights troops, casualties and the treaty, not launches", () => {
    expect(linkedIndicatorIds(INDICATORS, edge("PRK", "RUS", "alliance"), "threats")).toEqual([
      "dprk-troops-russia",
      "dprk-casualties-russia",
      "russia-dprk-treaty",
    ]);
  });

  it("every relation between North Korea and Russia in relations.json links to Threats", () => {
    const prkRus = rawRelations.records.filter((r) => [r.a, r.b].sort().join() === "PRK,RUS");
    expect(prkRus.map((r) => r.id)).toEqual(expect.arrayContaining(["prk-rus-alliance", "prk-rus-military-cooperation"]));
    for (const r of prkRus) expect(linkedPanel(INDICATORS, edge(r.a as Iso3, r.b as Iso3, r.type as RelationType)), r.id).toBe("threats");
  });

  it("an actor rule never matches an edge and a pair rule never matches an actor", () => {
    const def: Pick<IndicatorDef, "links"> = { links: { actors: ["RUS"], pairs: [{ between: ["USA", "CHN"] }] } };
    expect(isLinked(def, actor("RUS"))).toBe(true);
    expect(isLinked(def, edge("RUS", "UKR", "hostility"))).toBe(false);
    expect(isLinked(def, actor("USA"))).toBe(false);
    expect(isLinked(def, edge("CHN", "USA", "rivalry"))).toBe(true);
  });
});

describe("selectionSubject", () => {
  const names: Record<string, string> = { PRK: "North Korea", RUS: "Russia" };
  const nameOf = (c: Iso3) => names[c] ?? c;
  it("names an actor, an edge, or nothing", () => {
    expect(selectionSubject(actor("PRK"), nameOf)).toBe("North Korea");
    expect(selectionSubject(edge("PRK", "RUS", "alliance"), nameOf)).toBe("North Korea – Russia");
    expect(selectionSubject(NONE, nameOf)).toBeNull();
  });
});

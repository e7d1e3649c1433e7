import { describe, expect, it } from "vitest";
import { INDICATORS } from "../../src/domain/indicators/registry";
import { INDICATOR_IDS } from "../../src/domain/indicators/types";
import { INDICATOR_PARTS, indicatorPartFor, indicatorsOfPart, isPartOf, tradePartFor } from "../../src/domain/panel-parts";
import { PANEL_PARTS } from "../../src/domain/types";
import { buildUrlState, type UrlVocabulary } from "../../src/domain/url-state";
import { parseUrlEnglish } from "../fixtures/url-english";


const vocab: UrlVocabulary = { relationIds: new Set(), eventIds: new Set(), minDate: "2022-01-01", maxDate: "2026-07-02" };

describe("the parts of the long views", () => {
  it("every indicator is in exactly one part of its own panel", () => {
    for (const id of INDICATOR_IDS) {
      const panel = INDICATORS[id].panel;
      expect(isPartOf(panel, INDICATOR_PARTS[id])).toBe(true);
    }
    for (const panel of ["alliance", "threats"] as const) {
      const all = PANEL_PARTS[panel].flatMap((p) => indicatorsOfPart(p));
      expect(new Set(all).size).toBe(all.length);
      expect(all.sort()).toEqual(INDICATOR_IDS.filter((id) => INDICATORS[id].panel === panel).sort());
    }
  });

  it("an indicator view opens at the chosen part, else the selection's first linked part, else the first", () => {
    expect(indicatorPartFor("threats", "region", ["dprk-launches"])).toBe("region");
    expect(indicatorPartFor("threats", null, ["dprk-troops-russia", "russia-dprk-treaty"])).toBe("russia");
    expect(indicatorPartFor("threats", null, ["dprk-launches", "dprk-troops-russia"])).toBe("arsenal");
    expect(indicatorPartFor("threats", null, [])).toBe("arsenal");
    // A part of another panel is not a choice here.
    expect(indicatorPartFor("alliance", "russia", ["alliance-exercises"])).toBe("exercises");
    expect(indicatorPartFor("alliance", null, ["usfk-troops", "alliance-exercises"])).toBe("forces");
    expect(indicatorPartFor("alliance", null, ["rok-defence-burden", "usfk-troops"])).toBe("spending");
    expect(indicatorPartFor("alliance", null, [])).toBe("spending");
  });

  it("Alliance has three parts: the spending charts, US forces with cost-sharing, exercises with deterrence", () => {
    expect(PANEL_PARTS.alliance).toEqual(["spending", "forces", "exercises"]);
    expect(indicatorsOfPart("spending")).toEqual(["rok-defence-budget", "rok-defence-burden"]);
    expect(indicatorsOfPart("forces")).toEqual(["usfk-troops", "sma-cost-sharing"]);
    expect(indicatorsOfPart("exercises")).toEqual(["alliance-exercises", "extended-deterrence"]);
    // The headline's USFK figure opens Alliance at "forces": the part that shows it.
    expect(INDICATOR_PARTS["usfk-troops"]).toBe("forces");
  });

  it("the Trade view opens at the rates for a rates link, at the scenarios for a comparison link", () => {
    expect(tradePartFor(null, { ratesOnSet: true, compareIsDefault: true })).toBe("tariffs");
    expect(tradePartFor(null, { ratesOnSet: false, compareIsDefault: false })).toBe("scenarios");
    expect(tradePartFor(null, { ratesOnSet: false, compareIsDefault: true })).toBe("flows");
    expect(tradePartFor("flows", { ratesOnSet: true, compareIsDefault: false })).toBe("flows");
  });

  it("?part= is kept with its own panel and dropped with a reason otherwise; it round-trips", () => {
    expect(parseUrlEnglish("?part=russia&panel=threats", vocab)).toEqual({ state: { panel: "threats", part: "russia" }, dropped: [] });
    expect(buildUrlState({ panel: "threats", part: "russia" })).toBe("?panel=threats&part=russia");
    const wrong = parseUrlEnglish("?panel=trade&part=russia", vocab);
    expect(wrong.state).toEqual({ panel: "trade" });
    expect(wrong.dropped).toEqual(['part "russia" is not a part of the trade view and was ignored']);
    expect(parseUrlEnglish("?part=flows", vocab).state).toEqual({});
  });
});

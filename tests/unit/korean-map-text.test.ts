import { describe, expect, it } from "vitest";
import { applyMapText } from "../../src/data/korean-map-text";
import type { KoreanOverlay } from "../../src/domain/korean-overlay-walk";

describe("the map's Korean short texts, before the full overlays", () => {
  const base = {
    meta: { title: "Actors" },
    records: [
      { code: "KOR", name: "South Korea", tagline: "A US ally", capital: { name: "Seoul", lat: 37.5 }, summary: "Long text" },
      { code: "PRK", name: "North Korea", tagline: "Nuclear-armed" },
    ],
  };
  const overlay = {
    meta: {},
    records: { KOR: { name: "대한민국", tagline: "미국의 동맹국", capital: { name: "서울" } }, XXX: { name: "없음" }, PRK: { name: "" } },
  } as unknown as KoreanOverlay;

  it("puts names, taglines and capitals in place and leaves everything else as it is", () => {
    const { value, fallbackPaths } = applyMapText(base, overlay);
    expect(value.records[0]).toEqual({ code: "KOR", name: "대한민국", tagline: "미국의 동맹국", capital: { name: "서울", lat: 37.5 }, summary: "Long text" });
    // An empty Korean text keeps the English; an id the file does not have adds nothing.
    expect(value.records[1]).toEqual(base.records[1]);
    expect(value.records).toHaveLength(2);
    expect(fallbackPaths.size).toBe(0);
    expect(base.records[0]!.name).toBe("South Korea");
  });

  it("keys relations by id, and gives malformed input back unchanged", () => {
    const rel = { records: [{ id: "usa-kor", label: "Alliance", strength: 3 }] };
    expect(applyMapText(rel, { meta: {}, records: { "usa-kor": { label: "동맹" } } } as unknown as KoreanOverlay).value.records[0]).toEqual({ id: "usa-kor", label: "동맹", strength: 3 });
    expect(applyMapText("nonsense", overlay).value).toBe("nonsense");
    expect(applyMapText(base, undefined).value).toBe(base);
  });
});

/** The indicator summary sentences and range texts in Korean (issue #21), worded with the real catalogs. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import rawIndicators from "../../data/indicators.json";
import koIndicators from "../../data/ko/indicators.json";
import { applyKoreanOverlay, type KoreanOverlay } from "../../src/domain/korean-overlay-walk";
import { indicatorsFileSchema } from "../../src/domain/schemas";
import { INDICATORS } from "../../src/domain/indicators/registry";
import { resolveIndicator } from "../../src/domain/indicators/resolve";
import { INDICATOR_IDS } from "../../src/domain/indicators/types";
import { activateLanguage, loadLanguage, loadPanelMessages } from "../../src/i18n/i18n";
import { summaryWords } from "../../src/components/indicator-text";
import { formatPointValue } from "../../src/domain/indicators/series-math";
import rawTrade from "../../data/trade.json";
import { tradeFileSchema } from "../../src/domain/schemas";
import { summarizeIndicator } from "../../src/domain/indicator-summary";
import { readdirSync, readFileSync } from "node:fs";
import { INDICATORS_EN } from "../../src/domain/i18n/panels/indicators-en";
import { INDICATORS_KO } from "../../src/domain/i18n/panels/indicators-ko";

/** The data as a Korean reader gets it (the overlay of data/ko), as the panels resolve it. */
const file = applyKoreanOverlay(indicatorsFileSchema.parse(rawIndicators), koIndicators as unknown as KoreanOverlay).value;

beforeAll(async () => {
  await loadLanguage("ko");
  await loadPanelMessages("ko");
  activateLanguage("ko");
});
afterAll(() => activateLanguage("en"));

const summary = (id: (typeof INDICATOR_IDS)[number]) => {
  const r = resolveIndicator(INDICATORS[id], file);
  if (!r.ok) throw new Error(r.error.join());
  return r.value.def.summarize(r.value, summaryWords());
};

describe("summaries in Korean (the real data with its Korean overlay)", () => {
  it("US Forces Korea: Korean units, dates and the facts' Korean labels", () => {
    expect(summary("usfk-troops")).toBe(
      "주한미군 병력 약 28,500명(2026년), 2024년 대비 변동 없음. 2026 회계연도 NDAA 하한선(2025년 12월 18일): 28,500명. 이전 검토 대상으로 보도된 병력(2025년 5월 22일): 4,500명.",
    );
  });

  it("North Korean launches: the year-to-date count, the method names from the Korean legends, the peak year", () => {
    expect(summary("dprk-launches")).toBe(
      "로이터 집계 2026년 7회(발사), 2026년 4월 19일 기준 연초 이후 누계(자료에 2026년 일본 방위성 집계 없음). " +
        "일본 방위성 집계 2025년 6회(발사 횟수), 미확인 집계, 정점이던 2022년의 31에서 감소. " +
        "2022년 집계 방식별 수치: 일본 방위성 31회(발사 횟수), 일본 방위성 59발, CNS/NTI 68회(미사일 시험) 및 CSIS 99발.",
    );
  });

  it("the defence budget in Korean money units, and the warheads with a Korean 'up to'", () => {
    expect(summary("rok-defence-budget")).toBe(
      "2026년 국방예산 65조 8,642억 원, 2025년 대비 7.5% 증가; 2020년 이후 매년 증가(누적 31.3% 증가). 2027년은 계획치만 있다: 국방중기계획 72조 4,000억 원 및 재정계획 경로(산출값) 69조 2,000억 원.",
    );
    expect(summary("dprk-warheads")).toBe(
      "SIPRI 추정 북한의 조립된 핵탄두 2025년 1월 약 50기(2024년 1월과 같음; 2022년 1월 20기), 보유 핵분열성 물질로는 최대 90기 분량.",
    );
  });

  it("every indicator's summary is Korean: Hangul, no English sentence words", () => {
    const english = /\b(the|is|in|on|from|and|up|down|unchanged|estimates?|milestones?|counted|budget|total)\b/i;
    for (const id of INDICATOR_IDS) {
      const text = summary(id);
      expect(text, id).toMatch(/[\uac00-\ud7a3]/);
      expect(text, `${id}: ${text}`).not.toMatch(english);
    }
  });

  it("keeps the English sentence when no words are given", () => {
    const r = resolveIndicator(INDICATORS["usfk-troops"], indicatorsFileSchema.parse(rawIndicators));
    if (!r.ok) throw new Error("unresolved");
    expect(r.value.def.summarize(r.value)).toMatch(/^About 28,500 troops \(2026\), unchanged since 2024\. FY2026 NDAA floor/);
  });
});

describe("the one-line evidence summaries (Details, the story's claims) in Korean", () => {
  const trade = tradeFileSchema.parse(rawTrade);
  it("words a series' latest value, a fact's date and an exercise's dates in Korean; English without words", () => {
    expect(summarizeIndicator("usfk_troops", file, trade, summaryWords())?.text).toBe("최근 값 28,500명(2026년)");
    expect(summarizeIndicator("freedom_shield_25", file, trade, summaryWords())?.text).toBe(
      "2025년 3월 10일~2025년 3월 20일: 종료일은 한국 합참 기준(KBS); DVIDS는 3월 21일로 전한다. 야외 기동훈련 16회(2024년 10회); 포천 오폭 사고 이후 실사격은 하지 않았다.",
    );
    expect(summarizeIndicator("usfk_troops", indicatorsFileSchema.parse(rawIndicators), trade)?.text).toBe("latest 28,500 troops (2026)");
  });

  it("words a tariff measure and a sector's imports in Korean too", () => {
    expect(summarizeIndicator("tariff_steel_232_25", file, trade, summaryWords())?.text).toBe("25%(시행 중), 2025년 3월 12일부터");
    expect(summarizeIndicator("tariff_steel_232_25", file, trade)?.text).toBe("25% (in force) from 12 Mar 2025");
    expect(summarizeIndicator("autos", file, trade, summaryWords())?.text).toBe("374억 달러");
  });
});

describe("the summary keys", () => {
  it("every key the summarizers use is in both indicator catalogs (SummaryKey is only a prefix type)", () => {
    const dir = "src/domain/indicators";
    const used = new Set(
      readdirSync(dir).flatMap((f) => Array.from(readFileSync(`${dir}/${f}`, "utf8").matchAll(/"(indicators\.summary\.[\w.]+)"/g), (m) => m[1]!)),
    );
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((k) => !(k in INDICATORS_EN) || !(INDICATORS_KO as Record<string, string | undefined>)[k])).toEqual([]);
  });
});

describe("range text of a point in Korean", () => {
  it("says 최대 and 최소 where English says 'up to' and 'at least'", () => {
    expect(formatPointValue({ value: 90, high: 90 }, "ko")).toBe("최대 90");
    expect(formatPointValue({ value: 55, high: 90 }, "ko")).toBe("55 (최대 90)");
    expect(formatPointValue({ value: 55, low: 55 }, "ko")).toBe("최소 55");
    expect(formatPointValue({ value: 60, low: 55 }, "ko")).toBe("60 (최소 55)");
    expect(formatPointValue({ value: 12, low: 12, high: 13 }, "ko")).toBe("12 (12–13)");
    expect(formatPointValue({ value: 55, high: 90 })).toBe("55 (up to 90)");
  });
});

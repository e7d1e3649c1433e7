/** Korean messages of the timeline views (issue #21), by the keys of timeline-en.ts; a missing key shows the English. */
import type { TIMELINE_EN } from "./timeline-en";

export const TIMELINE_KO: Partial<Record<keyof typeof TIMELINE_EN, string>> = {
  "timeline.asOf": "기준 시점:",
  "timeline.latestAll": "최신(전체 데이터)",
  "timeline.play": "재생",
  "timeline.pause": "일시 정지",
  "timeline.latest": "최신",
  "timeline.filterActor": "행위자별 필터",
  "timeline.filterType": "유형별 필터",
  "timeline.from": "시작",
  "timeline.to": "끝",
  "timeline.dateRange": "기간 선택…",
  "timeline.reset": "필터 초기화",
  "timeline.count": "사건 {total}건 중 {shown}건",
  "timeline.highlighted": " · {what} {count}건 강조",
  "timeline.involving": "{name} 관련",
  "timeline.evidencing": "{label}({a}–{b}) 근거",
  "timeline.noMatch": "이 필터에 맞는 사건이 없습니다.",
};

/** Korean messages of the headline views (issue #21), by the keys of headline-en.ts; a missing key shows the English. */
import type { HEADLINE_EN } from "./headline-en";

export const HEADLINE_KO: Partial<Record<keyof typeof HEADLINE_EN, string>> = {
  // 카드 제목
  "headline.tariff.label": "한국산 제품에 대한 미국 관세",
  "headline.exports.label": "한국의 대미 수출",
  "headline.launches.label": "북한 탄도미사일 발사({year}년)",
  "headline.usfk.label": "주한미군 병력",
  "headline.dprkTroops.label": "러시아 파병 북한군",
  // 값이 없는 카드
  "headline.tariff.missing": "데이터에 관세 변동 내역이 없습니다.",
  "headline.exports.missing": "데이터에 수출 통계가 없습니다.",
  "headline.launches.missing": "데이터에 {year}년 발사 횟수가 없습니다.",
  "headline.usfk.missing": "데이터에 주한미군 병력 통계가 없습니다.",
  "headline.dprkTroops.missing": "데이터에 추정치가 없습니다.",
  // 값
  "headline.value.percent": "{rate}%",
  "headline.value.amount": "{amount}",
  "headline.value.number": "{value}",
  "headline.value.notKnown": "확인되지 않음",
  // 날짜 앞 문구
  "headline.prefix.inForceOn": "적용 기준일",
  "headline.prefix.on": "기준일",
  "headline.prefix.asOf": "기준 시점",
  "headline.prefix.year": "연도",
  "headline.prefix.month": "기간",
  "headline.prefix.to": "집계 시점",
  // 관세
  "headline.tariff.mostGoods": "{basis}(대부분 품목)",
  "headline.tariff.mostGoodsNoMeasure": "미국 조치 없음(대부분 품목)",
  "headline.tariff.mostGoodsUnknown": "대부분 품목: {reason}",
  "headline.tariff.mostGoodsEnded": "대부분 품목: {basis}({rate}%) {end} 종료. {after}",
  "headline.tariff.afterUnknown": "그 이후 적용되는 관세는 출처에서 확인되지 않습니다.",
  "headline.tariff.sectorRate": "{sectors} {rate}%",
  "headline.tariff.ratesUnder": "{rates}({basis})",
  "headline.tariff.ratesNoMeasure": "{rates}(미국 조치 없음)",
  "headline.tariff.sectorsUnknown": "{sectors}: 출처에서 확인되지 않음",
  "headline.tariff.ending": "{basis}: {until}까지 적용되며, 그 이후 적용되는 관세는 출처에서 확인되지 않습니다.",
  "headline.tariff.endingNoMeasure": "이 세율: {until}까지 적용되며, 그 이후 적용되는 관세는 출처에서 확인되지 않습니다.",
  // 수출
  "headline.exports.captionYear": "상품, 연간, 한국 측 집계",
  "headline.exports.caption": "상품, 한국 측 집계",
  "headline.exports.captionPartial": "{period} 집계분: 월초 잠정치로, 한 달 전체 실적이 아님",
  // 발사, 주한미군, 북한군
  "headline.launches.caption": "{counter}, 연초 이후 누계",
  "headline.usfk.caption": "발표된 병력 규모(실제 인원 집계 아님)",
  "headline.dprkTroops.caption": "{estimator}",
  "headline.dprkTroops.estimate": "추정치",
  "headline.dprkTroops.disagree": "추정치가 서로 달라 평균을 내지 않고 나란히 보여줍니다.",
  // 검색 결과
  "headline.search.actor": "국가·행위자",
  "headline.search.relation": "관계",
  "headline.search.event": "사건",
  "headline.search.indicator": "지표",
  "headline.search.source": "출처",
  "headline.search.groupCount": "· {total}건",
  "headline.search.groupSome": "· {total}건 중 {shown}건",
  // Card furniture
  "headline.noDate": "데이터 기준일을 알 수 없어 주요 수치의 날짜를 표시할 수 없습니다.",
  "headline.openIn": ": {view} 화면에서 열기",
  "headline.moreSources": "개 출처 더 보기(해당 화면)",
};

/**
 * Korean messages for a link's dropped or adjusted parameters, by the keys of url-en.ts. Parameter
 * names (since, compare, lang=ko…) stay as typed in the link. The scenario problems of "compare"
 * (`url.compare`) come from the tariff module in English.
 */
import type { URL_EN } from "./url-en";

export const URL_KO: Partial<Record<keyof typeof URL_EN, string>> = {
  "url.unreadable": "링크의 매개변수를 읽을 수 없습니다",
  "url.unknownParameter": "알 수 없는 매개변수 {value}을(를) 무시했습니다",
  "url.repeated": "중복된 매개변수 \"{key}\"을(를) 무시했습니다(첫 번째 값을 사용합니다)",
  "url.tooLong": "\"{key}\" 값이 너무 길어 무시했습니다",
  "url.unknownListValue": "\"{key}\"의 알 수 없는 값을 무시했습니다",
  "url.unknownActor": "알 수 없는 행위자 {value}을(를) 무시했습니다",
  "url.unknownRelation": "알 수 없는 관계 {value}을(를) 무시했습니다",
  "url.unknownEvent": "알 수 없는 사건 {value}을(를) 무시했습니다",
  "url.dateNotDate": "날짜 {value}은(는) YYYY-MM-DD 형식이 아니어서 무시했습니다",
  "url.dateBefore": "날짜 {value}은(는) 데이터 시작일보다 이릅니다. {date} 기준으로 표시합니다",
  "url.dateAfter": "날짜 {value}은(는) 데이터의 마지막 날짜보다 늦습니다. {date} 기준으로 표시합니다",
  "url.sinceNotDate": "\"since\" 날짜 {value}은(는) YYYY-MM-DD 형식이 아니어서 무시했습니다. 기본값인 {date} 정상회담부터 표시합니다",
  "url.sinceBefore": "\"since\" 날짜 {value}은(는) 데이터 시작일보다 이릅니다. {date}부터 표시합니다",
  "url.sinceAfter": "\"since\" 날짜 {value}은(는) 데이터의 마지막 날짜보다 늦습니다. {date}부터 표시합니다",
  "url.sinceNoSuchDay": "\"since\" 날짜 {value}은(는) 없는 날짜입니다. {date}부터 표시합니다",
  "url.sinceReadAs": "\"since\" 날짜 {value}을(를) {date}(으)로 읽었습니다",
  "url.unknownPanel": "알 수 없는 화면 {value}을(를) 무시했습니다",
  "url.unknownPart": "{value}은(는) {panel} 화면의 부분이 아니어서 무시했습니다",
  "url.rangeNotDate": "\"{key}\" 날짜 {value}은(는) YYYY-MM-DD 형식이 아니어서 무시했습니다",
  "url.storyNotNumber": "따라 읽기 단계 {value}은(는) 단계 번호가 아니어서 무시했습니다",
  "url.storyNoSuchStep": "따라 읽기 단계 {value}은(는) 없습니다. {step}단계를 표시합니다",
  "url.compare": "{text}",
  "url.compareEmpty": "\"compare\"에 시나리오가 없어 무시했습니다",
  "url.unknownMethod": "알 수 없는 모형 방식 {value}을(를) 무시했습니다",
  "url.unknownPreset": "알 수 없는 탄력성 프리셋 {value}을(를) 무시했습니다",
  "url.passThroughNotNumber": "전가율 \"{key}\" {value}은(는) 숫자가 아니어서 무시했습니다",
  "url.passThroughRange": "전가율 \"{key}\" {value}은(는) 0과 1 사이여야 합니다. {used}을(를) 사용합니다",
  "url.ratesNotDate": "관세율 기준일 {value}은(는) YYYY-MM-DD 형식이 아니어서 무시했습니다",
  "url.ratesBefore": "관세율 기준일 {value}은(는) 데이터 시작일보다 이릅니다. {date}의 관세율을 표시합니다",
  "url.ratesAfter": "관세율 기준일 {value}은(는) {date}보다 늦습니다. {date}의 관세율을 표시합니다",
  "url.badVersion": "데이터 버전 {value}은(는) 2026.12.0 같은 버전 형식이 아니어서 무시했습니다",
  "url.unknownLanguage": "알 수 없는 언어 {value}을(를) 무시했습니다(영어는 lang=en, 한국어는 lang=ko)",
  "url.oneSelection": "행위자, 관계, 사건 중 하나만 선택할 수 있어 첫 번째 것만 남겼습니다",
  "url.versionChanged": "이 링크는 데이터 버전 {link}에서 만들어졌고 지금 데이터는 {current}입니다. 수치가 바뀌었을 수 있습니다(‘데이터 새 소식’ 참고).",
};

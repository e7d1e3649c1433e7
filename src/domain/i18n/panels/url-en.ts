/**
 * English messages for a link's dropped or adjusted parameters (src/domain/url-state.ts, UrlProblem),
 * ICU MessageFormat, keys prefixed "url.". A panel catalog: the notice that lists them waits for it
 * (src/store/url-sync.ts), so the first chunk does not carry them. `{value}` arrives quoted.
 */
export const URL_EN = {
  "url.unreadable": "the link's parameters could not be read",
  "url.unknownParameter": "unknown parameter {value} was ignored",
  "url.repeated": "repeated parameter \"{key}\" was ignored (the first one is used)",
  "url.tooLong": "\"{key}\" was too long and was ignored",
  "url.unknownListValue": "unknown value in \"{key}\" was ignored",
  "url.unknownActor": "unknown actor {value} was ignored",
  "url.unknownRelation": "unknown relation {value} was ignored",
  "url.unknownEvent": "unknown event {value} was ignored",
  "url.dateNotDate": "date {value} is not a YYYY-MM-DD date and was ignored",
  "url.dateBefore": "date {value} is before the data starts; showing {date}",
  "url.dateAfter": "date {value} is after the data ends; showing {date}",
  "url.sinceNotDate": "\"since\" date {value} is not a YYYY-MM-DD date and was ignored; showing the default, the summit of {date}",
  "url.sinceBefore": "\"since\" date {value} is before the data starts; showing {date}",
  "url.sinceAfter": "\"since\" date {value} is after the data's latest date; showing {date}",
  "url.sinceNoSuchDay": "\"since\" date {value} does not exist; showing {date}",
  "url.sinceReadAs": "\"since\" date {value} was read as {date}",
  "url.unknownPanel": "unknown panel {value} was ignored",
  "url.unknownPart": "part {value} is not a part of the {panel} view and was ignored",
  "url.rangeNotDate": "\"{key}\" date {value} is not a YYYY-MM-DD date and was ignored",
  "url.storyNotNumber": "story step {value} is not a step number and was ignored",
  "url.storyNoSuchStep": "story step {value} does not exist; showing step {step}",
  "url.compare": "{text}",
  "url.compareEmpty": "\"compare\" named no scenario and was ignored",
  "url.unknownMethod": "unknown model method {value} was ignored",
  "url.unknownPreset": "unknown elasticity preset {value} was ignored",
  "url.passThroughNotNumber": "pass-through \"{key}\" {value} is not a number and was ignored",
  "url.passThroughRange": "pass-through \"{key}\" {value} must be between 0 and 1; using {used}",
  "url.ratesNotDate": "rates date {value} is not a YYYY-MM-DD date and was ignored",
  "url.ratesBefore": "rates date {value} is before the data starts; showing the rates on {date}",
  "url.ratesAfter": "rates date {value} is later than {date}; showing the rates on {date}",
  "url.badVersion": "data version {value} is not a version like 2026.12.0 and was ignored",
  "url.unknownLanguage": "unknown language {value} was ignored (lang=en for English, lang=ko for Korean)",
  "url.oneSelection": "only one of actor, relation and event can be selected; the first was kept",
  "url.versionChanged": "This link was made with data version {link}; the data is now {current}: figures may have changed (see What's new in the data).",
} as const satisfies Record<`url.${string}`, string>;

export type UrlMessageKey = keyof typeof URL_EN;

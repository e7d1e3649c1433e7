/**
 * English messages of the headline views (issue #21), ICU MessageFormat, keys prefixed "headline.". Loaded
 * with the panels (not in the first chunk); see ../panel-keys.ts and src/i18n/i18n.ts.
 * The cards' texts mirror the English that src/domain/headline.ts builds (its unit tests pin it); the
 * views fill the placeholders with values formatted in the reader's language (src/i18n/format.ts).
 */
import type { HeadlineMessageKey } from "../../headline";

export const HEADLINE_EN = {
  // Card titles
  "headline.tariff.label": "US tariff on Korean goods",
  "headline.exports.label": "Korea's exports to the US",
  "headline.launches.label": "DPRK ballistic-missile launches, {year}",
  "headline.usfk.label": "US troops in Korea (USFK)",
  "headline.dprkTroops.label": "DPRK troops in Russia",
  // A card with no value
  "headline.tariff.missing": "No tariff timeline in the data.",
  "headline.exports.missing": "No export series in the data.",
  "headline.launches.missing": "No launch count for {year} in the data.",
  "headline.usfk.missing": "No USFK series in the data.",
  "headline.dprkTroops.missing": "No estimate in the data.",
  // Values ({rate} and {value} come formatted; {amount} with its unit)
  "headline.value.percent": "{rate}%",
  "headline.value.amount": "{amount}",
  "headline.value.number": "{value}",
  "headline.value.notKnown": "not known",
  // Words before a value's date
  "headline.prefix.inForceOn": "in force on",
  "headline.prefix.on": "on",
  "headline.prefix.asOf": "as of",
  "headline.prefix.year": "year",
  "headline.prefix.month": "month",
  "headline.prefix.to": "to",
  // The tariff
  "headline.tariff.mostGoods": "{basis} (most goods)",
  "headline.tariff.mostGoodsNoMeasure": "No US measure (most goods)",
  "headline.tariff.mostGoodsUnknown": "most goods: {reason}",
  "headline.tariff.mostGoodsEnded": "most goods: {basis} ({rate}%) ended on {end}. {after}",
  "headline.tariff.afterUnknown": "What applied after it is not known from the sources.",
  "headline.tariff.sectorRate": "{sectors} {rate}%",
  "headline.tariff.ratesUnder": "{rates} ({basis})",
  "headline.tariff.ratesNoMeasure": "{rates} (no US measure)",
  "headline.tariff.sectorsUnknown": "{sectors}: not known from the sources",
  "headline.tariff.ending": "{basis}: until {until}; what applies after is not in the sources.",
  "headline.tariff.endingNoMeasure": "This rate: until {until}; what applies after is not in the sources.",
  // Exports
  "headline.exports.captionYear": "goods, full year, Korea-reported",
  "headline.exports.caption": "goods, Korea-reported",
  "headline.exports.captionPartial": "{period} only: early-month data, not a full month",
  // Launches, US troops, DPRK troops
  "headline.launches.caption": "{counter}, year to date",
  "headline.usfk.caption": "strength as reported, not a head count",
  "headline.dprkTroops.caption": "{estimator}",
  "headline.dprkTroops.estimate": "estimate",
  "headline.dprkTroops.disagree": "Estimates disagree: side by side, not averaged.",
  // Search results (src/features/search/search-results.tsx): the groups and their counts
  "headline.search.actor": "Actors",
  "headline.search.relation": "Relations",
  "headline.search.event": "Events",
  "headline.search.indicator": "Indicators",
  "headline.search.source": "Sources",
  "headline.search.groupCount": "· {total}",
  "headline.search.groupSome": "· {shown} of {total}",
  // Card furniture
  "headline.noDate": "The data's date is not known, so no headline figure can be dated.",
  "headline.openIn": ": open in {view}",
  "headline.moreSources": " more sources in the view",
} as const satisfies Record<HeadlineMessageKey, string> & Record<`headline.${string}`, string>;

/**
 * English messages of the trade views (issue #21), ICU MessageFormat, keys prefixed "trade.". Loaded
 * with the panels (not in the first chunk); see ../panel-keys.ts and src/i18n/i18n.ts.
 */
export const TRADE_EN = {
  // The view's parts (sub-tabs) and headings
  "trade.parts": "Parts of Trade",
  "trade.part.flows": "Trade flows",
  "trade.part.sectors": "By sector",
  "trade.part.tariffs": "Tariffs in force",
  "trade.part.scenarios": "Tariff scenarios",
  "trade.part.backtest": "Model vs 2025",
  "trade.timeline.heading": "The US tariff timeline, by sector",
  "trade.overview.heading": "US–Korea trade overview",
  "trade.overview.sectorsHeading": "Korea's exports to the US by sector",
  "trade.overview.allSeries": "Every trade series with its sources ({count})",
  "trade.pending.heading": "Pending on trade: not found in the sources",
  // Lists
  "trade.list.separator": ", ",
  "trade.list.pairSeparator": "; ",
  // Sectors (short names, by id)
  "trade.sector.autos": "Autos",
  "trade.sector.auto_parts": "Auto parts",
  "trade.sector.semiconductors": "Semiconductors",
  "trade.sector.machinery": "Machinery",
  "trade.sector.steel": "Steel",
  "trade.sector.batteries": "Batteries",
  "trade.sector.petroleum_products": "Petroleum products",
  "trade.sector.other": "Other goods",
  "trade.rates.uniform": "{rate}% on every sector",
  "trade.rates.item": "{sector} {rate}%",
  // Measures (rows of the comparison table, with their unit; as domain/tariff/measures.ts measureTitle)
  "trade.measure.importsKorea": "US imports from Korea (USD bn)",
  "trade.measure.deltaImportsKorea": "Change in US imports from Korea vs baseline (USD bn)",
  "trade.measure.pctImportsKorea": "Change in US imports from Korea vs baseline (%)",
  "trade.measure.diverted": "Trade diverted to other suppliers (USD bn)",
  "trade.measure.tariffRevenue": "US tariff revenue on Korean goods (USD bn)",
  "trade.measure.borderPrice": "Border price of Korean goods (%)",
  "trade.measure.consumerPrice": "Consumer price of Korean goods (%)",
  "trade.measure.welfare": "US welfare change (USD bn)",
  "trade.measure.exportLoss": "Korea's export loss (USD bn)",
  "trade.measure.exportLossPctGdp": "Korea's export loss (% of GDP)",
  // Scenario comparison
  "trade.compare.heading": "Compare tariff scenarios",
  "trade.compare.settingsCes":
    "CES method; {preset} elasticities; border pass-through φ = {border}; retail pass-through ψ = {retail}",
  "trade.compare.settingsSmart":
    "SMART method; {preset} elasticities; border pass-through φ = {border}; retail pass-through ψ = {retail}",
  "trade.compare.caption":
    "Tariff scenarios compared with the 2024 baseline at KORUS 0% ({settings}). Each cell gives the value, then its range across the {count} elasticity presets.",
  "trade.compare.samePair": "“{a}” and “{b}”",
  "trade.compare.sameRates":
    "{pairs} have the same rates in every sector (competitors' included), so their results are the same.",
  "trade.compare.missing": "{count} scenario(s) could not be built from the tariff data and are left out.",
  "trade.compare.failed": "The model could not run: {error}",
  "trade.compare.csv": "Download the table as CSV",
  "trade.compare.csvDone": "The CSV file was downloaded.",
  "trade.compare.csvFailed": "This browser cannot download files from the page.",
  // Headline figures
  "trade.headline.heading":
    "Headline: Korea's export loss and the US welfare change, as ranges across the {count} elasticity presets",
  "trade.headline.label": "{label}:",
  "trade.headline.line": "Korea loses {loss} of exports a year ({lossGdp}); US welfare changes by {welfare}.",
  "trade.headline.rangeUsd": "{low} to {high} USD bn",
  "trade.headline.pctGdp": "{value}% of GDP",
  "trade.headline.rangeGdp": "{low} to {high}% of GDP",
  // Comparison table
  "trade.table.label": "Scenario comparison table",
  "trade.table.measure": "Measure",
  "trade.table.competitors": "Competitors: {rates}",
  "trade.table.how": "How?",
  "trade.table.howLabel": "How is this computed? {measure}, {scenario}",
  "trade.table.same": "same under every preset",
  "trade.table.range": "range {low} to {high}",
  //@@MORE
} as const;

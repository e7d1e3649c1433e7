/**
 * What react-simple-maps takes from d3-geo, and all the build lets it see (scripts/startup-plugins.ts).
 * It imports d3-geo whole, as a namespace, to look projections up by name, which kept every d3-geo
 * module in the first chunk; this map hands it projection functions, so it needs only the path
 * generator, the graticule (imported by name) and the two projections the map itself is drawn with.
 */
export { geoEqualEarth, geoGraticule, geoMercator, geoPath } from "d3-geo";

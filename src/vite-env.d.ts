/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

declare module "virtual:atlas" {
  import type { FeatureCollection, Geometry } from "geojson";
  const atlas: FeatureCollection<Geometry>;
  export default atlas;
}

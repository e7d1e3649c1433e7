/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

/** Country shapes projected to SVG paths at build time (scripts/atlas-plugin.ts). */
declare module "virtual:atlas" {
  interface ProjectedShape {
    id: string;
    d: string;
  }
  const atlas: { main: ProjectedShape[]; inset: ProjectedShape[] };
  export default atlas;
}

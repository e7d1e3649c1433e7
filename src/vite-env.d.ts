/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

/** Map geometry projected at build time (scripts/atlas-plugin.ts). */
declare module "virtual:atlas" {
  interface ProjectedShape {
    id: string;
    d: string;
  }
  interface Fitted {
    scale: number;
    translate: [number, number];
  }
  const atlas: {
    main: ProjectedShape[];
    inset: ProjectedShape[];
    mainHeight: number;
    projections: { main: Fitted; inset: Fitted };
    /** Each bundled relation's edge paths, keyed by edgeKey (src/features/map/projections.ts). */
    edges: Record<string, { line: string; hit: string }>;
  };
  export default atlas;
}

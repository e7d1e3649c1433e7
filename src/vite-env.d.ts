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
  };
  export default atlas;
}

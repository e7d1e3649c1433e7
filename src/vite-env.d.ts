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
    /** The Korea inset's footprint (INSET_FRAME) as a path on the main map. */
    insetFrame: string;
  };
  export default atlas;
}

/** The interface's messages compiled for Lingui at build time (scripts/i18n-plugin.ts). */
declare module "virtual:i18n-catalog/*" {
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const messages: import("@lingui/core").Messages;
  export default messages;
}

/** The short Korean texts the map needs first (scripts/i18n-plugin.ts): overlays of actors and relations. */
declare module "virtual:korean-map-text" {
  const text: { actors: unknown; relations: unknown };
  export default text;
}

/** React's scheduler (a dependency of react-dom; it ships no types): the one call main.tsx makes. */
declare module "scheduler" {
  /** Slices of 1000 / fps ms (integer fps, 1-125); 0 goes back to the default 5 ms. */
  export function unstable_forceFrameRate(fps: number): void;
}

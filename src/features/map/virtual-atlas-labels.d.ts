/** The map's labels and the DMZ line, placed at build time (scripts/atlas-plugin.ts, label-layout.ts). */
declare module "virtual:atlas-labels" {
  // An ambient module cannot import a relative module, so its types are named with import().
  /* eslint-disable @typescript-eslint/consistent-type-imports */
  const labels: {
    labels: Record<import("./projections").MapId, import("./label-layout").PlacedLabel[]>;
    /** The inter-Korean border of world-atlas (the arcs of 408 and 410), as an inset path. */
    dmz: string;
  };
  /* eslint-enable @typescript-eslint/consistent-type-imports */
  export default labels;
}

/** The same labels laid out for the Korean names (issue #21), fetched only for Korean readers. */
declare module "virtual:atlas-labels-ko" {
  /* eslint-disable @typescript-eslint/consistent-type-imports */
  const labels: {
    labels: Record<import("./projections").MapId, import("./label-layout").PlacedLabel[]>;
    dmz: string;
  };
  /* eslint-enable @typescript-eslint/consistent-type-imports */
  export default labels;
}

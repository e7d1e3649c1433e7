import { memo } from "react";
import { Geographies, Geography, Line } from "react-simple-maps/core";
import type { FeatureCollection, Geometry } from "geojson";

interface BackgroundProps {
  countries: FeatureCollection<Geometry>;
  /** world-atlas ids drawn elsewhere as actor buttons. */
  skip: ReadonlySet<string>;
  /** ids drawn as decoration in the actor colour (e.g. the Koreas on the main map). */
  tinted?: ReadonlySet<string>;
}

/** Every country that is not an interactive actor: muted, decorative, never catching clicks or focus. */
export const BackgroundCountries = memo(function BackgroundCountries({ countries, skip, tinted }: BackgroundProps) {
  return (
    <Geographies geography={countries} aria-hidden="true" pointerEvents="none">
      {({ geographies }) =>
        geographies
          .filter((g) => !skip.has(String(g.id)))
          .map((g) => (
            <Geography
              key={g.rsmKey}
              geography={g}
              tabIndex={-1}
              className={tinted?.has(String(g.id)) ? "country-tinted" : "country-muted"}
            />
          ))
      }
    </Geographies>
  );
});

/** The footprint of the Korea inset, drawn on the main map as a dashed frame. */
export function InsetFrame({ ring }: { ring: [number, number][] }) {
  return (
    <g aria-hidden="true" pointerEvents="none">
      <Line coordinates={ring} className="inset-frame" fill="none" />
    </g>
  );
}

import { memo, startTransition, useCallback, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode } from "react";
import { ComposableMap } from "react-simple-maps/core";
import { geoDistance } from "d3-geo";
import { requireDataFile } from "../../data/dataset";
import { useAppStore } from "../../store/app-store";
import type { Actor, Relation } from "../../domain/schemas";
import type { Iso3, IsoDate } from "../../domain/types";
import { strengthOn } from "../../domain/graph";
import { ActorShape } from "./actor-shape";
import { RelationEdge } from "./relation-edge";
import { BackgroundCountries, EdgeHitClip, InsetFrame, StillLayer } from "./map-layers";
import { MapLabels } from "./map-labels";
import { LABEL_MAX_UNITS } from "./label-layout";
import { Legend } from "./legend";
import { MapExport } from "./map-export";
import { useMapFocus, useVisibleRelations, type MapFocus } from "./use-map-focus";
import { useSvgScaleVar } from "./use-svg-scale";
import {
  INSET_SHAPES,
  MAIN_SHAPES,
  INSET_FRAME_PATH,
  INSET_HEIGHT,
  INSET_WIDTH,
  MAIN_HEIGHT,
  MAIN_WIDTH,
  PROJECTIONS,
  INSET_ACTORS,
  DMZ_PATH,
  bendFor,
  mapOfRelation,
  type MapId,
  type MapShape,
} from "./map-geometry";
import { t } from "../../i18n/i18n";

/** The largest size labels are drawn at on each map (styles.css reads it as `--label-max`). */
const LABEL_SIZE = {
  main: { "--label-max": `${LABEL_MAX_UNITS.main}px` } as CSSProperties,
  inset: { "--label-max": `${LABEL_MAX_UNITS.inset}px` } as CSSProperties,
};
/** The main map names countries only. */
const NO_CAPITALS: ReadonlySet<string> = new Set();

/** Keyboard order of actors (arrow keys): the peninsula first, then the powers around it. */
const ACTOR_ORDER: Iso3[] = ["KOR", "PRK", "USA", "CHN", "RUS", "JPN", "UKR"];

function emphasisOf(focus: MapFocus, inFocus: boolean): "focus" | "dim" | "normal" {
  if (!focus.active) return "normal";
  return inFocus ? "focus" : "dim";
}

/**
 * Draw order: long arcs first, short ones on top. A long arc has plenty of free line to click; a short
 * one near the crowded Korean end would otherwise be buried. Ties: weaker relations first.
 */
function drawOrder(relations: readonly Relation[], byCode: ReadonlyMap<string, Actor>, asOf: IsoDate | null): Relation[] {
  const length = (r: Relation) => {
    const a = byCode.get(r.a)?.capital;
    const b = byCode.get(r.b)?.capital;
    return a && b ? geoDistance([a.lon, a.lat], [b.lon, b.lat]) : 0;
  };
  return [...relations].sort((x, y) => length(y) - length(x) || strengthOn(x, asOf) - strengthOn(y, asOf));
}

/**
 * SVG never counts as LCP, so the map marks itself: `map-ready` once its actor buttons are in the
 * DOM and the frame that shows them has been produced (a task after that frame's animation-frame
 * callbacks). Rendered inside the actor layer, so it mounts with the buttons. The frame is requested
 * in the commit that inserts them (a layout effect): a passive effect may run only after that frame
 * has been painted, and would then wait for the next one. Marked once per page. In that same task it
 * calls `onPainted` (on every mount), which brings in the map's names: their text layout (a font
 * lookup per size and weight) stays out of the first frame, and by then `--svg-scale` is measured, so
 * they are laid out once, at their final size.
 */
function MapReadyMark({ onPainted }: { onPainted: () => void }) {
  useLayoutEffect(() => {
    let cancelled = false;
    const id = requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        if (cancelled) return;
        if (performance.getEntriesByName("map-ready").length === 0) performance.mark("map-ready");
        onPainted();
      };
      ch.port2.postMessage(0);
    });
    return () => {
      cancelled = true;
      cancelAnimationFrame(id);
    };
  }, [onPainted]);
  return null;
}

/** Each map's view box, in its own units (its still layer, its interactive SVG and its edges' hit clip). */
const MAP_SIZE: Record<MapId, { width: number; height: number }> = {
  main: { width: MAIN_WIDTH, height: MAIN_HEIGHT },
  inset: { width: INSET_WIDTH, height: INSET_HEIGHT },
};

interface LayerProps {
  /** Country shapes, already projected for this map. */
  shapes: readonly MapShape[];
  /** Every actor, to find the ends of edges. */
  allActors: readonly Actor[];
  /** The actors drawn as buttons on this map. */
  actors: readonly Actor[];
  relations: readonly Relation[];
  focus: MapFocus;
  onSelectActor: (c: Iso3) => void;
  onSelectRelation: (id: string) => void;
  onArrow: (c: Iso3, d: 1 | -1) => void;
  /** Which map this layer is drawn on (its projection, and how much its arcs bend). */
  map: MapId;
  /** Drawn over the actors and under the edges (the inset's DMZ line). */
  between?: ReactNode;
  /** Called a task after the frame that first shows this layer's actors. */
  onPainted: () => void;
}

/**
 * A map's actors and edges. Memoised: the names arriving after the first paint (MapView's `named`)
 * re-render the labels alone, not every actor and edge.
 */
const InteractiveLayer = memo(function InteractiveLayer({ shapes, allActors, actors, relations, focus, onSelectActor, onSelectRelation, onArrow, map, between, onPainted }: LayerProps) {
  const selectedActor = useAppStore((s) => s.selectedActor);
  const selectedRelation = useAppStore((s) => s.selectedRelation);
  const asOf = useAppStore((s) => s.asOf);
  const byCode = useMemo(() => new Map(allActors.map((a) => [a.code, a])), [allActors]);
  const ordered = useMemo(() => drawOrder(relations, byCode, asOf), [relations, byCode, asOf]);
  // Each edge's bend depends on its type and ends only: worked out once, not on every selection.
  const bends = useMemo(() => {
    const out = new Map<string, number>();
    for (const r of relations) {
      const a = byCode.get(r.a)?.capital;
      const b = byCode.get(r.b)?.capital;
      if (a && b) out.set(r.id, bendFor(r.type, map, [a.lon, a.lat], [b.lon, b.lat]));
    }
    return out;
  }, [relations, byCode, map]);
  const geoById = useMemo(() => new Map(shapes.map((g) => [String(g.id), g])), [shapes]);
  const actorShapes = useMemo(() => actors.flatMap((a) => geoById.get(a.atlasId) ?? []), [actors, geoById]);
  return (
    <>
      <EdgeHitClip map={map} shapes={actorShapes} {...MAP_SIZE[map]} />
      <g className="actors">
        {actors.length > 0 && <MapReadyMark onPainted={onPainted} />}
        {actors.map((a) => (
          <ActorShape
            key={a.code}
            actor={a}
            geography={geoById.get(a.atlasId)}
            pressed={selectedActor === a.code}
            emphasis={emphasisOf(focus, focus.actors.has(a.code))}
            onSelect={onSelectActor}
            onArrow={onArrow}
          />
        ))}
      </g>
      {between}
      <g className="edges">
        {ordered.map((r) => {
          const a = byCode.get(r.a);
          const b = byCode.get(r.b);
          if (!a || !b) return null;
          return (
            <RelationEdge
              key={r.id}
              relation={r}
              strength={strengthOn(r, asOf)}
              from={a}
              to={b}
              pressed={selectedRelation === r.id}
              emphasis={emphasisOf(focus, focus.relations.has(r.id))}
              bend={bends.get(r.id) ?? 0}
              map={map}
              onSelect={onSelectRelation}
            />
          );
        })}
      </g>
    </>
  );
});

/** The inset's DMZ line, between its actors and its edges (one element for every render, so the layer's memo holds). */
const DMZ_LINE = <path className="dmz-line" d={DMZ_PATH} aria-hidden="true" pointerEvents="none" />;

/**
 * One map: its still layer (`still`, countries that never change with a selection) under its
 * interactive SVG (react-simple-maps' ComposableMap: the actors and edges, then `labels`).
 */
function MapPane({ layer, still, name, labels }: { layer: LayerProps; still: ReactNode; name: { "aria-label"?: string; "aria-labelledby"?: string }; labels: ReactNode }) {
  const { width, height } = MAP_SIZE[layer.map];
  return (
    <div className="map-layers">
      <StillLayer width={width} height={height}>
        {still}
      </StillLayer>
      <ComposableMap width={width} height={height} projection={PROJECTIONS[layer.map]} className="map-svg" role="group" style={LABEL_SIZE[layer.map]} {...name}>
        <InteractiveLayer {...layer} />
        {labels}
      </ComposableMap>
    </div>
  );
}

/** The Map region's content: Korea inset, Pacific-centred main map, legend-filter. */
export function MapView() {
  const actors = requireDataFile("actors").records;
  const visible = useVisibleRelations();
  const focus = useMapFocus(visible);
  const selectActor = useAppStore((s) => s.selectActor);
  const selectRelation = useAppStore((s) => s.selectRelation);
  const mainRef = useRef<HTMLDivElement>(null);
  const insetRef = useRef<HTMLDivElement>(null);
  useSvgScaleVar(mainRef, MAIN_WIDTH);
  useSvgScaleVar(insetRef, INSET_WIDTH);

  const insetActors = useMemo(() => actors.filter((a) => INSET_ACTORS.has(a.code)), [actors]);
  const mainActors = useMemo(() => actors.filter((a) => !INSET_ACTORS.has(a.code)), [actors]);
  const insetRelations = useMemo(() => visible.filter((r) => mapOfRelation(r.a, r.b) === "inset"), [visible]);
  const mainRelations = useMemo(() => visible.filter((r) => mapOfRelation(r.a, r.b) === "main"), [visible]);
  const actorIds = useMemo(() => new Set(actors.map((a) => a.atlasId)), [actors]);
  const mainSkip = useMemo(
    () => new Set(mainActors.map((a) => a.atlasId)),
    [mainActors],
  );
  const koreaIds = useMemo(() => new Set(insetActors.map((a) => a.atlasId)), [insetActors]);
  const insetCapitals = useMemo(() => new Set<string>(insetActors.map((a) => a.code)), [insetActors]);

  const onSelectActor = useCallback((c: Iso3) => selectActor(c), [selectActor]);
  const onSelectRelation = useCallback((id: string) => selectRelation(id), [selectRelation]);
  // The names come in once the map has painted (MapReadyMark).
  const [named, setNamed] = useState(false);
  // A transition: drawn in slices, and a click on the map that comes meanwhile is answered first.
  const onPainted = useCallback(() => startTransition(() => setNamed(true)), []);
  const onArrow = useCallback((c: Iso3, d: 1 | -1) => {
    const order = ACTOR_ORDER.filter((x) => actors.some((a) => a.code === x));
    const i = order.indexOf(c);
    const next = order[(i + d + order.length) % order.length];
    const el = document.querySelector<SVGGElement>(`[data-actor="${next}"]`);
    el?.focus();
  }, [actors]);

  // What both maps' interactive layers share (each adds its own shapes, actors, relations and map).
  const common = { allActors: actors, focus, onSelectActor, onSelectRelation, onArrow, onPainted };

  return (
    <div className="map-view">
      <Legend />
      <div className="map-stage">
        <div className="map-inset" ref={insetRef}>
          {/* Its element-timing entry tells the app when the map's first frame is on the display
              (app/map-ready.ts waits for it before loading the panels). */}
          <p className="inset-title" id="inset-title" elementtiming="map">
            {t("map.insetTitle")}
          </p>
          <MapPane
            layer={{ ...common, shapes: INSET_SHAPES, actors: insetActors, relations: insetRelations, map: "inset", between: DMZ_LINE }}
            still={<BackgroundCountries shapes={INSET_SHAPES} skip={koreaIds} />}
            name={{ "aria-labelledby": "inset-title" }}
            labels={named && <MapLabels map="inset" actors={insetActors} capitals={insetCapitals} onSelect={onSelectActor} />}
          />
        </div>
        <div className="map-main" ref={mainRef}>
          <MapPane
            layer={{ ...common, shapes: MAIN_SHAPES, actors: mainActors, relations: mainRelations, map: "main" }}
            still={
              <>
                <BackgroundCountries shapes={MAIN_SHAPES} skip={mainSkip} tinted={koreaIds} />
                <InsetFrame d={INSET_FRAME_PATH} />
              </>
            }
            name={{ "aria-label": t("map.mapLabel") }}
            labels={named && <MapLabels map="main" actors={mainActors} capitals={NO_CAPITALS} onSelect={onSelectActor} />}
          />
        </div>
      </div>
      <MapExport mapRef={mainRef} relations={visible} />
      <p className="map-help">
        {t("map.help", { actors: actorIds.size, relations: visible.length })}
      </p>
    </div>
  );
}

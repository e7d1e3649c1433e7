/**
 * The panels below and beside the map load after the map has painted (the map view's own panels as
 * one chunk, vite.config.ts's FIRST_VIEW; the other views' each as its own), so the first screen
 * needs only React, the map and its three data files. Tests swap this module for eager imports
 * (tests/component/eager-panels.tsx).
 */
import { lazy, useEffect, type ComponentType } from "react";
import { whenMapReady } from "./map-ready";
import { panelsShown } from "./panels-shown";
import { loadKoreanData, notePanelsLoaded, wantsKorean } from "./language";
import { loadPanelMessages } from "../i18n/i18n";

/** `Panel`, telling `panelsShown` once it has first been drawn. */
function shownOnce<P extends object>(name: string, Panel: ComponentType<P>): ComponentType<P> {
  function Shown(props: P) {
    useEffect(() => panelsShown.shown(name), []);
    return <Panel {...props} />;
  }
  Shown.displayName = `Shown(${name})`;
  return Shown;
}

function lazyPanel<P extends object>(name: string, load: () => Promise<ComponentType<P>>) {
  return lazy(async () => {
    panelsShown.asked(name);
    await whenMapReady();
    // The panel's chunk and messages load while the panels' files are checked in steps (a click on
    // the map is answered in between); it is drawn once they have been checked.
    const [Panel] = await Promise.all([
      load(),
      import("../data/checked-data").then((m) => m.dataCheckDone),
      loadPanelMessages(wantsKorean() ? "ko" : "en"),
    ]);
    notePanelsLoaded();
    // A Korean reader's panels come with their Korean data (English if it cannot be loaded).
    if (wantsKorean()) await loadKoreanData().catch(() => undefined);
    return { default: shownOnce(name, Panel) };
  });
}

export const DetailsPanel = lazyPanel("DetailsPanel", () => import("../features/details/details-panel").then((m) => m.DetailsPanel));
export const TimelinePanel = lazyPanel("TimelinePanel", () => import("../features/timeline/timeline-panel").then((m) => m.TimelinePanel));
export const TradePanel = lazyPanel("TradePanel", () => import("../features/trade/trade-panel").then((m) => m.TradePanel));
export const AlliancePanel = lazyPanel("AlliancePanel", () => import("../features/alliance/alliance-panel").then((m) => m.AlliancePanel));
export const ThreatsPanel = lazyPanel("ThreatsPanel", () => import("../features/threats/threats-panel").then((m) => m.ThreatsPanel));
export const ChangesPanel = lazyPanel("ChangesPanel", () => import("../features/changes/changes-panel").then((m) => m.ChangesPanel));
export const HeadlineStrip = lazyPanel("HeadlineStrip", () => import("../features/headline/headline-strip").then((m) => m.HeadlineStrip));
export const SelectionLinks = lazyPanel("SelectionLinks", () => import("./selection-links").then((m) => m.SelectionLinks));
export const StoryPanel = lazyPanel("StoryPanel", () => import("../features/story/story-panel").then((m) => m.StoryPanel));

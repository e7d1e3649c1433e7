import { Suspense, type ReactNode } from "react";
import { Region } from "../components/region";
import { RegionErrorBoundary } from "../components/region-error-boundary";
import { MapView } from "../features/map/map-view";
import type { PanelId } from "../domain/types";
import { useAppStore } from "../store/app-store";
import { STORY_VIEWS } from "../domain/story-views";
import { t } from "../i18n/i18n";
import type { MessageKey } from "../domain/i18n/messages-en";
import { ActorPreview } from "../features/details/actor-preview";
import {
  AlliancePanel,
  ChangesPanel,
  DetailsPanel,
  HeadlineStrip,
  SelectionLinks,
  StoryPanel,
  ThreatsPanel,
  TimelinePanel,
  TradePanel,
} from "./lazy-panels";

/** What fills the screen: one of the panels, or the guided story (over the view of its step). */
export type ViewId = PanelId | "story";

export function Loading({ children, text, fallback }: { children: ReactNode; text?: string; fallback?: ReactNode }) {
  return <Suspense fallback={fallback ?? <p className="muted loading">{text ?? t("loading.generic")}</p>}>{children}</Suspense>;
}

/**
 * The headline figures above the map. Their files arrive with the panels, after the map has painted;
 * until then the strip holds its place (its reserved height, styles.css), so nothing below it moves.
 */
function HeadlineSection() {
  return (
    <section className="headline-strip" aria-labelledby="headline-heading">
      <h2 id="headline-heading" className="visually-hidden">
        {t("region.headline")}
      </h2>
      <RegionErrorBoundary name={t("region.headline")}>
        <Loading text={t("loading.headline")}>
          <HeadlineStrip />
        </Loading>
      </RegionErrorBoundary>
    </section>
  );
}

/** The Map view: the headline figures, the map with Details beside it, the timeline under the map. */
export function MapScreen({ dataRevision, headline = true }: { dataRevision: number; headline?: boolean }) {
  return (
    <>
      {headline && <HeadlineSection />}
      <div className="layout-top">
        <Region name={t("region.map")} id="map" className="region-map" resetKey={dataRevision}>
          <MapView />
        </Region>
        {/* The slot is the grid item; the region inside it can then be its own layout root. */}
        <div className="details-slot">
          <Suspense fallback={null}>
            <SelectionLinks />
          </Suspense>
          <Region name={t("region.details")} id="details" className="region-details">
            {/* A click on the map before the panels have loaded already shows the actor's name. */}
            <Loading fallback={<ActorPreview />}>
              <DetailsPanel />
            </Loading>
          </Region>
        </div>
        <Region name={t("region.timeline")} id="timeline" className="region-timeline">
          <Loading>
            <TimelinePanel />
          </Loading>
        </Region>
      </div>
    </>
  );
}

const PANEL_VIEWS = {
  trade: { name: "nav.trade", Panel: TradePanel },
  alliance: { name: "nav.alliance", Panel: AlliancePanel },
  threats: { name: "nav.threats", Panel: ThreatsPanel },
  changes: { name: "nav.changes", Panel: ChangesPanel },
} as const;

/** A panel's view: its region alone, the full width. */
export function PanelScreen({ panel }: { panel: keyof typeof PANEL_VIEWS }) {
  const { name, Panel } = PANEL_VIEWS[panel];
  return (
    <Region name={t(name)} id={panel} className={`region-${panel} region-view`}>
      <Loading>
        <Panel />
      </Loading>
    </Region>
  );
}

/** The view of a panel id: the map screen or the panel's own. */
export function ScreenOf({ panel, dataRevision, headline = true }: { panel: PanelId; dataRevision: number; headline?: boolean }) {
  return panel === "map" ? <MapScreen dataRevision={dataRevision} headline={headline} /> : <PanelScreen panel={panel} />;
}

const VIEW_NAMES: Record<PanelId, MessageKey> = { map: "nav.map", trade: "nav.trade", alliance: "nav.alliance", threats: "nav.threats", changes: "nav.changes" };

/**
 * The guided story: the step's text, then the map it sets (selection and date). A step whose evidence
 * is in another view (Trade, Alliance…) offers it: the story is left, at that step's settings.
 */
export function StoryScreen({ panel, dataRevision }: { panel: PanelId; dataRevision: number }) {
  const exitStory = useAppStore((s) => s.exitStory);
  const setPanelPart = useAppStore((s) => s.setPanelPart);
  const step = useAppStore((s) => s.storyStep);
  // A step that sets a comparison is about the scenarios: Trade opens at them.
  const comparing = step !== null && STORY_VIEWS[step - 1]?.view.compare !== undefined;
  const open = () => {
    exitStory();
    if (panel === "trade" && comparing) setPanelPart("scenarios");
  };
  return (
    <>
      <div className="story-slot">
        <Suspense fallback={<p className="muted loading">{t("loading.story")}</p>}>
          <StoryPanel />
        </Suspense>
      </div>
      {panel !== "map" && (
        <p className="story-view-link">
          {t("story.stepIn", { view: t(VIEW_NAMES[panel]) })}{" "}
          <button type="button" onClick={open}>
            {t("story.openAt", { view: t(VIEW_NAMES[panel]) })}
          </button>
        </p>
      )}
      <MapScreen dataRevision={dataRevision} headline={false} />
    </>
  );
}

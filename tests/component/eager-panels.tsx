// Tests render the panels eagerly (jsdom has no paint to wait for); see src/app/lazy-panels.tsx.
import "../../src/data/extra-data";
import { notePanelsLoaded } from "../../src/app/language";

// As after the lazy panels have loaded: a switch to Korean then brings the panels' Korean text too.
notePanelsLoaded();
export { DetailsPanel } from "../../src/features/details/details-panel";
export { TimelinePanel } from "../../src/features/timeline/timeline-panel";
export { TradePanel } from "../../src/features/trade/trade-panel";
export { AlliancePanel } from "../../src/features/alliance/alliance-panel";
export { ThreatsPanel } from "../../src/features/threats/threats-panel";
export { ChangesPanel } from "../../src/features/changes/changes-panel";
export { HeadlineStrip } from "../../src/features/headline/headline-strip";
export { SelectionLinks } from "../../src/app/selection-links";
export { StoryPanel } from "../../src/features/story/story-panel";

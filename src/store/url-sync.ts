/**
 * Keeps the URL and the store in step: parse on start and on Back/Forward, build on every change.
 * Selection and panel changes push a history entry (so Back works); date and filter changes replace it.
 */
import { buildUrlState, parseUrlState, type UrlState, type UrlVocabulary } from "../domain/url-state";
import type { AppState } from "./app-store";
import { STATE_PERSISTENCE, useAppStore } from "./app-store";
import { storyView } from "./story-slice";
import { DEFAULT_COMPARE, sameCompare } from "../domain/tariff/scenario-ref";
import { afterNextPaint } from "./after-paint";
import { isPartOf, isPartedPanel } from "../domain/panel-parts";
import { loadPanelMessages } from "../i18n/i18n";
import { selectLang } from "./lang-slice";
import type { NoticeText } from "./ui-slice";
import type { PanelMessageKey } from "../domain/i18n/panel-keys";

export function stateToUrl(s: AppState): UrlState {
  const u: UrlState = {};
  if (s.selectedActor) u.actor = s.selectedActor;
  if (s.selectedRelation) u.relation = s.selectedRelation;
  if (s.selectedEvent) u.event = s.selectedEvent;
  if (s.asOf) u.date = s.asOf;
  if (s.since) u.since = s.since;
  if (s.panel !== "map") u.panel = s.panel;
  if (isPartedPanel(s.panel) && isPartOf(s.panel, s.panelPart)) u.part = s.panelPart;
  if (s.hiddenRelationTypes.length > 0) u.hide = s.hiddenRelationTypes;
  const f = s.eventFilters;
  if (f.actors.length > 0) u.actors = [...f.actors];
  if (f.types.length > 0) u.types = [...f.types];
  if (f.from) u.from = f.from;
  if (f.to) u.to = f.to;
  if (!sameCompare(s.compare, DEFAULT_COMPARE)) u.compare = [...s.compare];
  if (s.tradeMethod !== "ces") u.method = s.tradeMethod;
  if (s.elasticityPresetId) u.elast = s.elasticityPresetId;
  if (s.borderPassThrough !== null) u.phi = s.borderPassThrough;
  if (s.retailPassThrough !== null) u.psi = s.retailPassThrough;
  if (s.ratesOn) u.ratesOn = s.ratesOn;
  if (s.storyStep !== null) u.story = s.storyStep;
  if (s.lang) u.lang = s.lang;
  return u;
}

export function applyUrlState(u: UrlState): void {
  useAppStore.setState({
    selectedActor: u.actor ?? null,
    selectedRelation: u.relation && !u.actor ? u.relation : null,
    selectedEvent: u.event && !u.actor && !u.relation ? u.event : null,
    asOf: u.date ?? null,
    since: u.since ?? null,
    panel: u.panel ?? "map",
    panelPart: u.part ?? null,
    hiddenRelationTypes: u.hide ?? [],
    eventFilters: { actors: u.actors ?? [], types: u.types ?? [], from: u.from ?? null, to: u.to ?? null },
    compare: u.compare ?? [...DEFAULT_COMPARE],
    tradeMethod: u.method ?? "ces",
    elasticityPresetId: u.elast ?? null,
    borderPassThrough: u.phi ?? null,
    retailPassThrough: u.psi ?? null,
    ratesOn: u.ratesOn ?? null,
    storyStep: u.story ?? null,
    lang: u.lang ?? null,
  });
  // A bare story link (?story=3) opens the step's own view; a full link keeps what it says.
  if (u.story !== undefined && !u.actor && !u.relation && !u.event && !u.panel) useAppStore.setState(storyView(u.story));
}

export interface UrlSyncOptions {
  win?: Window;
  /**
   * When to write the URL after a change. Default: after the next paint, so the address bar and
   * history (pushState costs several ms in Chromium) never delay the paint a click is waiting for.
   * Tests pass queueMicrotask.
   */
  schedule?: (task: () => void) => void;
  /**
   * The data's version ("2026.12.0") once it is known (releases.json arrives with the panels), and
   * a way to hear when that may have changed. Links then carry it as `dv`; a link made with another
   * version gets a notice. Without it (tests), a link's own `dv` is kept as it is.
   */
  dataVersion?: { get: () => string | null; subscribe: (listener: () => void) => () => void };
}

/** The notice for a link made with other data than the app now has. */
export function versionNotice(linkVersion: string, current: string): NoticeText {
  return { key: "url.versionChanged", values: { link: linkVersion, current } };
}

/** Start syncing; returns a function that stops it. */
export function startUrlSync(
  vocab: UrlVocabulary,
  { win = window, schedule = afterNextPaint, dataVersion }: UrlSyncOptions = {},
): () => void {
  // The version the open link was made with; written back until the data's own version is known.
  let linkVersion: string | undefined;
  const noticed = new Set<string>();
  // The canonical query of the current state; a link that shows anything carries the data version.
  const canonicalUrl = () => {
    const u = stateToUrl(useAppStore.getState());
    const dv = dataVersion?.get() ?? linkVersion;
    // The language alone shows nothing that the data's version could change.
    if (dv && Object.keys(u).some((k) => k !== "lang")) u.dv = dv;
    return buildUrlState(u);
  };
  const checkVersion = () => {
    const current = dataVersion?.get();
    if (!current || !linkVersion || linkVersion === current || noticed.has(linkVersion)) return;
    noticed.add(linkVersion);
    useAppStore.getState().pushNotice(versionNotice(linkVersion, current));
  };
  const readUrl = (notify: boolean) => {
    const { state, dropped } = parseUrlState(win.location.search, vocab);
    linkVersion = state.dv;
    const extra = [state.actor, state.relation, state.event].filter(Boolean).length > 1;
    if (extra) dropped.push({ key: "url.oneSelection" });
    applyUrlState(state);
    // The reasons are in a panel catalog (not in the first chunk): the notice waits for it, and
    // comes without them if it cannot be loaded (offline).
    if (notify && dropped.length > 0)
      void loadPanelMessages(selectLang(useAppStore.getState())).then(
        () =>
          useAppStore.getState().pushNotice(
            { key: "notice.badLink" },
            dropped.map((p) => ({ key: p.key as PanelMessageKey, ...(p.values ? { values: p.values } : {}) })),
          ),
        () => useAppStore.getState().pushNotice({ key: "notice.badLink" }),
      );
    // Rewrite the address to the canonical form so the junk does not linger.
    if (notify) checkVersion();
    const canonical = canonicalUrl();
    if (canonical !== win.location.search) win.history.replaceState(null, "", win.location.pathname + canonical + win.location.hash);
  };
  readUrl(true);
  // When the data's version becomes known: tell a link made with another one, and write it.
  const unsubVersion = dataVersion?.subscribe(() => {
    if (!dataVersion.get()) return;
    checkVersion();
    const canonical = canonicalUrl();
    if (canonical !== win.location.search) win.history.replaceState(null, "", win.location.pathname + canonical + win.location.hash);
  });
  let applyingPop = false;
  const onPop = () => {
    applyingPop = true;
    readUrl(false);
    applyingPop = false;
  };
  win.addEventListener("popstate", onPop);
  // Only keys that live in the URL matter; several updates before the write (a click that selects
  // and opens a panel) become one history entry, written once after the next paint.
  const urlKeys = (Object.keys(STATE_PERSISTENCE) as (keyof typeof STATE_PERSISTENCE)[]).filter(
    (k) => STATE_PERSISTENCE[k] === "url",
  );
  const pushKeys = new Set<string>(["storyStep", "selectedActor", "selectedRelation", "selectedEvent", "panel", "panelPart"]);
  let pending: "push" | "replace" | null = null;
  const flush = () => {
    const mode = pending;
    pending = null;
    const next = canonicalUrl();
    if (mode === null || next === win.location.search) return;
    const href = win.location.pathname + next + win.location.hash;
    if (mode === "push") win.history.pushState(null, "", href);
    else win.history.replaceState(null, "", href);
  };
  const unsub = useAppStore.subscribe((s, prev) => {
    if (applyingPop) return;
    const changed = urlKeys.filter((k) => s[k] !== prev[k]);
    if (changed.length === 0) return;
    const mode = changed.some((k) => pushKeys.has(k)) ? "push" : "replace";
    if (pending === null) schedule(flush);
    if (pending !== "push") pending = mode;
  });
  return () => {
    win.removeEventListener("popstate", onPop);
    unsub();
    unsubVersion?.();
  };
}

import { useEffect, type RefObject } from "react";
import { useAppStore } from "../../store/app-store";
import { getActor, getRelation } from "../../data/lookup";
import { INDICATORS } from "../../domain/indicators/registry";
import { linkedIndicatorIds, linkedPanel, selectionSubject, type MapSelection } from "../../domain/indicators/linking";
import type { IndicatorId } from "../../domain/indicators/types";
import type { Iso3 } from "../../domain/types";

const PANEL = "alliance";

function selectionOf(actor: Iso3 | null, relationId: string | null): MapSelection {
  return { actor, relation: relationId ? (getRelation(relationId) ?? null) : null };
}

/**
 * Alliance indicators linked to the map selection (South Korea, the US–South Korea alliance edge).
 * When the user makes such a selection, the Alliance panel is brought forward (setPanel, which
 * scrolls it into view). Not on first load, and not on Back/Forward: those restore a view the
 * URL already describes.
 */
export function useAllianceLinks(region: RefObject<HTMLElement | null>): { ids: ReadonlySet<IndicatorId>; subject: string | null } {
  const actor = useAppStore((s) => s.selectedActor);
  const relation = useAppStore((s) => s.selectedRelation);

  useEffect(
    () =>
      useAppStore.subscribe((s, prev) => {
        if (s.selectedActor === prev.selectedActor && s.selectedRelation === prev.selectedRelation) return;
        if (window.event?.type === "popstate") return;
        if (linkedPanel(INDICATORS, selectionOf(s.selectedActor, s.selectedRelation)) !== PANEL) return;
        if (s.panel !== PANEL) s.setPanel(PANEL);
        else region.current?.closest("section")?.scrollIntoView?.({ block: "start" });
      }),
    [region],
  );

  const sel = selectionOf(actor, relation);
  const ids = linkedIndicatorIds(INDICATORS, sel, PANEL);
  return {
    ids: new Set(ids),
    subject: ids.length > 0 ? selectionSubject(sel, (c) => getActor(c)?.name ?? c) : null,
  };
}

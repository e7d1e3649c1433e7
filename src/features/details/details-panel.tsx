import { useAppStore } from "../../store/app-store";
import { ActorProfiles } from "./actor-profiles";
import { RelationDetails } from "./relation-details";
import { EventDetails } from "./event-details";
import { Orientation } from "./orientation";

/** The Details region's content, driven by the selection in the store. */
export function DetailsPanel() {
  const actor = useAppStore((s) => s.selectedActor);
  const relation = useAppStore((s) => s.selectedRelation);
  const event = useAppStore((s) => s.selectedEvent);
  return (
    <>
      <ActorProfiles active={actor} />
      {actor ? null : relation ? <RelationDetails id={relation} /> : event ? <EventDetails id={event} /> : <Orientation />}
    </>
  );
}

import { useAppStore } from "../../store/app-store";
import { ActorDetails } from "./actor-details";
import { RelationDetails } from "./relation-details";
import { EventDetails } from "./event-details";
import { Orientation } from "./orientation";

/** The Details region's content, driven by the selection in the store. */
export function DetailsPanel() {
  const actor = useAppStore((s) => s.selectedActor);
  const relation = useAppStore((s) => s.selectedRelation);
  const event = useAppStore((s) => s.selectedEvent);
  if (actor) return <ActorDetails code={actor} />;
  if (relation) return <RelationDetails id={relation} />;
  if (event) return <EventDetails id={event} />;
  return <Orientation />;
}

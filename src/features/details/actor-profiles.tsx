import { memo, startTransition, useEffect, useState } from "react";
import { requireDataFile } from "../../data/dataset";
import { afterNextPaint } from "../../store/after-paint";
import type { Iso3 } from "../../domain/types";
import { ActorDetails } from "./actor-details";

/**
 * True once the page has painted and then been idle (a transition, so a click in between comes
 * first). `requestIdleCallback` where there is one, else a short timer.
 */
function useIdleAfterFirstPaint(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let cancelled = false;
    let idleId: number | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = () => {
      if (!cancelled) startTransition(() => setIdle(true));
    };
    afterNextPaint(() => {
      if (cancelled) return;
      if (typeof requestIdleCallback === "function") idleId = requestIdleCallback(done, { timeout: 2000 });
      else timer = setTimeout(done, 200);
    });
    return () => {
      cancelled = true;
      if (idleId !== undefined) cancelIdleCallback(idleId);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, []);
  return idle;
}

/**
 * One profile, shown or kept hidden. A hidden profile stays rendered and laid out: `hidden` and
 * `inert` take it out of view, of the accessibility tree, of focus and of find-in-page, and the style
 * sheet keeps it laid out without taking space, so showing it again needs no new DOM.
 */
const ProfileSlot = memo(function ProfileSlot({ code, active }: { code: Iso3; active: boolean }) {
  return (
    <div className="profile-slot" hidden={!active}>
      <ActorDetails code={code} />
    </div>
  );
});

/**
 * The selected actor's profile. Once the page is idle after its first paint, every actor's profile is
 * rendered (hidden), so that selecting any actor shows a profile that is already there instead of
 * building one in the click (issue #8: the click's frame then has far less to lay out and draw).
 */
export function ActorProfiles({ active }: { active: Iso3 | null }) {
  const prerender = useIdleAfterFirstPaint();
  const all = requireDataFile("actors").records.map((a) => a.code);
  const codes = prerender ? all : [];
  if (active && !codes.includes(active)) codes.push(active);
  return (
    <div className="actor-profiles">
      {codes.map((code) => (
        <ProfileSlot key={code} code={code} active={code === active} />
      ))}
    </div>
  );
}

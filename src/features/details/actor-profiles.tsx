import { memo, startTransition, useEffect, useState } from "react";
import { requireDataFile } from "../../data/dataset";
import { afterNextPaint } from "../../store/after-paint";
import type { Iso3 } from "../../domain/types";
import { ActorDetails } from "./actor-details";

/**
 * Counts up to `total`, one step each time the page has painted and then been idle (each step a
 * transition, so a click in between comes first). `requestIdleCallback` where there is one, else a
 * short timer.
 */
function useIdleCount(total: number): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    if (count >= total) return;
    let cancelled = false;
    let idleId: number | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const step = () => {
      if (!cancelled) startTransition(() => setCount((c) => c + 1));
    };
    afterNextPaint(() => {
      if (cancelled) return;
      if (typeof requestIdleCallback === "function") idleId = requestIdleCallback(step, { timeout: 2000 });
      else timer = setTimeout(step, count === 0 ? 200 : 0);
    });
    return () => {
      cancelled = true;
      if (idleId !== undefined) cancelIdleCallback(idleId);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [count, total]);
  return count;
}

/**
 * One profile, shown or kept hidden. A hidden profile stays rendered and laid out: the style sheet
 * turns `hidden` into no height and `visibility: hidden` (out of view, of the accessibility tree, of
 * focus and of find-in-page) at the shown one's width, so showing it again needs no new DOM or layout.
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
 * rendered (hidden), one per idle period (each costs its frame a few ms of style and layout), so
 * that selecting any actor shows a profile that is already there instead of building one in the click
 * (issue #8: the click's frame then has far less to create, lay out and draw). A profile shown once
 * is kept as well, whether or not its idle turn has come.
 */
export function ActorProfiles({ active }: { active: Iso3 | null }) {
  const all = requireDataFile("actors").records.map((a) => a.code);
  const ready = useIdleCount(all.length);
  // Every profile shown once stays (hidden) too: clicks in quick succession, before the page has been
  // idle, leave no idle period to build the others, and going back to an actor then only shows it.
  const [shown, setShown] = useState<readonly Iso3[]>([]);
  if (active && !shown.includes(active)) setShown([...shown, active]);
  // In actor order, so a profile shown before its turn keeps its place when the others arrive.
  const codes = all.filter((code, i) => i < ready || code === active || shown.includes(code));
  if (active && !codes.includes(active)) codes.push(active);
  return (
    <div className="actor-profiles">
      {codes.map((code) => (
        <ProfileSlot key={code} code={code} active={code === active} />
      ))}
    </div>
  );
}

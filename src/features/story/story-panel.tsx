import { useEffect, useRef } from "react";
import { requireDataFile } from "../../data/dataset";
import { useAppStore } from "../../store/app-store";
import { STORY_STEPS, claimsForStep } from "../../domain/story";
import { ClaimEvidence } from "./claim-evidence";
import { EventEvidence } from "./event-evidence";

const PART_LABELS = { article: "Story steps: the article", sequel: "Story steps: after the summit" } as const;

/**
 * The guided story: one step per section of the source article, then
 * the sequel, the year after the summit, told through dated events. Each step sets the map, timeline and
 * panels (through the store) and lists the section's claims with their evidence.
 * Keys: ← and → move between steps, Escape leaves.
 */
export function StoryPanel() {
  const step = useAppStore((s) => s.storyStep);
  const go = useAppStore((s) => s.goToStoryStep);
  const exit = useAppStore((s) => s.exitStory);
  const claims = requireDataFile("article").records;
  const ref = useRef<HTMLElement>(null);

  const total = STORY_STEPS.length;

  useEffect(() => {
    if (step !== null) ref.current?.focus();
  }, [step]);

  useEffect(() => {
    // Keys act while focus is inside the story (so they never fight the map's or the slider's arrows).
    const el = ref.current;
    if (!el || step === null) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if ((e.target as HTMLElement).tagName === "INPUT") return;
      if (e.key === "ArrowRight" && step < total) go(step + 1);
      else if (e.key === "ArrowLeft" && step > 1) go(step - 1);
      else if (e.key === "Escape") {
        e.stopPropagation();
        exit();
      } else return;
      e.preventDefault();
    };
    el.addEventListener("keydown", onKeyDown);
    return () => el.removeEventListener("keydown", onKeyDown);
  }, [step, total, go, exit]);

  if (step === null) return null;
  const s = STORY_STEPS[step - 1];
  if (!s) return null;
  return (
    <section ref={ref} className="story" aria-label="Guided story" tabIndex={-1}>
      <div className="story-head">
        <p className="story-progress" aria-live="polite">
          Step {step} of {total}
        </p>
        {(["article", "sequel"] as const).map((part) => (
          <ol key={part} className="story-dots" aria-label={PART_LABELS[part]}>
            {STORY_STEPS.map((x, i) =>
              x.part === part ? (
                <li key={x.id}>
                  <button type="button" aria-current={i + 1 === step ? "step" : undefined} onClick={() => go(i + 1)}>
                    {i + 1}. {x.title}
                  </button>
                </li>
              ) : null,
            )}
          </ol>
        ))}
      </div>
      <h2>{s.title}</h2>
      {s.quotes.map((q) => (
        <figure key={q.text} className="story-quote">
          <blockquote>
            <p>“{q.text}”</p>
          </blockquote>
          <figcaption>— {q.who}</figcaption>
        </figure>
      ))}
      <p className="story-caption">{s.caption}</p>
      {s.part === "article" ? (
        <>
          <h3>What the article claims, and the evidence</h3>
          <ul className="claims">
            {claimsForStep(claims, s).map((c) => (
              <ClaimEvidence key={c.id} claim={c} />
            ))}
          </ul>
        </>
      ) : (
        <>
          <h3>What happened, and the evidence</h3>
          <ul className="claims">
            {(s.eventIds ?? []).map((id) => (
              <EventEvidence key={id} id={id} />
            ))}
          </ul>
        </>
      )}
      <div className="story-nav">
        <button type="button" onClick={() => go(step - 1)} disabled={step === 1}>
          Previous
        </button>
        <button type="button" onClick={() => go(step + 1)} disabled={step === total}>
          Next
        </button>
        <button type="button" onClick={exit}>
          Leave the story
        </button>
      </div>
    </section>
  );
}

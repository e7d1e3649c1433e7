import { useEffect, useRef } from "react";
import { requireDataFile } from "../../data/dataset";
import { useAppStore } from "../../store/app-store";
import { STORY_STEPS, claimsForStep, type StoryStep } from "../../domain/story";
import type { PanelMessageKey } from "../../domain/i18n/panel-keys";
import { activeLang, t } from "../../i18n/i18n";
import { ClaimEvidence } from "./claim-evidence";
import { EventEvidence } from "./event-evidence";

const PART_LABELS = { article: "story.dots.article", sequel: "story.dots.sequel" } as const;

/**
 * A step's text in the active language, by its id (story-en.ts holds the English of story.ts, which
 * its tests pin): "title", "caption", or a quote's words ("quote0") and attribution ("who0").
 */
function stepText(step: StoryStep, field: string): string {
  return t(`story.step.${step.id}.${field}` as PanelMessageKey);
}

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
    <section ref={ref} className="story" aria-label={t("story.label")} tabIndex={-1}>
      <div className="story-head">
        <p className="story-progress" aria-live="polite">
          {t("story.progress", { step, total })}
        </p>
        {(["article", "sequel"] as const).map((part) => (
          <ol key={part} className="story-dots" aria-label={t(PART_LABELS[part])}>
            {STORY_STEPS.map((x, i) =>
              x.part === part ? (
                <li key={x.id}>
                  <button type="button" aria-current={i + 1 === step ? "step" : undefined} onClick={() => go(i + 1)}>
                    {t("story.dot", { n: i + 1, title: stepText(x, "title") })}
                  </button>
                </li>
              ) : null,
            )}
          </ol>
        ))}
      </div>
      <h2>{stepText(s, "title")}</h2>
      {s.quotes.map((q, i) => (
        <figure key={q.text} className="story-quote">
          {/* The article's words stay in English; a Korean reader gets the translation beside them. */}
          <blockquote lang="en">
            <p>“{q.text}”</p>
          </blockquote>
          {activeLang() === "ko" && (
            <p className="quote-translation">
              <span className="badge badge-original">{t("story.translation")}</span> “{stepText(s, `quote${i}`)}”
            </p>
          )}
          <figcaption>{t("story.quoteWho", { who: stepText(s, `who${i}`) })}</figcaption>
        </figure>
      ))}
      <p className="story-caption">{stepText(s, "caption")}</p>
      {s.part === "article" ? (
        <>
          <h3>{t("story.claimsHeading")}</h3>
          <ul className="claims">
            {claimsForStep(claims, s).map((c) => (
              <ClaimEvidence key={c.id} claim={c} />
            ))}
          </ul>
        </>
      ) : (
        <>
          <h3>{t("story.eventsHeading")}</h3>
          <ul className="claims">
            {(s.eventIds ?? []).map((id) => (
              <EventEvidence key={id} id={id} />
            ))}
          </ul>
        </>
      )}
      <div className="story-nav">
        <button type="button" onClick={() => go(step - 1)} disabled={step === 1}>
          {t("story.previous")}
        </button>
        <button type="button" onClick={() => go(step + 1)} disabled={step === total}>
          {t("story.next")}
        </button>
        <button type="button" onClick={exit}>
          {t("story.leave")}
        </button>
      </div>
    </section>
  );
}

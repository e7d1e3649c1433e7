import { useEffect, useRef } from "react";
import { LANGS, LANG_NAMES, type Lang } from "../domain/locale";
import { useActiveLang } from "../i18n/i18n";
import { useAppStore } from "../store/app-store";

/** The language whose button should take focus when the app's content is drawn again in it. */
let focusAfterSwitch: Lang | null = null;

/**
 * "English" / "한국어": two toggle buttons, each named in its own language (and marked so), on every
 * view. The interface is drawn again in the new language (app.tsx keys it by the language), so the
 * pressed button takes the focus back.
 */
export function LanguageSwitch() {
  const active = useActiveLang();
  const setLang = useAppStore((s) => s.setLang);
  const refs = useRef<Partial<Record<Lang, HTMLButtonElement | null>>>({});
  useEffect(() => {
    if (focusAfterSwitch !== active) return;
    focusAfterSwitch = null;
    refs.current[active]?.focus();
  }, [active]);
  return (
    <div className="lang-switch" role="group" aria-label={active === "ko" ? "언어 (Language)" : "Language (언어)"}>
      {LANGS.map((l) => (
        <button
          key={l}
          ref={(el) => {
            refs.current[l] = el;
          }}
          type="button"
          lang={l}
          aria-pressed={active === l}
          onClick={() => {
            focusAfterSwitch = l;
            setLang(l);
          }}
        >
          {LANG_NAMES[l]}
        </button>
      ))}
    </div>
  );
}

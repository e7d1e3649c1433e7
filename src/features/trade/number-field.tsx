import { useId, useState } from "react";

export type FieldCheck = { ok: true; value: number } | { ok: false; message: string };

interface NumberFieldProps {
  label: string;
  /** The last valid value, the one the model uses. */
  value: number;
  /** Validates the typed text; `badInput` is true when the browser saw text that is not a number. */
  check: (text: string, badInput: boolean) => FieldCheck;
  onValid: (value: number) => void;
  min: number;
  max: number;
  unit?: string;
  hint?: string;
}

/**
 * A labelled number input that never passes an invalid value on: bad input gets an inline message
 * and aria-invalid while the last valid value stays in the computation.
 */
export function NumberField({ label, value, check, onValid, min, max, unit, hint }: NumberFieldProps) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState(value);
  // The value changed from outside (Back/Forward, another control): show it unless the user is mid-error.
  if (shown !== value) {
    setShown(value);
    if (error === null) setText(String(value));
  }
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`number-field${error ? " is-invalid" : ""}`}>
      <label htmlFor={id}>{label}</label>
      <span className="number-input">
        <input
          id={id}
          type="number"
          inputMode="decimal"
          min={min}
          max={max}
          step="any"
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => {
            const t = e.target.value;
            setText(t);
            const c = check(t, e.target.validity?.badInput ?? false);
            if (c.ok) {
              setError(null);
              setShown(c.value);
              if (c.value !== value) onValid(c.value);
            } else setError(c.message);
          }}
        />
        {unit && <span aria-hidden="true">{unit}</span>}
      </span>
      {hint && (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

import { type ReactNode } from "react";
import { RegionErrorBoundary } from "./region-error-boundary";

interface RegionProps {
  /** Accessible name of the landmark, e.g. "Details". Also the visible heading. */
  name: string;
  id?: string;
  className?: string;
  /** Extra content in the heading row (buttons, badges). */
  actions?: ReactNode;
  /** When this changes, an error shown by the region is cleared and its content drawn again. */
  resetKey?: unknown;
  children: ReactNode;
}

/** A named landmark region with its own error boundary, so one broken panel never blanks the page. */
export function Region({ name, id, className, actions, resetKey, children }: RegionProps) {
  const headingId = `${id ?? name.toLowerCase()}-heading`;
  return (
    <section aria-label={name} id={id} className={`region ${className ?? ""}`} tabIndex={-1}>
      <div className="region-head">
        <h2 id={headingId}>{name}</h2>
        {actions}
      </div>
      <RegionErrorBoundary name={name} resetKey={resetKey}>
        {children}
      </RegionErrorBoundary>
    </section>
  );
}

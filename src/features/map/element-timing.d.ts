// The Element Timing attribute (https://w3c.github.io/element-timing/), which React passes through
// to the DOM but its types do not list.
import "react";

declare module "react" {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- a merged interface repeats React's type parameter
  interface HTMLAttributes<T> {
    /** Names the element in `PerformanceElementTiming` entries (reported once it has been presented). */
    elementtiming?: string;
  }
}

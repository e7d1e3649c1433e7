import { Component, type ErrorInfo, type ReactNode } from "react";
import { t } from "../i18n/i18n";

interface Props {
  name: string;
  /** When this changes, a caught error is cleared and the children are drawn again. */
  resetKey?: unknown;
  children: ReactNode;
}
interface State {
  error: Error | null;
}

/** Catches a render error in one region and shows an error card instead of a blank page. */
export class RegionErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidUpdate(prev: Props): void {
    if (this.state.error && prev.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn(`[${this.props.name}] ${error.message}`, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const problems = (error as Error & { problems?: string[] }).problems;
    return (
      <div role="alert" className="error-card">
        <p>
          <strong>{t("region.failed", { name: this.props.name })}</strong> {t("region.failedRest")}
        </p>
        <p>{error.message}</p>
        {problems && problems.length > 0 && (
          <details>
            <summary>{t("region.problems", { count: problems.length })}</summary>
            <ul>
              {problems.slice(0, 20).map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </details>
        )}
        <button type="button" onClick={() => this.setState({ error: null })}>
          {t("region.retry")}
        </button>
      </div>
    );
  }
}

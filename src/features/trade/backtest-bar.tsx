/** The model's range on a fixed −100% … +40% scale, with the default run and the observed change marked. Decorative: the row's text says the same. */
const MIN = -100;
const MAX = 40;

function at(v: number): string {
  const clamped = Math.min(MAX, Math.max(MIN, v));
  return `${((clamped - MIN) / (MAX - MIN)) * 100}%`;
}

interface BacktestBarProps {
  low: number;
  high: number;
  predicted: number;
  observed: number | null;
}

export function BacktestBar({ low, high, predicted, observed }: BacktestBarProps) {
  return (
    <span className="bt-bar" aria-hidden="true">
      <span className="bt-zero" style={{ left: at(0) }} />
      <span className="bt-range" style={{ left: at(low), width: `calc(${at(high)} - ${at(low)} + 2px)` }} />
      <span className="bt-default" style={{ left: at(predicted) }} />
      {observed !== null && <span className="bt-observed" style={{ left: at(observed) }} />}
    </span>
  );
}

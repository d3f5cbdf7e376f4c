// Latency figures as benchmarks report them.

export type LatencySummary = { count: number; p50: number; p95: number; p99: number; max: number; mean: number };

export function summarise(milliseconds: number[]): LatencySummary {
  const sorted = [...milliseconds].sort((first, second) => first - second);
  const at = (quantile: number) => sorted[Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] ?? 0;
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    count: sorted.length,
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    p99: round(at(0.99)),
    max: round(sorted.at(-1) ?? 0),
    mean: round(sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length)),
  };
}

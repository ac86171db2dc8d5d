/**
 * Timing helpers with no Node import, so a bench part that runs in a Chromium page
 * (scripts/bench-notes-scale.ts) uses the same ones as the Node benches (scripts/lib/bench.ts).
 */
export interface Percentiles {
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

/** p50, p95 (nearest rank below), max and mean of timings in ms. */
export function percentiles(ms: readonly number[]): Percentiles {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { p50: at(0.5), p95: at(0.95), max: s[s.length - 1]!, mean: ms.reduce((a, b) => a + b, 0) / ms.length };
}

/** The value of `fn` and how long it took (ms). */
export async function timed<T>(fn: () => T | Promise<T>): Promise<[T, number]> {
  const a = performance.now();
  const v = await fn();
  return [v, performance.now() - a];
}

/** A duration for a table: two decimals under 10, whole numbers above. */
export const ms2 = (n: number): string => (n < 10 ? n.toFixed(2) : n.toFixed(0));

/** The 1-minute load average now, and a line saying how it moved while the bench ran. */

/**
 * What the benchmarks (scripts/bench-*.ts) share: percentiles of timings, a heap reading after a
 * forced collection, timing one call, and the machine's load (the figures are read as ratios
 * against a baseline measured in the same run, so the load they ran under is printed with them).
 */
import { availableParallelism, loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

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

let gc: (() => void) | null = null;
/** Heap in use (MB) after two full collections, so what is measured is what is still held. */
export function heapMb(): number {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1e6;
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
export function machineLoad(): { start: number; describe(): string } {
  const start = loadavg()[0]!;
  return { start, describe: () => `load average ${start.toFixed(1)} -> ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores` };
}

/**
 * What the benchmarks (scripts/bench-*.ts) share: percentiles of timings, a heap reading after a
 * forced collection, timing one call, and the machine's load (the figures are read as ratios
 * against a baseline measured in the same run, so the load they ran under is printed with them).
 */
import { availableParallelism, loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export { ms2, percentiles, timed, type Percentiles } from './timing';

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

export function machineLoad(): { start: number; describe(): string } {
  const start = loadavg()[0]!;
  return { start, describe: () => `load average ${start.toFixed(1)} -> ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores` };
}

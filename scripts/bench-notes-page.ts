/**
 * The page side of `bench:notes --chromium`: runs the scale part (bench-notes-scale.ts) on the
 * page's real IndexedDB and WebCrypto; bench-notes.ts bundles it with Vite and calls
 * `benchScale(n)`. Lines go to the console, which the bench prints.
 */
import { runScale } from './bench-notes-scale';

interface MemoryInfo { usedJSHeapSize: number }

Object.assign(window, {
  benchScale: (notes: number) => runScale({
    indexedDB, IDBKeyRange, notes, log: (line) => console.log(line),
    heapUsed: () => (performance as unknown as { memory?: MemoryInfo }).memory?.usedJSHeapSize ?? Number.NaN,
    gc: (globalThis as { gc?: () => void }).gc,
  }),
});

/**
 * Runs an import in a Web Worker (pages: the UI thread stays free for the progress bar and the
 * cancel button) or in-process where there is no Worker (Node, tests): the same runImport either way.
 */
import type { ImportProgress } from './model';
import { runImport, type RunOutcome } from './run';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

export interface ImportJob {
  done: Promise<RunOutcome>;
  cancel(): void;
}

export type SpawnWorker = () => Worker;

const cancelled = (fileName: string): RunOutcome => ({ ok: false, error: { file: fileName, line: null, kind: 'cancelled', params: {} } });

/** `spawn`: the page's worker (spawn-worker.ts); null runs the import in-process (Node, tests). */
export function startImport(fileName: string, bytes: Uint8Array, onProgress: (p: ImportProgress) => void, spawn: SpawnWorker | null = null): ImportJob {
  if (!spawn) {
    const abort = new AbortController();
    return { done: runImport(fileName, bytes, { onProgress, signal: abort.signal }).then((o) => (o.ok ? { ok: true, rows: o.rows } : o)), cancel: () => abort.abort() };
  }
  const worker = spawn();
  let settle!: (o: RunOutcome) => void;
  const done = new Promise<RunOutcome>((resolve) => {
    settle = resolve;
  });
  worker.addEventListener('message', (ev: MessageEvent<WorkerReply>) => {
    const m = ev.data;
    if (m.type === 'progress') onProgress({ fraction: m.fraction, stage: m.stage });
    else {
      worker.terminate();
      settle(m.outcome);
    }
  });
  worker.addEventListener('error', (ev) => {
    worker.terminate();
    settle({ ok: false, error: { file: fileName, line: null, kind: 'format', params: { detail: ev.message || 'import worker failed' } } });
  });
  // A copy is transferred so the caller's bytes stay usable.
  const copy = bytes.slice().buffer;
  worker.postMessage({ fileName, bytes: copy } satisfies WorkerRequest, [copy]);
  return {
    done,
    cancel: () => {
      worker.terminate();
      settle(cancelled(fileName));
    },
  };
}

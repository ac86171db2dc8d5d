/**
 * Web Worker entry: reads a chosen release file off the UI thread (unzip, parse, check, encode)
 * and posts progress, then the encoded rows (their buffers transferred, not copied). Cancelling is
 * terminating the worker: nothing has been stored at that point.
 */
import { runImport } from './run';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

const scope = self as unknown as { onmessage: ((ev: MessageEvent<WorkerRequest>) => void) | null; postMessage(msg: WorkerReply, transfer?: Transferable[]): void };

scope.onmessage = (ev) => {
  const { fileName, bytes } = ev.data;
  void runImport(fileName, new Uint8Array(bytes), {
    onProgress: (p) => scope.postMessage({ type: 'progress', ...p }),
  }).then(
    (out) => {
      if (!out.ok) return scope.postMessage({ type: 'done', outcome: out });
      const rows = out.rows;
      scope.postMessage({ type: 'done', outcome: { ok: true, rows } }, rows.map((r) => r.data.buffer as ArrayBuffer));
    },
    (e: unknown) => scope.postMessage({ type: 'done', outcome: { ok: false, error: { file: fileName, line: null, kind: 'format', params: { detail: e instanceof Error ? e.message : String(e) } } } }),
  );
};

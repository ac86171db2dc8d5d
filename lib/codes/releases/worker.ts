/**
 * Web Worker entry: reads a chosen release file off the UI thread (unzip, parse, check, encode)
 * and posts progress, then the encoded rows (their buffers transferred, not copied). Cancelling is
 * terminating the worker: nothing has been stored at that point.
 */
import { runImport } from './run';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

interface WorkerScope {
  addEventListener(type: 'message', listener: (ev: MessageEvent<WorkerRequest>) => void): void;
  postMessage(msg: WorkerReply, transfer: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;
// A worker's postMessage has no target origin: it only talks to the page that started it.
const post = (msg: WorkerReply, transfer: Transferable[] = []) => scope.postMessage(msg, transfer);

scope.addEventListener('message', (ev) => {
  const { fileName, bytes } = ev.data;
  void runImport(fileName, new Uint8Array(bytes), { onProgress: (p) => post({ type: 'progress', ...p }) }).then(
    (out) => {
      if (!out.ok) return post({ type: 'done', outcome: out });
      const rows = out.rows;
      post({ type: 'done', outcome: { ok: true, rows } }, rows.map((r) => r.data.buffer as ArrayBuffer));
    },
    (e: unknown) => post({ type: 'done', outcome: { ok: false, error: { file: fileName, line: null, kind: 'format', params: { detail: e instanceof Error ? e.message : String(e) } } } }),
  );
});

/**
 * One import from file bytes to stored rows (meta + compact binary), with progress: what the Web
 * Worker runs in the extension and what Node runs in-process (tests, `--codes FILE`).
 */
import { encodeReleaseAsync } from './format';
import { importReleaseFile, type ImportOptions } from './import';
import type { ImportedMeta, ImportedRelease, ReleaseError } from './model';

export interface EncodedRelease {
  meta: ImportedMeta;
  data: Uint8Array;
}

export type RunOutcome = { ok: true; rows: EncodedRelease[] } | { ok: false; error: ReleaseError };

export async function runImport(fileName: string, bytes: Uint8Array, opts: ImportOptions = {}): Promise<RunOutcome & { releases?: ImportedRelease[] }> {
  const out = await importReleaseFile(fileName, bytes, opts);
  if (!out.ok) return out;
  const rows: EncodedRelease[] = [];
  for (const [i, r] of out.releases.entries()) {
    rows.push({ meta: r.meta, data: await encodeReleaseAsync(r) });
    opts.onProgress?.({ fraction: 0.85 + (0.15 * (i + 1)) / out.releases.length, stage: 'pack' });
  }
  if (opts.signal?.aborted) return { ok: false, error: { file: fileName, line: null, kind: 'cancelled', params: {} } };
  return { ok: true, rows, releases: out.releases };
}

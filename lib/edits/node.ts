/** Node side of the edits: CMS files read from disk as streams (the CLI and the bench). Not for the extension bundle. */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { t } from '@/lib/platform/i18n';
import { EditsIndex } from './edits-index';
import { importEdits, type EditsSource, type ImportOptions } from './import';
import type { EditsError } from './parse';

export async function nodeSource(path: string): Promise<EditsSource> {
  const { size } = await stat(path);
  return {
    name: basename(path), size,
    async *chunks() {
      for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 })) yield chunk as Uint8Array;
    },
  };
}

/** English text of an import error, as the options page shows it. */
export function editsErrorText(e: EditsError): string {
  const message = t(`edits.error.${e.kind}`, e.params, 'en');
  return e.line == null ? t('edits.fileError', { file: e.file, message }, 'en') : t('edits.lineError', { line: e.line, file: e.file, message }, 'en');
}

/** Imports files from disk into memory, with the same importers as the extension. */
export async function loadEditsFromPaths(paths: readonly string[], options: ImportOptions = {}): Promise<{ index: EditsIndex } | { errors: EditsError[] }> {
  const sources = await Promise.all(paths.map(nodeSource));
  const result = await importEdits(sources, options);
  return result.ok ? { index: new EditsIndex(result.files) } : { errors: result.errors };
}

/**
 * Node side of the import (`npm run -s lookup|check -- --codes FILE`): the same reading and checks
 * as the options page, held in memory, nothing stored. Errors are worded from the English catalog.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import codeDataMessages from '@/lib/codes/strings';
import { importReleaseFile } from './import';
import type { ImportedRelease, ReleaseError } from './model';

const fill = (text: string, params: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (whole, k: string) => (k in params ? String(params[k]) : whole));

/** One line of English for a refusal: "file, line N: what is wrong". */
export function describeReleaseError(e: ReleaseError): string {
  const en = codeDataMessages.en;
  const message = fill(en[`codeData.releases.error.${e.kind}`] ?? e.kind, { ...e.params, file: e.file });
  return e.line == null ? `${e.file}: ${message}` : `${e.file}, line ${e.line}: ${message}`;
}

export type ReadReleasesOutcome = { ok: true; releases: ImportedRelease[] } | { ok: false; message: string };

/** Reads each file (zip, order file, tabular XML or ANWEB) all or nothing; the first refusal stops. */
export async function readReleaseFiles(paths: readonly string[]): Promise<ReadReleasesOutcome> {
  const releases: ImportedRelease[] = [];
  for (const path of paths) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(path));
    } catch (e) {
      return { ok: false, message: `cannot read ${path}: ${e instanceof Error ? e.message : String(e)}` };
    }
    const out = await importReleaseFile(basename(path), bytes);
    if (!out.ok) return { ok: false, message: `${path} was not read: ${describeReleaseError(out.error)}` };
    for (const r of out.releases) {
      const i = releases.findIndex((x) => x.meta.id === r.meta.id);
      if (i >= 0) releases.splice(i, 1); // the later file of the same release wins, as a re-import does
      releases.push(r);
    }
  }
  return { ok: true, releases };
}

export function describeRelease(r: ImportedRelease): string {
  const m = r.meta;
  return `${m.name} from ${m.fileName}: ${m.count} ${m.system === 'notes' ? 'note blocks' : 'codes'}, ${m.effectiveFrom} to ${m.effectiveTo ?? 'open'} (${m.verified ? `official ${m.publisher ?? 'CMS/CDC'} release` : 'unverified file: checksum not on record'})`;
}

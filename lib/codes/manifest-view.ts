/**
 * The generated manifest (code-data/build.ts writes it beside the tables) read back for "where the
 * data comes from" in options. It arrives as untyped JSON from the packaged file, so every field is
 * checked: a stale or hand-edited manifest gives a clear error instead of a blank section.
 */
import type { ReleaseInfo } from './types';

export interface SourceFileInfo {
  /** Official file name (the member of the CMS/CDC download). */
  name: string;
  sha256: string;
  bytes: number;
}

export interface SourceReleaseInfo {
  id: string;
  system: ReleaseInfo['system'];
  name: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  files: SourceFileInfo[];
}

export interface CodeDataManifest {
  generatedAt: string;
  releases: SourceReleaseInfo[];
}

const SYSTEMS: readonly string[] = ['icd10cm', 'icd9cm', 'hcpcs', 'cpt', 'modifier', 'gems', 'notes'];
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function fail(what: string): never {
  throw new Error(`code data manifest: ${what} (rebuild with npm run codes:build)`);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function str(o: Record<string, unknown>, key: string, where: string): string {
  const v = o[key];
  if (typeof v !== 'string' || !v) fail(`${where}: "${key}" missing`);
  return v;
}

function file(v: unknown, where: string): SourceFileInfo {
  if (!isRecord(v)) fail(`${where}: not an object`);
  const sha256 = str(v, 'sha256', where);
  if (!/^[0-9a-f]{64}$/.test(sha256)) fail(`${where}: sha256 is not 64 hex digits`);
  if (typeof v.bytes !== 'number' || v.bytes < 0) fail(`${where}: "bytes" missing`);
  return { name: str(v, 'officialName', where), sha256, bytes: v.bytes };
}

function release(v: unknown, i: number): SourceReleaseInfo {
  const where = `sources[${i}]`;
  if (!isRecord(v)) fail(`${where}: not an object`);
  const system = str(v, 'system', where);
  if (!SYSTEMS.includes(system)) fail(`${where}: unknown system "${system}"`);
  const from = str(v, 'effectiveFrom', where);
  const to = v.effectiveTo ?? null;
  if (!ISO_DAY.test(from) || (to !== null && (typeof to !== 'string' || !ISO_DAY.test(to)))) fail(`${where}: effective dates are not YYYY-MM-DD`);
  if (!Array.isArray(v.files) || !v.files.length) fail(`${where}: no files`);
  return {
    id: str(v, 'release', where),
    system: system as SourceReleaseInfo['system'],
    name: str(v, 'name', where),
    effectiveFrom: from,
    effectiveTo: to,
    files: v.files.map((f, k) => file(f, `${where}.files[${k}]`)),
  };
}

export function readCodeDataManifest(raw: unknown): CodeDataManifest {
  if (!isRecord(raw)) fail('not an object');
  if (!Array.isArray(raw.sources) || !raw.sources.length) fail('no sources');
  return { generatedAt: str(raw, 'generatedAt', 'manifest'), releases: raw.sources.map(release) };
}

/**
 * `npm run codes:build [-- --sources DIR] [--if-stale]`: reads the official CMS/CDC files, checks
 * each against the sha256 and size in ./sources.ts, and writes the generated tables to
 * code-data/generated (git-ignored). Everything is written to a temporary folder first and renamed
 * at the end, so a failed build never leaves partial tables.
 *
 * Sources: --sources DIR, else env CODE_SOURCES, else ../shared/code-sources beside the repo
 * (codeSourcesDir in ./sources.ts, which the tests and benchmarks use too).
 * A file missing from its folder may instead be inside the official zip in that folder (CMS or CDC
 * layout); its checksum is verified all the same. Release folders that sources.ts does not list
 * (icd10cm/fy2027/, hcpcs/2026-oct/ ...) are read with the options page's importer
 * (lib/codes/releases) and shipped as extra-releases.bin, which the tables apply on load.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeSourcesDir, SOURCES, type SourceFile, type SourceRelease } from './sources';
import { assemble } from '@/lib/codes/build/assemble';
import { CORE_FILE, GEMS_FILE, MANIFEST_FILE, NOTES_FILE, SHORT_TITLES_FILE } from '@/lib/codes/core-format';
import { parseOrderAddenda } from '@/lib/codes/parse/addenda';
import { parseGems } from '@/lib/codes/parse/gems';
import { parseHcpcsFile } from '@/lib/codes/parse/hcpcs';
import { parseIcd9Descriptions } from '@/lib/codes/parse/icd9';
import { parseOrderFile } from '@/lib/codes/parse/order-file';
import { parseTabularXml } from '@/lib/codes/parse/tabular';
import type { ReleaseInfo } from '@/lib/codes/types';
import { errorMessage } from '@/lib/platform/errors';
import { unzipSync } from 'fflate';
import { EXTRA_RELEASES_FILE, packExtraReleases } from '@/lib/codes/releases/bundled';
import { encodeReleaseAsync } from '@/lib/codes/releases/format';
import { importReleaseFile, roleOf } from '@/lib/codes/releases/import';
import type { ImportedMeta } from '@/lib/codes/releases/model';
import { describeReleaseError } from '@/lib/codes/releases/node';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..');

export class BuildError extends Error {}

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i >= 0) return args[i + 1];
  return args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

export function resolveSourcesDir(args: string[]): string {
  return codeSourcesDir(argValue(args, '--sources'));
}

/** Newest modification time of the files that decide the output: sources and build code. */
function newestInput(sourcesDir: string, sources: readonly SourceRelease[]): number {
  let newest = 0;
  const visit = (dir: string) => {
    for (const name of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, name.name);
      if (name.isDirectory()) {
        if (name.name !== 'generated' && !name.name.startsWith('.')) visit(p);
      } else if (name.name.endsWith('.ts') && !name.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  visit(here);
  visit(join(repo, 'lib', 'codes'));
  for (const r of sources) for (const f of r.files) {
    const p = join(sourcesDir, f.path);
    if (existsSync(p)) newest = Math.max(newest, statSync(p).mtimeMs);
    else for (const z of zipsBeside(p)) newest = Math.max(newest, statSync(z).mtimeMs);
  }
  for (const dir of extraReleaseDirs(sourcesDir, sources)) for (const f of releaseFilesIn(dir)) newest = Math.max(newest, statSync(f).mtimeMs);
  return newest;
}

/** Zip files in the folder of `path` (where an official download may sit unextracted). */
function zipsBeside(path: string): string[] {
  const dir = dirname(path);
  return existsSync(dir) ? readdirSync(dir).filter((n) => n.toLowerCase().endsWith('.zip')).map((n) => join(dir, n)) : [];
}

/** The member of an official zip in the file's folder that stands for `f` (same role and year, CMS or CDC name). */
function fromZip(path: string, f: SourceFile): { data: Buffer; from: string } | null {
  const want = roleOf(f.member);
  for (const zip of zipsBeside(path)) {
    let found: Uint8Array | undefined;
    try {
      const entries = unzipSync(new Uint8Array(readFileSync(zip)), {
        filter: (e) => {
          const base = e.name.split('/').pop()!;
          if (base === f.member) return true;
          const r = roleOf(e.name);
          return want != null && r != null && r.role === want.role && r.year === want.year && r.april === want.april && r.month === want.month;
        },
      });
      found = Object.values(entries)[0];
    } catch (e) {
      throw new BuildError(`Unreadable zip ${zip}: ${errorMessage(e)}`);
    }
    if (found) return { data: Buffer.from(found), from: `${zip} -> ${f.member}` };
  }
  return null;
}

/** Release folders present in the sources that sources.ts does not list (newer years or quarters). */
export function extraReleaseDirs(sourcesDir: string, sources: readonly SourceRelease[]): string[] {
  const known = new Set(sources.flatMap((r) => r.files.map((f) => dirname(f.path))));
  const out: string[] = [];
  for (const [system, pattern] of [['icd10cm', /^fy\d{4}(-apr)?$/], ['hcpcs', /^\d{4}-(jan|apr|jul|oct)$/]] as const) {
    const root = join(sourcesDir, system);
    if (!existsSync(root)) continue;
    for (const name of readdirSync(root).sort()) {
      if (pattern.test(name) && !known.has(`${system}/${name}`) && statSync(join(root, name)).isDirectory()) out.push(join(root, name));
    }
  }
  return out;
}

/** The files of an extra release folder the importer can read: zips, order/ANWEB text files, tabular XML. */
function releaseFilesIn(dir: string): string[] {
  return readdirSync(dir).filter((n) => /\.zip$/i.test(n) || roleOf(n)?.role === 'order' || roleOf(n)?.role === 'hcpcs' || roleOf(n)?.role === 'tabular').sort().map((n) => join(dir, n));
}

export interface ExtraRelease {
  meta: ImportedMeta;
  data: Uint8Array;
}

/**
 * Reads every extra release folder with the options page's importer (same checks, all or nothing).
 * Async (WebCrypto hashing), so main() runs it before the synchronous build.
 */
export async function readExtraReleases(sourcesDir: string, sources: readonly SourceRelease[] = SOURCES, log: (s: string) => void = () => {}): Promise<ExtraRelease[]> {
  const out: ExtraRelease[] = [];
  for (const dir of extraReleaseDirs(sourcesDir, sources)) {
    const files = releaseFilesIn(dir);
    if (!files.length) throw new BuildError(`Release folder ${dir} holds no zip, order file, ANWEB file or tabular XML`);
    for (const file of files) {
      const res = await importReleaseFile(member(file), new Uint8Array(readFileSync(file)));
      if (!res.ok) throw new BuildError(`Extra release ${file} refused: ${describeReleaseError(res.error)}`);
      for (const r of res.releases) {
        if (out.some((x) => x.meta.id === r.meta.id)) continue; // a zip and its extracted order file: one release
        out.push({ meta: r.meta, data: await encodeReleaseAsync(r) });
        log(`codes: extra release ${r.meta.name} from ${file} (${r.meta.count} ${r.meta.system === 'notes' ? 'note blocks' : 'codes'}, ${r.meta.verified ? 'official checksum' : 'unverified: checksum not on record'})`);
      }
    }
  }
  return out;
}

function readVerified(sourcesDir: string, release: SourceRelease, f: SourceFile): Buffer {
  const p = join(sourcesDir, f.path);
  const help = `(${release.name}; official download ${f.url}, member ${f.member})`;
  let data: Buffer;
  if (existsSync(p)) data = readFileSync(p);
  else {
    const zipped = fromZip(p, f);
    if (!zipped) throw new BuildError(`Missing source file ${p} ${help}`);
    data = zipped.data;
  }
  if (data.length < f.bytes) throw new BuildError(`Truncated source file ${p}: expected ${f.bytes} bytes, found ${data.length} ${help}`);
  const sha = createHash('sha256').update(data).digest('hex');
  if (data.length !== f.bytes || sha !== f.sha256) {
    throw new BuildError(`Wrong source file ${p}: expected ${f.bytes} bytes with sha256 ${f.sha256}, found ${data.length} bytes with sha256 ${sha} ${help}`);
  }
  return data;
}

function member(path: string): string {
  return path.split('/').pop()!;
}

function releaseInfo(r: SourceRelease, system: ReleaseInfo['system'] = r.system): ReleaseInfo {
  return {
    id: r.id,
    system,
    name: r.name,
    effectiveFrom: r.effectiveFrom,
    effectiveTo: r.effectiveTo,
    files: r.files.map((f) => ({ name: f.member, sha256: f.sha256, bytes: f.bytes })),
  };
}

export interface BuildResult {
  outDir: string;
  files: { file: string; bytes: number }[];
  skipped: boolean;
}

export interface BuildOptions {
  sourcesDir: string;
  outDir?: string;
  ifStale?: boolean;
  log?: (s: string) => void;
  /** The expected files (default ./sources.ts); tests pass small stand-ins with their own hashes. */
  sources?: readonly SourceRelease[];
  /** Releases of extra folders, read beforehand by readExtraReleases (async). */
  extraReleases?: readonly ExtraRelease[];
}

export function buildCodeData(opts: BuildOptions): BuildResult {
  const log = opts.log ?? (() => {});
  const sources = opts.sources ?? SOURCES;
  const outDir = opts.outDir ?? join(here, 'generated');
  const manifestPath = join(outDir, MANIFEST_FILE);
  if (opts.ifStale && existsSync(manifestPath)) {
    if (!existsSync(opts.sourcesDir)) {
      log(`codes: sources folder ${opts.sourcesDir} not found; keeping the existing tables in ${outDir}`);
      return { outDir, files: [], skipped: true };
    }
    if (statSync(manifestPath).mtimeMs >= newestInput(opts.sourcesDir, sources)) return { outDir, files: [], skipped: true };
  }
  if (!existsSync(opts.sourcesDir)) {
    throw new BuildError(`Code sources folder not found: ${opts.sourcesDir}. Pass --sources DIR or set CODE_SOURCES; code-data/sources.ts lists the official downloads.`);
  }

  const t0 = Date.now();
  const byId = new Map(sources.map((r) => [r.id, r]));
  const raw = new Map<string, Buffer>();
  for (const r of sources) for (const f of r.files) raw.set(f.path, readVerified(opts.sourcesDir, r, f));
  const text = (path: string, enc: BufferEncoding = 'utf8') => raw.get(path)!.toString(enc);
  const files = (id: string) => byId.get(id)!.files.map((f) => f.path);

  const icd10 = ['icd10cm-fy2025', 'icd10cm-fy2026'].map((id) => {
    const r = byId.get(id)!;
    const [orderPath, addendaPath] = files(id) as [string, string];
    return {
      id,
      name: r.name,
      from: r.effectiveFrom,
      to: r.effectiveTo!,
      orderFile: member(orderPath),
      order: parseOrderFile(text(orderPath, 'latin1'), member(orderPath)),
      addenda: parseOrderAddenda(text(addendaPath, 'latin1'), member(addendaPath)),
    };
  });
  const [tabPath] = files('icd10cm-tabular-fy2021') as [string];
  const [icd9Long, icd9Short] = files('icd9cm-v32') as [string, string];
  const [hcpcsPath] = files('hcpcs-2025-jan') as [string];
  const [i9gem, i10gem] = files('gems-2018') as [string, string];

  const hcpcsRelease = byId.get('hcpcs-2025-jan')!;
  const oldest = byId.get('icd10cm-fy2025')!;
  const releases: ReleaseInfo[] = [
    {
      id: 'icd10cm-fy2024',
      system: 'icd10cm',
      name: 'ICD-10-CM FY2024 (rebuilt from the FY2025 addenda)',
      effectiveFrom: '2023-10-01',
      effectiveTo: '2024-09-30',
      files: oldest.files.filter((f) => f.member.includes('addenda')).map((f) => ({ name: f.member, sha256: f.sha256, bytes: f.bytes })),
    },
    ...sources.map((r) => releaseInfo(r)),
    { ...releaseInfo(hcpcsRelease, 'modifier'), id: 'modifier-2025-jan', name: 'HCPCS Level II modifiers, January 2025 file' },
  ];

  const assembled = assemble({
    builtAt: new Date().toISOString(),
    releases,
    icd10,
    tabular: { list: parseTabularXml(text(tabPath), member(tabPath)), name: 'ICD-10-CM Tabular List FY2021' },
    icd9: { long: parseIcd9Descriptions(text(icd9Long, 'latin1'), member(icd9Long)), short: parseIcd9Descriptions(text(icd9Short, 'latin1'), member(icd9Short)), shortFile: member(icd9Short) },
    hcpcs: parseHcpcsFile(text(hcpcsPath, 'latin1'), member(hcpcsPath)),
    gems: { name: byId.get('gems-2018')!.name, forward: parseGems(text(i9gem), member(i9gem)), backward: parseGems(text(i10gem), member(i10gem)) },
  });

  const tmp = `${outDir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  let shipped: { file: string; bytes: number; sha256: string }[];
  try {
    const outputs: [string, Uint8Array | string][] = [
      [CORE_FILE, assembled.core],
      [SHORT_TITLES_FILE, JSON.stringify(assembled.shortTitles)],
      [NOTES_FILE, JSON.stringify(assembled.notes)],
      [GEMS_FILE, JSON.stringify(assembled.gems)],
      [EXTRA_RELEASES_FILE, packExtraReleases(opts.extraReleases ?? [])],
    ];
    shipped = outputs.map(([file, data]) => {
      writeFileSync(join(tmp, file), data);
      const bytes = typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
      return { file, bytes, sha256: createHash('sha256').update(data).digest('hex') };
    });
    const manifest = {
      generatedAt: new Date().toISOString(),
      sourcesDir: opts.sourcesDir,
      sources: sources.map((r) => ({
        release: r.id,
        system: r.system,
        name: r.name,
        effectiveFrom: r.effectiveFrom,
        effectiveTo: r.effectiveTo,
        files: r.files.map((f) => ({ officialName: f.member, path: f.path, sha256: f.sha256, bytes: f.bytes, download: f.url })),
      })),
      counts: assembled.counts,
      // Newer releases found in extra folders, shipped in extra-releases.bin and applied on load.
      extraReleases: (opts.extraReleases ?? []).map((r) => ({ release: r.meta.id, system: r.meta.system, name: r.meta.name, effectiveFrom: r.meta.effectiveFrom, effectiveTo: r.meta.effectiveTo, verified: r.meta.verified, files: r.meta.files.map((f) => ({ officialName: f.name, sha256: f.sha256, bytes: f.bytes })) })),
      // The extension ships these (copied to /code-data/ in the build) plus this manifest.
      ship: [...shipped.map((s) => s.file), MANIFEST_FILE],
      files: shipped,
      notes: 'ICD-10-CM instructional notes come from the FY2021 tabular list; codes created after FY2021 have none and later revisions are not reflected.',
    };
    writeFileSync(join(tmp, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
    const old = `${outDir}.old-${process.pid}`;
    const hadOld = existsSync(outDir);
    if (hadOld) renameSync(outDir, old);
    try {
      renameSync(tmp, outDir);
    } catch (e) {
      if (hadOld) renameSync(old, outDir); // put the previous tables back
      throw e;
    }
    rmSync(old, { recursive: true, force: true });
  } finally {
    // A write that failed half-way (disk full, killed) must not leave a partial folder behind.
    rmSync(tmp, { recursive: true, force: true });
  }
  log(`codes: built ${shipped.map((s) => `${s.file} ${(s.bytes / 1e6).toFixed(1)} MB`).join(', ')} in ${((Date.now() - t0) / 1000).toFixed(1)} s -> ${outDir}`);
  return { outDir, files: shipped, skipped: false };
}

const logLine = (s: string) => console.log(s);

/**
 * `codes:build`, or with `ifStale` `codes:ensure`: also what the unit tests' "official" project runs
 * before its files (test/official-setup.ts). The extra releases are read only when the tables will
 * be rebuilt.
 */
export async function buildOrKeepCodeData(opts: { sourcesDir: string; ifStale: boolean; log?: (s: string) => void }): Promise<BuildResult> {
  const { sourcesDir, ifStale } = opts;
  const stale = !ifStale || isStale(sourcesDir);
  const extraReleases = stale && existsSync(sourcesDir) ? await readExtraReleases(sourcesDir, SOURCES, opts.log) : [];
  return buildCodeData({ sourcesDir, ifStale, log: opts.log, extraReleases });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  try {
    await buildOrKeepCodeData({ sourcesDir: resolveSourcesDir(args), ifStale: args.includes('--if-stale'), log: logLine });
  } catch (e) {
    console.error(`codes:build failed: ${errorMessage(e)}`);
    process.exit(1);
  }
}

/** Whether --if-stale would rebuild (so the extra releases are only read when they will be used). */
function isStale(sourcesDir: string): boolean {
  const manifestPath = join(here, 'generated', MANIFEST_FILE);
  return !existsSync(manifestPath) || (existsSync(sourcesDir) && statSync(manifestPath).mtimeMs < newestInput(sourcesDir, SOURCES));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) void main();

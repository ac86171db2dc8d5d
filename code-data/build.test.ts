/**
 * The build's failure modes, against small stand-in source files in a temporary folder (not the
 * 40 MB official files): every bad source stops the build with an error naming the file, and
 * neither a partial output folder nor a damaged previous build is left behind.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { ADDENDA_2027, FY2027, HCPCS_OCT_2026, cmsZip, orderFile } from '@/test/support/codes/release-files';
import { packExtraReleases, unpackExtraReleases } from '@/lib/codes/releases/bundled';
import { BuildError, buildCodeData, readExtraReleases } from './build';
import { SOURCES, type SourceRelease } from './sources';

const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** Same releases, ids and paths as sources.ts, each file a few bytes with its own hash. */
function standIns(dir: string): SourceRelease[] {
  return SOURCES.map((r) => ({
    ...r,
    files: r.files.map((f) => {
      const data = Buffer.from(`stand-in for ${f.member}\n`);
      mkdirSync(dirname(join(dir, f.path)), { recursive: true });
      writeFileSync(join(dir, f.path), data);
      return { ...f, sha256: sha(data), bytes: data.length };
    }),
  }));
}

describe('buildCodeData failure modes', () => {
  let root: string;
  let sourcesDir: string;
  let outDir: string;
  let sources: SourceRelease[];
  const target = () => sources[3]!.files[0]!; // HCPCS: read after the ICD-10-CM files
  const leftovers = () => readdirSync(root).filter((n) => n.startsWith('out'));

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'rr-build-'));
    sourcesDir = join(root, 'sources');
    outDir = join(root, 'out');
    sources = standIns(sourcesDir);
    // A previous good build that a failed one must leave untouched.
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'manifest.json'), '{"previous":true}');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function expectUntouched(): void {
    expect(leftovers()).toEqual(['out']);
    expect(readdirSync(outDir)).toEqual(['manifest.json']);
    expect(readFileSync(join(outDir, 'manifest.json'), 'utf8')).toBe('{"previous":true}');
  }

  it('a missing file: names it and where to download it', () => {
    rmSync(join(sourcesDir, target().path));
    expect(() => buildCodeData({ sourcesDir, outDir, sources })).toThrow(BuildError);
    expect(() => buildCodeData({ sourcesDir, outDir, sources })).toThrow(new RegExp(`Missing source file .*${target().path}.*${target().url.replace(/[.?]/g, '\\$&')}`));
    expectUntouched();
  });

  it('a truncated file: names it with the expected and found sizes', () => {
    const p = join(sourcesDir, target().path);
    writeFileSync(p, readFileSync(p).subarray(0, 5));
    expect(() => buildCodeData({ sourcesDir, outDir, sources })).toThrow(new RegExp(`Truncated source file .*${target().path}: expected ${target().bytes} bytes, found 5`));
    expectUntouched();
  });

  it('a file with the right size but the wrong sha256: names it with both hashes', () => {
    const p = join(sourcesDir, target().path);
    const data = readFileSync(p);
    data[0] = data[0]! ^ 0xff;
    writeFileSync(p, data);
    expect(() => buildCodeData({ sourcesDir, outDir, sources })).toThrow(new RegExp(`Wrong source file .*${target().path}: expected .*sha256 ${target().sha256}, found .*sha256 ${sha(data)}`));
    expectUntouched();
  });

  it('a file that verifies but does not have its publisher layout: names the file and line, writes nothing', () => {
    // Every stand-in verifies, so the build gets as far as parsing the first ICD-10-CM order file.
    expect(() => buildCodeData({ sourcesDir, outDir, sources })).toThrow(/icd10cm_order_2025\.txt line 1/);
    expectUntouched();
  });

  it('a missing sources folder', () => {
    expect(() => buildCodeData({ sourcesDir: join(root, 'nowhere'), outDir, sources })).toThrow(/Code sources folder not found: .*nowhere/);
    expectUntouched();
  });

  it('with --if-stale and a missing sources folder, keeps the existing tables', () => {
    expect(buildCodeData({ sourcesDir: join(root, 'nowhere'), outDir, sources, ifStale: true }).skipped).toBe(true);
    expect(existsSync(join(outDir, 'manifest.json'))).toBe(true);
  });
});

describe('official zips and extra release folders in the sources', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'rr-build-extra-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('reads a file from the official zip in its folder when it is not extracted (checksum verified all the same)', () => {
    const sourcesDir = join(root, 'sources');
    const sources = standIns(sourcesDir);
    const order = sources[0]!.files[0]!; // icd10cm/fy2025/icd10cm_order_2025.txt
    const data = readFileSync(join(sourcesDir, order.path));
    rmSync(join(sourcesDir, order.path));
    // CDC layout: a folder and a hyphenated name.
    writeFileSync(join(sourcesDir, dirname(order.path), 'icd10cm-code-descriptions-2025.zip'), zipSync({ 'icd10cm-code-descriptions-2025/icd10cm-order-2025.txt': new Uint8Array(data) }));
    // Verified, then parsed: the stand-in text fails at line 1 (not "Missing source file").
    expect(() => buildCodeData({ sourcesDir, outDir: join(root, 'out'), sources })).toThrow(/icd10cm-order-2025\.txt line 1|icd10cm_order_2025\.txt line 1/);
    // A zip member with other bytes is refused by its checksum.
    writeFileSync(join(sourcesDir, dirname(order.path), 'icd10cm-code-descriptions-2025.zip'), zipSync({ 'icd10cm_order_2025.txt': strToU8('other bytes\n') }));
    expect(() => buildCodeData({ sourcesDir, outDir: join(root, 'out'), sources })).toThrow(/Truncated source file|Wrong source file/);
  });

  it('reads extra release folders with the importer, and refuses a bad one with its line', async () => {
    const sourcesDir = join(root, 'sources');
    mkdirSync(join(sourcesDir, 'icd10cm', 'fy2027'), { recursive: true });
    mkdirSync(join(sourcesDir, 'hcpcs', '2026-oct'), { recursive: true });
    writeFileSync(join(sourcesDir, 'icd10cm', 'fy2027', '2027-code-descriptions-tabular-order.zip'), cmsZip(2027, { order: orderFile(FY2027), orderAddenda: ADDENDA_2027 }));
    writeFileSync(join(sourcesDir, 'hcpcs', '2026-oct', 'HCPC2026_OCT_ANWEB_09152026.txt'), HCPCS_OCT_2026);
    const extra = await readExtraReleases(sourcesDir, SOURCES);
    expect(extra.map((r) => r.meta.id)).toEqual(['icd10cm-fy2027', 'hcpcs-2026-oct']);
    const unpacked = await unpackExtraReleases(packExtraReleases(extra));
    expect(unpacked.map((r) => [r.meta.id, r.meta.bundled])).toEqual([['icd10cm-fy2027', true], ['hcpcs-2026-oct', true]]);
    writeFileSync(join(sourcesDir, 'hcpcs', '2026-oct', 'HCPC2026_OCT_ANWEB_09152026.txt'), HCPCS_OCT_2026.slice(0, 400));
    await expect(readExtraReleases(sourcesDir, SOURCES)).rejects.toThrow(/HCPC2026_OCT_ANWEB_09152026\.txt refused: .*line 2/);
  });
});

// The manifest code-data/build.ts wrote beside the generated tables (the "official" project).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOURCES } from '@/code-data/sources';
import { MANIFEST_FILE } from './core-format';
import { readCodeDataManifest } from './manifest-view';
import { GENERATED_DIR } from './node';

describe('readCodeDataManifest over the generated manifest', () => {
  it('reads the generated manifest: every release of code-data/sources.ts', () => {
    const m = readCodeDataManifest(JSON.parse(readFileSync(join(GENERATED_DIR, MANIFEST_FILE), 'utf8')));
    expect(m.releases.map((r) => [r.id, r.system, r.files.map((f) => f.sha256)])).toEqual(SOURCES.map((r) => [r.id, r.system, r.files.map((f) => f.sha256)]));
  });
});

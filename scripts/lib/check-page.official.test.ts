/**
 * End to end on the committed portal fixture pages: HTML -> extract (lib/reading) -> check with the
 * real generated tables (lib/codes). The "official" project, whose setup builds the tables.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTablesFromDir } from '@/lib/codes/node';
import type { CodeTables } from '@/lib/codes/types';
import { demoProblemClaim } from '@/test/support/checks/demo-claim';
import { checkFile } from './check-page';

const FIXTURES = 'test/fixtures/portals';
const TODAY = '2026-11-26';

describe('check on fixture pages with the real tables', () => {
  let tables: CodeTables;
  beforeAll(async () => { tables = await loadTablesFromDir(undefined, { extras: 'eager' }); });
  const check = (file: string) => checkFile(`${FIXTURES}/${file}`, tables, {}, TODAY);

  it('Availity: a prior-authorization denial on both lines, with the retro-authorization template', async () => {
    const { findings, error } = await check('availity/claim-detail.html');
    expect(error).toBeUndefined();
    const auth = findings.filter((f) => f.code === 'CO-197');
    // One finding for the denial, listing both lines it is on.
    expect(auth.map((f) => [f.where, f.lines])).toEqual([[{ line: 0 }, [0, 1]]]);
    expect(auth.every((f) => f.severity === 'warning' && f.templateId === 'retro-authorization')).toBe(true);
    // Its diagnoses are right; its 2026-11 date is after FY2026 (the newest bundled release), which
    // one claim-level note says, naming the FY2027 file to import.
    expect(findings.filter((f) => f.rule.startsWith('icd10')).map((f) => f.messageKey)).toEqual(['check.icd10-dos.beyond.message']);
  });

  it('Medicare MAC: the redetermination window counts 120 days from presumed receipt (remittance date + 5), with the reopening window', async () => {
    const { findings } = await check('medicare-mac/mycgs-claim-detail.html');
    expect(findings.find((f) => f.rule === 'appeal-window')).toMatchObject({ params: { due: '2027-03-29', from: '2026-11-24', payerType: 'medicare-part-b' } });
    expect(findings.find((f) => f.messageKey.startsWith('check.appeal-window.reopening'))).toMatchObject({ params: { due: '2027-11-24' } });
    // A processed claim: timely filing is not the question any more.
    expect(findings.find((f) => f.rule === 'timely-filing')).toBeUndefined();
  });

  it('ePACES: a timely-filing denial under the Medicaid default; dental codes are not called unknown HCPCS', async () => {
    const { findings } = await check('epaces/claim-status-response-details.html');
    expect(findings.filter((f) => f.code === 'CO-29')).toMatchObject([{ lines: [0, 1] }]);
    expect(findings.find((f) => f.rule === 'timely-filing')!.message).toContain('Medicaid (default — check your state)');
    expect(findings.some((f) => f.rule === 'hcpcs-validity' || f.rule === 'cpt-shape')).toBe(false);
  });

  it('a page with no claim gives no findings', async () => {
    expect((await check('generic/dashboard-noise-only.html')).findings).toEqual([]);
  });

  it('the demo claim shows its coding problems against the real FY2026 tables', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'check-'));
    const file = join(dir, 'demo.json');
    await writeFile(file, JSON.stringify(demoProblemClaim()));
    const { findings } = await checkFile(file, tables, {}, TODAY);
    const byRule = (rule: string) => findings.filter((f) => f.rule === rule).map((f) => f.code);
    expect(byRule('icd10-manifestation-first')).toEqual(['G63']);
    expect(byRule('icd10-header')).toContain('E11');
    expect(byRule('icd10-seventh-character')).toEqual(['S52.521']);
    expect(byRule('icd10-placeholder')).toEqual(['S09.90A']);
    expect(byRule('hcpcs-validity')).toEqual(['Q0516']);
    expect(byRule('modifier-unknown')).toEqual(['QQ']);
    // B88.0 became a header on 2025-10-01: either rule may report it, with the new codes offered.
    const b880 = findings.find((f) => f.code === 'B88.0');
    expect(b880?.suggestions).toEqual(expect.arrayContaining(['B88.01', 'B88.09']));
  });
});

describe('npm run check', () => {
  it('prints one JSON object per file', async () => {
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/check.ts', '--today', TODAY, '--json',
      `${FIXTURES}/uhc/claim-details.html`, `${FIXTURES}/generic/dashboard-noise-only.html`]);
    const rows = stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; findings: unknown[] });
    expect(rows.map((r) => r.file)).toEqual([`${FIXTURES}/uhc/claim-details.html`, `${FIXTURES}/generic/dashboard-noise-only.html`]);
    expect(rows[0]!.findings.length).toBeGreaterThan(0);
    expect(rows[1]!.findings).toEqual([]);
  });
});

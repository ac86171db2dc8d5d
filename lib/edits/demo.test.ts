/**
 * The demo claim for the NCCI checks (test/fixtures/demo/ncci-edits.html) with the synthetic edit
 * files of test/fixtures/edits: read as the content script reads it, checked as the side panel
 * checks it. The Chromium E2E (test/e2e/edits.e2e.ts) does the same through the options page.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkClaim } from '@/lib/checks';
import { TestTables } from '@/test/support/checks/tables';
import type { Claim } from '@/lib/claim/types';
import { extractClaimPage } from '@/lib/reading/portals/extract';
import { parseHtml } from '@/lib/reading/portals/node-dom';
import { closePages, keepOpen } from '@/test/support/portals';
import { loadEditsFromPaths } from './node';

const FIXTURES = resolve(__dirname, '../../test/fixtures');
afterAll(closePages);

describe('demo claim for the NCCI checks', () => {
  it('shows the bundled pair and the units above the MUE once the synthetic files are imported', async () => {
    const url = 'http://localhost:5174/ncci-edits.html';
    const page = keepOpen(parseHtml(readFileSync(join(FIXTURES, 'demo/ncci-edits.html'), 'utf8'), url));
    const claim = extractClaimPage(page.document, url).page as Claim;
    expect(claim.lines.map((l) => [l.code, l.units])).toEqual([['99214', 1], ['97140', 2], ['97110', 6]]);
    const loaded = await loadEditsFromPaths([join(FIXTURES, 'edits/ccipra-v320r0-f1.txt'), join(FIXTURES, 'edits/MCR_MUE_PractitionerServices_Eff_01-01-2026.csv')]);
    if (!('index' in loaded)) throw new Error(JSON.stringify(loaded.errors));
    const findings = checkClaim(claim, new TestTables(), { edits: loaded.index }, '2026-11-26').filter((f) => f.rule.startsWith('ncci-'));
    expect(findings.map((f) => [f.rule, f.severity, f.code])).toEqual([
      ['ncci-ptp', 'error', '97140'],
      ['ncci-mue', 'warning', '97110'],
      ['ncci-denial', 'info', '97140'],
    ]);
    // Without the edits the NCCI rules say nothing.
    expect(checkClaim(claim, new TestTables(), {}, '2026-11-26').filter((f) => f.rule.startsWith('ncci-'))).toEqual([]);
  });
});

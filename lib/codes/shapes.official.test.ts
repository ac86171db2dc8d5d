/**
 * Every real code of every shape we have an official file for (../shared/code-sources or
 * $CODE_SOURCES) fits its system's shape, in every form staff meet it, and is found inside a
 * pasted line. The "official" project: a missing file fails, naming it.
 * CPT, CDT and revenue codes have no public file: the synthetic table in shapes.test.ts covers them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { officialPath } from '@/test/support/codes/official';
import { codeShapes, displayShape, findCodeTokens, type ShapeSystem } from './shapes';

const files = {
  icd10: officialPath('icd10cm/fy2026/icd10cm_order_2026.txt'),
  icd10old: officialPath('icd10cm/fy2025/icd10cm_order_2025.txt'),
  icd9: officialPath('icd9cm/v32/CMS32_DESC_LONG_DX.txt'),
  hcpcs: officialPath('hcpcs/2025-jan/HCPC2025_JAN_ANWEB_12172024.txt'),
  carc: officialPath('x12-carc-rarc/claim_adjustment_reason_codes.csv'),
  rarc: officialPath('x12-carc-rarc/remittance_advice_remark_codes.csv'),
};
const lines = (f: string) => readFileSync(f, 'latin1').split(/\r?\n/).filter((l) => l.trim());
const csvCodes = (f: string) => lines(f).slice(1).map((l) => l.split(',')[0]!.trim()).filter((c) => /^[A-Z0-9]+$/.test(c));

function realCodes(): [ShapeSystem, string][] {
  const out: [ShapeSystem, string][] = [];
  for (const f of [files.icd10, files.icd10old]) for (const l of lines(f)) out.push(['icd10cm', l.slice(6, 13).trim()]);
  for (const l of lines(files.icd9)) out.push(['icd9cm', l.split(/\s/)[0]!]);
  for (const l of lines(files.hcpcs)) {
    const code = l.slice(0, 5).trim();
    out.push([code.length === 2 ? 'modifier' : 'hcpcs', code]);
  }
  for (const c of csvCodes(files.carc)) out.push(['carc', c]);
  for (const c of csvCodes(files.rarc)) out.push(['rarc', c]);
  return out;
}

describe('code shapes over the official files', () => {
  const codes = realCodes();

  it('reads enough codes of every official shape', () => {
    const count = (s: ShapeSystem) => codes.filter(([sys]) => sys === s).length;
    expect(count('icd10cm')).toBeGreaterThan(190_000);
    expect(count('icd9cm')).toBeGreaterThan(14_000);
    expect(count('hcpcs')).toBeGreaterThan(7_000);
    expect(count('modifier')).toBeGreaterThan(300);
    expect(count('carc')).toBeGreaterThan(200);
    expect(count('rarc')).toBeGreaterThan(800);
  });

  it('every real code fits its system in compact, display and lower-case forms', () => {
    const misfits: string[] = [];
    for (const [system, code] of codes) {
      const display = displayShape(system, code);
      for (const form of [code, display, display.toLowerCase()]) {
        if (!codeShapes(form).some((m) => m.system === system && m.code === display)) misfits.push(`${system} ${form}`);
      }
    }
    expect(misfits.slice(0, 20)).toEqual([]);
  });

  it('finds every 50th real code inside a pasted line (bare 3-digit ICD-9 codes need their label)', () => {
    const missed: string[] = [];
    codes.forEach(([system, code], i) => {
      if (i % 50 !== 0) return;
      const display = displayShape(system, code);
      const line =
        system === 'carc' ? `Denied CO-${display} see remit` : system === 'rarc' ? `Remark: ${display}` : system === 'modifier' ? `97110-${display} x1` : system === 'icd9cm' ? `ICD-9: ${display}` : `Code: ${display} (as billed)`;
      const tokens = findCodeTokens(line);
      const ok = system === 'modifier' ? tokens[0]?.modifiers.includes(display) : tokens.some((t) => t.shapes.some((m) => m.system === system && m.code === display));
      if (!ok) missed.push(`${system} ${line}`);
    });
    expect(missed.slice(0, 20)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { claim, run } from '@/test/support/checks/claims';
import { icd10SeventhCharacter } from './icd10-seventh-character';

describe('icd10-seventh-character', () => {
  it('flags S52.521 and offers the codes with each 7th character', () => {
    const [f] = run(icd10SeventhCharacter, claim({ diagnoses: ['S52.521'] }));
    expect(f).toMatchObject({ severity: 'error', where: { diagnosis: 0 }, params: { values: 'A, D, G, K, P, S' } });
    expect(f!.suggestions).toEqual(['S52.521A', 'S52.521D', 'S52.521G', 'S52.521K', 'S52.521P', 'S52.521S']);
  });

  it('pads with X placeholders when the code is short (S09.90 -> S09.90XA)', () => {
    const [f] = run(icd10SeventhCharacter, claim({ diagnoses: ['S09.90'] }));
    expect(f!.suggestions).toEqual(['S09.90XA', 'S09.90XD', 'S09.90XS']);
  });

  it('passes complete codes and codes without a 7th-character rule', () => {
    expect(run(icd10SeventhCharacter, claim({ diagnoses: ['S52.521A', 'S09.90XA', 'E11.9', 'E11'] }))).toEqual([]);
  });
});

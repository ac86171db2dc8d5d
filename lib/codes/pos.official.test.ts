// The verified extract in shared/code-sources (not committed): the "official" project.
import { describe, expect, it } from 'vitest';
import { officialText } from '@/test/support/codes/official';
import { PLACES_OF_SERVICE } from './pos';

describe('place of service table', () => {
  it('matches the CMS extract code for code', () => {
    const data = JSON.parse(officialText('pos/cms_pos.json')) as { codes: { code: string; name: string }[] };
    expect([...PLACES_OF_SERVICE.keys()]).toEqual(data.codes.map((c) => c.code));
    const norm = (s: string) => s.replace(/\s+/g, '').replace(/\*$/, '').toLowerCase();
    for (const c of data.codes) expect(norm(PLACES_OF_SERVICE.get(c.code)!), c.code).toBe(norm(c.name));
  });
});

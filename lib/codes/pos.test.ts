import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placeOfServiceName, PLACES_OF_SERVICE } from './pos';

// Needs the official extract (shared/code-sources, not committed): skipped where it is absent.
const SOURCE = '../shared/code-sources/pos/cms_pos.json';
const alt = '../../shared/code-sources/pos/cms_pos.json';
const file = existsSync(SOURCE) ? SOURCE : existsSync(alt) ? alt : null;

describe('place of service table', () => {
  it('names common codes and refuses unassigned or malformed ones', () => {
    expect(placeOfServiceName('11')).toBe('Office');
    expect(placeOfServiceName('2')).toBe('Telehealth Provided Other than in Patient\'s Home');
    expect(placeOfServiceName('21')).toBe('Inpatient Hospital');
    expect(placeOfServiceName('30')).toBeNull();
    expect(placeOfServiceName('office')).toBeNull();
    expect(placeOfServiceName(null)).toBeNull();
  });

  it.runIf(file)('matches the CMS extract code for code (official file needed)', () => {
    const data = JSON.parse(readFileSync(file!, 'utf8')) as { codes: { code: string; name: string }[] };
    expect([...PLACES_OF_SERVICE.keys()]).toEqual(data.codes.map((c) => c.code));
    const norm = (s: string) => s.replace(/\s+/g, '').replace(/\*$/, '').toLowerCase();
    for (const c of data.codes) expect(norm(PLACES_OF_SERVICE.get(c.code)!), c.code).toBe(norm(c.name));
  });
});

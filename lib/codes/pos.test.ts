import { describe, expect, it } from 'vitest';
import { placeOfServiceName } from './pos';

describe('place of service table', () => {
  it('names common codes and refuses unassigned or malformed ones', () => {
    expect(placeOfServiceName('11')).toBe('Office');
    expect(placeOfServiceName('2')).toBe('Telehealth Provided Other than in Patient\'s Home');
    expect(placeOfServiceName('21')).toBe('Inpatient Hospital');
    expect(placeOfServiceName('30')).toBeNull();
    expect(placeOfServiceName('office')).toBeNull();
    expect(placeOfServiceName(null)).toBeNull();
  });
});

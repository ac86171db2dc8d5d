import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useLookupPrefs } from './prefs';
import { MAX_RECENTS, type CodeRef, favouriteCodesItem, lastDosItem, recentCodesItem, sanitizeRefs, toggledFavourite, withRecent } from './storage';

describe('lookup storage: codes only', () => {
  it('keeps well-formed code references in display form, once each, and drops anything else', () => {
    const stored = [
      { system: 'icd10cm', code: 'e119' },
      { system: 'icd10cm', code: 'E11.9' },
      { system: 'hcpcs', code: 'j-1100' },
      { system: 'icd10cm', code: 'John Smith DOB 01/02/1960' },
      { system: 'cpt', code: '99213', patient: 'x' },
      { system: 'snomed', code: '44054006' },
      'E11.9',
      null,
    ];
    expect(sanitizeRefs(stored, 10)).toEqual([
      { system: 'icd10cm', code: 'E11.9' },
      { system: 'hcpcs', code: 'J1100' },
      { system: 'cpt', code: '99213' },
    ]);
    expect(sanitizeRefs('E11.9', 10)).toEqual([]);
    expect(sanitizeRefs(stored, 1)).toHaveLength(1);
  });

  it('puts the latest lookup first, without duplicates, keeping at most 20', () => {
    let list: CodeRef[] = Array.from({ length: MAX_RECENTS }, (_, i) => ({ system: 'hcpcs' as const, code: `J${1000 + i}` }));
    list = withRecent(list, { system: 'hcpcs', code: 'J1005' });
    expect(list[0]).toEqual({ system: 'hcpcs', code: 'J1005' });
    expect(list).toHaveLength(MAX_RECENTS);
    list = withRecent(list, { system: 'icd10cm', code: 'E11.9' });
    expect(list).toHaveLength(MAX_RECENTS);
    expect(list.map((r) => r.code)).toEqual(['E11.9', 'J1005', ...Array.from({ length: 19 }, (_, i) => `J${1000 + i}`).filter((c) => c !== 'J1005')]);
  });

  it('toggles a favourite on and off, keeping the user order', () => {
    const a = { system: 'icd10cm' as const, code: 'E11.9' };
    const b = { system: 'modifier' as const, code: '25' };
    expect(toggledFavourite(toggledFavourite([], a), b)).toEqual([a, b]);
    expect(toggledFavourite([a, b], a)).toEqual([b]);
  });

});

describe('useLookupPrefs', () => {
  it('stores recents and favourites in storage.local and the date of service in session storage only', async () => {
    await recentCodesItem.setValue([{ system: 'icd10cm', code: 'I10' }, { bad: true }]);
    await lastDosItem.setValue('2025-03-04');
    const { result, unmount } = renderHook(() => useLookupPrefs());
    await waitFor(() => expect(result.current.recents).toEqual([{ system: 'icd10cm', code: 'I10' }]));
    expect(result.current.dos).toBe('2025-03-04');

    await act(async () => result.current.addRecent({ system: 'icd10cm', code: 'E11.9' }));
    await act(async () => result.current.toggleFavourite({ system: 'hcpcs', code: 'J1100' }));
    await act(async () => result.current.setDos('2025-07-01'));
    await act(async () => result.current.setDos(''));
    await act(async () => new Promise((r) => setTimeout(r, 20)));

    expect(await recentCodesItem.getValue()).toEqual([{ system: 'icd10cm', code: 'E11.9' }, { system: 'icd10cm', code: 'I10' }]);
    expect(result.current.recents[0]).toEqual({ system: 'icd10cm', code: 'E11.9' });
    expect(await favouriteCodesItem.getValue()).toEqual([{ system: 'hcpcs', code: 'J1100' }]);
    // An emptied field is not remembered; the last full date is.
    expect(await lastDosItem.getValue()).toBe('2025-07-01');
    expect(result.current.dos).toBe('');
    unmount();
  });
});

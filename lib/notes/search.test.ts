import { describe, expect, it } from 'vitest';
import { addNote } from './notes-store';
import { mergeItem } from './items-store';
import { matchesQuery, searchNotes } from './search';
import { noteInput, testContext } from '@/test/support/notes';
import type { Note } from './types';

const note = (over: Partial<Note>): Note => ({
  id: 'n1', claimRef: '2241-2345-6789', payer: 'Acme Health', createdAt: 1, updatedAt: 1, revisionId: 'r1', kind: 'call',
  status: 'open', contact: 'Dana', referenceNumber: 'REF 77', outcome: '', text: 'Modifier 25 manquant, réf. envoyée', nextFollowUp: null, ...over,
});

describe('matchesQuery', () => {
  it('needs every word, ignores case and accents, and claim-number separators', () => {
    expect(matchesQuery(note({}), 'dana modifier')).toBe(true);
    expect(matchesQuery(note({}), 'dana denied')).toBe(false);
    expect(matchesQuery(note({}), 'REF ENVOYEE')).toBe(true);
    expect(matchesQuery(note({}), '224123456789')).toBe(true);
    expect(matchesQuery(note({}), '2241 2345')).toBe(true);
    expect(matchesQuery(note({}), '   ')).toBe(false);
  });
});

describe('searchNotes', () => {
  it('decrypts the most recent notes and filters them, saying when older ones were not scanned', async () => {
    const ctx = await testContext();
    for (let i = 0; i < 12; i++) await addNote(ctx, noteInput({ claimRef: `C-${i}`, text: i % 3 === 0 ? `needle ${i}` : `hay ${i}` }));
    const all = await searchNotes(ctx, 'needle');
    expect(all.notes.map((n) => n.text)).toEqual(['needle 9', 'needle 6', 'needle 3', 'needle 0']);
    expect(all.truncated).toBe(false);
    const bounded = await searchNotes(ctx, 'needle', 5);
    expect(bounded.notes.map((n) => n.text)).toEqual(['needle 9']);
    expect(bounded.truncated).toBe(true);
    expect((await searchNotes(ctx, '')).notes).toEqual([]);
  });
});

describe('searching by patient name', () => {
  it('finds a claim\'s notes by the patient on its worklist item (notes do not repeat the name)', async () => {
    const ctx = await testContext();
    await addNote(ctx, noteInput({ claimRef: 'A-1', text: 'called the payer' }));
    await addNote(ctx, noteInput({ claimRef: 'B-2', text: 'sent records' }));
    await mergeItem(ctx, 'A-1', { patientName: 'TESTPATIENT, ALEX' });
    await mergeItem(ctx, 'B-2', { patientName: 'OTHER, SAM' });
    expect((await searchNotes(ctx, 'alex')).notes.map((n) => n.claimRef)).toEqual(['A-1']);
    expect((await searchNotes(ctx, 'testpatient called')).notes.map((n) => n.claimRef)).toEqual(['A-1']);
    expect((await searchNotes(ctx, 'alex records')).notes).toEqual([]);
    expect(matchesQuery(note({}), 'alex', 'TESTPATIENT, ALEX')).toBe(true);
  });
});

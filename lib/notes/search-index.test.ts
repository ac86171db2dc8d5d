import { describe, expect, it } from 'vitest';
import { fold, matchesQuery } from './search';
import { normalizeClaimRef } from './claim-ref';
import { createNoteIndex } from './search-index';
import type { Note } from './types';

const note = (id: string, over: Partial<Note> = {}): Note => ({
  id, claimRef: '2241-2345-6789', payer: 'Acme Health', createdAt: 1, updatedAt: 1, revisionId: `r-${id}`, kind: 'call',
  status: 'open', contact: 'Dana', referenceNumber: 'REF 77', outcome: '', text: 'Modifier 25 manquant, réf. envoyée', nextFollowUp: null, ...over,
});

describe('note search index', () => {
  it('finds what matchesQuery finds: every word, case and accents folded, claim-number separators ignored', () => {
    const index = createNoteIndex();
    const notes = [
      note('a'),
      note('b', { claimRef: '2241 2345 6789', contact: 'Lee', text: 'Denied CO-16, missing referring provider' }),
      note('c', { claimRef: 'XYZ-1', payer: 'Beta', contact: 'Sam', text: 'Paid in full' }),
    ];
    notes.forEach((n) => index.add(n));
    for (const q of ['dana modifier', 'REF ENVOYEE', '224123456789', '2241 2345', 'co-16', 'co16', 'provider missing', 'xyz1', 'health', 'nothing here', 'a']) {
      expect(index.search(q).notes.map((n) => n.id).sort(), q).toEqual(notes.filter((n) => matchesQuery(n, q)).map((n) => n.id).sort());
    }
  });

  it('finds a claim\'s notes by the patient named on its worklist item, word by word with the note\'s words, like matchesQuery', () => {
    const index = createNoteIndex();
    const notes = [
      note('a', { claimRef: 'A-1', text: 'called the payer' }),
      note('b', { claimRef: 'B-2', text: 'sent records' }),
      note('c', { claimRef: 'a1', text: 'records again' }),
    ];
    notes.forEach((n) => index.add(n));
    const names: Record<string, string> = { 'A-1': 'TESTPATIENT, ALEX', 'B-2': 'OTHER, SAM' };
    const patients = new Map([['A1', fold('TESTPATIENT, ALEX')], ['B2', fold('OTHER, SAM')]]);
    expect([...patients.keys()]).toEqual(['A-1', 'B-2'].map(normalizeClaimRef));
    for (const q of ['alex', 'testpatient called', 'alex records', 'sam records', 'testpatient,alex', 'nobody']) {
      const expected = notes.filter((n) => matchesQuery(n, q, names[n.claimRef] ?? names[n.claimRef === 'a1' ? 'A-1' : ''])).map((n) => n.id).sort();
      expect(index.search(q, 100, patients).notes.map((n) => n.id).sort(), q).toEqual(expected);
    }
    expect(index.search('alex').notes).toEqual([]);
  });

  it('an edit replaces the indexed version; newest first; total counts every match', () => {
    const index = createNoteIndex();
    for (let i = 0; i < 250; i++) index.add(note(`n${i}`, { text: `needle ${i}` }));
    index.add(note('n3', { text: 'haystack only' }));
    const found = index.search('needle', 100);
    expect(found.total).toBe(249);
    expect(found.notes).toHaveLength(100);
    expect(found.notes[0]!.id).toBe('n249');
    expect(index.search('haystack').notes.map((n) => n.id)).toEqual(['n3']);
    expect(index.size).toBe(250);
  });

  it('packed and pending lists, rare and common words, edits after packing: still exactly matchesQuery', () => {
    const index = createNoteIndex();
    const words = ['appeal', 'CO-16', 'réf', 'missing', 'provider', 'Dana', 'N/A', 'x_1', 'paid', 'é'];
    const notes: Note[] = [];
    let seed = 7;
    const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let i = 0; i < 3_000; i++) {
      const text = Array.from({ length: 1 + rand(6) }, () => words[rand(words.length)]).join(rand(2) ? ' ' : ' - ');
      notes.push(note(`n${i}`, { text, contact: `Rep ${rand(50)}`, referenceNumber: `R-${i}`, claimRef: `22 41 ${rand(300)}` }));
    }
    notes.slice(0, 2_000).forEach((n) => index.add(n));
    index.pack();
    notes.slice(2_000).forEach((n) => index.add(n));
    // Edits after packing: the old version must no longer match.
    for (let i = 0; i < 3_000; i += 97) {
      notes[i] = { ...notes[i]!, text: `edited ${notes[i]!.text.split(' ')[0]}` };
      index.add(notes[i]!);
    }
    const queries = ['appeal', 'co16', 'co-16 dana', 'ref', 'missing provider paid', 'rep 4', 'r-29', 'r-2999', '2241', '22 41 7', 'n/a', 'x_1 appeal', 'edited', 'e', 'nothing', 'appeal edited missing'];
    for (const q of queries) {
      const expected = notes.filter((n) => matchesQuery(n, q));
      const found = index.search(q, 10_000);
      expect(found.total, q).toBe(expected.length);
      expect(new Set(found.notes.map((n) => `${n.id}:${n.text}`)), q).toEqual(new Set(expected.map((n) => `${n.id}:${n.text}`)));
    }
  });
});

import { describe, expect, it } from 'vitest';
import { matchesQuery } from './search';
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
});

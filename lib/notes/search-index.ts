/**
 * In-memory search index over the decrypted notes of an unlocked vault: built after unlock in the
 * background, dropped on lock, never written anywhere (it is plaintext PHI, like the decrypted
 * notes a page already holds while unlocked). It searches every note, with the same meaning as
 * `matchesQuery` (search.ts): each query word must appear in a field, case and accents folded,
 * claim-number separators ignored.
 *
 * How: every field is cut into whitespace tokens (and their forms without - _ . /, plus the whole
 * field without separators, for claim numbers typed with spaces); a query word finds the tokens
 * that contain it by one pass over the vocabulary, and their notes through posting lists. A token
 * containing the word is a substring of the note's text, so nothing is found that `matchesQuery`
 * would refuse; the one thing not found is a word spanning two fields once separators are removed.
 */
import { fold } from './search';
import type { Note } from './types';

const SEPARATORS = /[\s\-_./]+/g;

function tokensOf(note: Note): Set<string> {
  const out = new Set<string>();
  for (const field of [note.claimRef, note.payer ?? '', note.contact, note.referenceNumber, note.outcome, note.text, note.kind, note.status]) {
    if (!field) continue;
    const folded = fold(field);
    for (const token of folded.split(/\s+/)) {
      if (!token) continue;
      out.add(token);
      const compact = token.replace(SEPARATORS, '');
      if (compact && compact !== token) out.add(compact);
    }
    const whole = folded.replace(SEPARATORS, '');
    if (whole.length <= 40) out.add(whole);
  }
  return out;
}

export interface IndexSearch {
  /** Newest (added or edited) first, at most `limit`. */
  notes: Note[];
  /** Every match, however many are returned. */
  total: number;
}

export interface NoteIndex {
  /** Adds a note, or replaces the indexed version of the same id (an edit). */
  add(note: Note): void;
  search(query: string, limit?: number): IndexSearch;
  has(id: string): boolean;
  readonly size: number;
}

export function createNoteIndex(): NoteIndex {
  /** Slot per indexed version; a replaced version's slot is emptied (null). */
  const docs: (Note | null)[] = [];
  const slotOf = new Map<string, number>();
  const postings = new Map<string, number[]>();
  let vocabulary: string[] | null = null;

  return {
    add(note) {
      const old = slotOf.get(note.id);
      if (old !== undefined) docs[old] = null;
      const slot = docs.length;
      docs.push(note);
      slotOf.set(note.id, slot);
      for (const token of tokensOf(note)) {
        let list = postings.get(token);
        if (!list) {
          list = [];
          postings.set(token, list);
          vocabulary = null;
        }
        list.push(slot);
      }
    },
    search(query, limit = 100) {
      const words = fold(query).split(/\s+/).filter(Boolean);
      if (words.length === 0 || docs.length === 0) return { notes: [], total: 0 };
      vocabulary ??= [...postings.keys()];
      const hits = new Uint8Array(docs.length);
      const seen = new Uint8Array(docs.length);
      words.forEach((word, w) => {
        const compact = word.replace(/[-_./]+/g, '');
        seen.fill(0);
        for (const token of vocabulary!) {
          if (!token.includes(word) && !(compact && token.includes(compact))) continue;
          for (const slot of postings.get(token)!) {
            if (seen[slot]) continue;
            seen[slot] = 1;
            if (hits[slot] === w) hits[slot] = w + 1;
          }
        }
      });
      const notes: Note[] = [];
      let total = 0;
      for (let slot = docs.length - 1; slot >= 0; slot--) {
        const note = docs[slot];
        if (!note || hits[slot] !== words.length) continue;
        total++;
        if (notes.length < limit) notes.push(note);
      }
      return { notes, total };
    },
    has(id) {
      return slotOf.has(id);
    },
    get size() {
      return slotOf.size;
    },
  };
}

/**
 * In-memory search index over the decrypted notes of an unlocked vault: built after unlock in the
 * background, dropped on lock, never written anywhere (it is plaintext PHI, like the decrypted
 * notes a page already holds while unlocked). It searches every note, with the same meaning as
 * `matchesQuery` (search.ts): each query word must appear in a field, case and accents folded,
 * claim-number separators ignored.
 *
 * How: every field is cut into whitespace tokens (and their forms without - _ . /, plus the whole
 * field without separators, for claim numbers typed with spaces); each distinct token is a term
 * with a posting list of the notes holding it. A query word finds the terms that contain it, and
 * their notes through the posting lists. A term containing the word is a substring of the note's
 * text, so nothing is found that `matchesQuery` would refuse; the one thing not found is a word
 * spanning two fields once separators are removed.
 *
 * Cost at 100,000 notes (issue 17): "which terms contain this word" is a substring question, so a
 * sorted vocabulary cannot answer it by binary search; instead every term sits in one long string,
 * one per line, and `String#indexOf` (a native memchr-class scan, no per-term call) walks it; a hit
 * maps back to its term by binary search over the line starts. Words are then taken rarest first
 * (fewest postings), and each further word only filters the notes still in the running: when few
 * remain, by binary search in the (sorted) posting lists instead of walking them. Every match is
 * counted (no truncation); only the returned page is capped.
 */
import { fold } from './search';
import { normalizeClaimRef } from './claim-ref';
import type { Note } from './types';

const WORD_SEPARATORS = /[-_./]+/g;
/** What `matchesQuery` drops from a field before looking for a compact word in it. */
const FIELD_SEPARATORS = /[\s\-_./]+/g;
/** Terms added since the vocabulary string was last joined are scanned one by one up to this many. */
const TAIL_LIMIT = 4_096;
// eslint-disable-next-line no-control-regex -- the ASCII range, on purpose
const ASCII = /^[\x00-\x7f]*$/;

/** `fold` without its Unicode work when there is nothing to fold but case (most notes). */
function quickFold(text: string): string {
  return ASCII.test(text) ? text.toLowerCase() : fold(text);
}

/** Calls `add` with every token of the note (a token may come more than once). */
function eachToken(note: Note, add: (token: string) => void): void {
  // Folded once for the whole note: "\n" is a starter in NFD and no case mapping crosses it.
  const folded = quickFold([note.claimRef, note.payer ?? '', note.contact, note.referenceNumber, note.outcome, note.text, note.kind, note.status].join('\n'));
  for (const field of folded.split('\n')) {
    if (!field) continue;
    const tokens = field.split(/\s+/);
    // Each token without separators: one replace per field rather than per token.
    const compact = field.replace(WORD_SEPARATORS, '');
    const compacts = compact === field ? tokens : compact.split(/\s+/);
    // Same count: no token was only separators, so compacts[i] is tokens[i] without them and only
    // the changed ones need adding (each add is a dictionary lookup).
    const aligned = compacts.length === tokens.length;
    let wholeLength = 0;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token) add(token);
      if (compacts !== tokens && aligned && compacts[i] !== token && compacts[i]) add(compacts[i]!);
    }
    if (compacts !== tokens && !aligned) for (const token of compacts) if (token) add(token);
    for (const token of compacts) wholeLength += token.length;
    // The whole field without separators (a claim number typed with spaces); a one-token field
    // already gave it.
    if (compacts.length > 1 && wholeLength <= 40) add(compacts.join(''));
  }
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
  /**
   * `patients`: the patient's name on each claim's worklist item, folded (`fold`), by normalized
   * claim reference: a word found there matches that claim's notes (notes do not repeat the name),
   * as `matchesQuery` does with the name.
   */
  search(query: string, limit?: number, patients?: ReadonlyMap<string, string>): IndexSearch;
  /** Packs what was added into compact lists; call once a build is done (search also does it lazily). */
  pack(): void;
  has(id: string): boolean;
  readonly size: number;
}

/** Index of the last element <= value in an ascending array (-1 when none). */
function floorIndex(sorted: ArrayLike<number>, length: number, value: number): number {
  let lo = 0;
  let hi = length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The marked slots, ascending: of `among` when given (itself ascending), else of all. */
function keep(marks: Uint8Array, among: Int32Array | null): Int32Array {
  let count = 0;
  if (among) {
    for (const slot of among) count += marks[slot]!;
  } else for (const mark of marks) count += mark;
  const out = new Int32Array(count);
  let at = 0;
  if (among) {
    for (const slot of among) if (marks[slot]) out[at++] = slot;
  } else for (let slot = 0; slot < marks.length; slot++) if (marks[slot]) out[at++] = slot;
  return out;
}

/** A growable Int32Array (the (term, note) pairs of a build run to millions: no array per term). */
class IntList {
  data = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
}

/** Pairs not yet packed are scanned per query up to this many, then packed. */
const PENDING_LIMIT = 65_536;

export function createNoteIndex(): NoteIndex {
  /** Slots of each claim's notes (normalized claim reference), for words found in a patient's name. */
  const slotsByClaim = new Map<string, number[]>();

  /** The notes of the claims whose patient name holds the word, as ascending slots (null: none). */
  function notesOfPatients(patients: ReadonlyMap<string, string>, word: string, compact: string): Int32Array | null {
    const slots: number[] = [];
    for (const [claim, name] of patients) {
      if (!name.includes(word) && !(compact && name.replace(FIELD_SEPARATORS, '').includes(compact))) continue;
      const list = slotsByClaim.get(claim);
      if (list) for (const slot of list) slots.push(slot);
    }
    if (slots.length === 0) return null;
    return Int32Array.from(slots).sort();
  }

  /** Slot per indexed version, in the order added; a replaced version's slot is emptied (null). */
  const docs: (Note | null)[] = [];
  const slotOf = new Map<string, number>();
  const termOf = new Map<string, number>();
  const terms: string[] = [];
  /** Per term, the last slot it was recorded for (a note lists a term once). */
  let lastSlot = new Int32Array(1024);
  /**
   * Packed posting lists: term t's slots are `packed[offsets[t] .. offsets[t + 1])`, ascending
   * (slots only grow). Pairs recorded since the last packing wait in `pendingTerm/pendingSlot`.
   */
  let offsets = new Int32Array(1);
  let packed = new Int32Array(0);
  let packedTerms = 0;
  let pendingTerm = new IntList();
  let pendingSlot = new IntList();
  /** Terms 0..joinedCount-1 as "\n"-separated lines; `starts[i]` is where term i begins. */
  let joined = '';
  let starts = new Int32Array(0);
  let joinedCount = 0;

  function join(): void {
    joined = `${terms.join('\n')}\n`;
    starts = new Int32Array(terms.length);
    let at = 0;
    terms.forEach((term, i) => {
      starts[i] = at;
      at += term.length + 1;
    });
    joinedCount = terms.length;
  }

  /** Moves the pending pairs into the packed lists (a counting sort by term) and joins the vocabulary. */
  function pack(): void {
    const termCount = terms.length;
    const counts = new Int32Array(termCount + 1);
    for (let t = 0; t < packedTerms; t++) counts[t + 1] = offsets[t + 1]! - offsets[t]!;
    for (let i = 0; i < pendingTerm.length; i++) counts[pendingTerm.data[i]! + 1]!++;
    for (let t = 0; t < termCount; t++) counts[t + 1]! += counts[t]!;
    const merged = new Int32Array(counts[termCount]!);
    const fill = counts.slice(0, termCount);
    for (let t = 0; t < packedTerms; t++) {
      for (let i = offsets[t]!; i < offsets[t + 1]!; i++) merged[fill[t]!++] = packed[i]!;
    }
    for (let i = 0; i < pendingTerm.length; i++) merged[fill[pendingTerm.data[i]!]!++] = pendingSlot.data[i]!;
    offsets = counts;
    packed = merged;
    packedTerms = termCount;
    pendingTerm = new IntList();
    pendingSlot = new IntList();
    if (joinedCount < termCount) join();
  }

  /** Ids of the terms containing `word`, or `compact` when that differs. */
  function termsContaining(word: string, compact: string): Set<number> {
    if (terms.length - joinedCount > TAIL_LIMIT) join();
    const found = new Set<number>();
    for (const needle of compact && compact !== word ? [word, compact] : [word]) {
      for (let at = joined.indexOf(needle); at >= 0;) {
        const id = floorIndex(starts, joinedCount, at);
        found.add(id);
        // The next line: one term is listed once however often it holds the word.
        const next = id + 1 < joinedCount ? starts[id + 1]! : joined.length;
        at = joined.indexOf(needle, next);
      }
      for (let id = joinedCount; id < terms.length; id++) if (terms[id]!.includes(needle)) found.add(id);
    }
    return found;
  }

  /** The notes (slots) holding one of `ids`: packed slices, plus pending slots (ascending too). */
  function postingsOf(ids: Set<number>): { slices: Int32Array[]; size: number } {
    const slices: Int32Array[] = [];
    let size = 0;
    for (const id of ids) {
      if (id >= packedTerms) continue;
      const slice = packed.subarray(offsets[id]!, offsets[id + 1]!);
      slices.push(slice);
      size += slice.length;
    }
    const pending = new IntList();
    for (let i = 0; i < pendingTerm.length; i++) {
      // Pairs come in slot order, so one note matching through two terms is two adjacent pairs.
      const slot = pendingSlot.data[i]!;
      if (ids.has(pendingTerm.data[i]!) && pending.data[pending.length - 1] !== slot) pending.push(slot);
    }
    if (pending.length > 0) {
      slices.push(pending.data.subarray(0, pending.length));
      size += pending.length;
    }
    return { slices, size };
  }

  function record(token: string, slot: number): void {
    let id = termOf.get(token);
    if (id === undefined) {
      id = terms.length;
      termOf.set(token, id);
      terms.push(token);
      if (id === lastSlot.length) {
        const grown = new Int32Array(lastSlot.length * 2).fill(-1);
        grown.set(lastSlot);
        lastSlot = grown;
      }
    } else if (lastSlot[id] === slot) return;
    lastSlot[id] = slot;
    pendingTerm.push(id);
    pendingSlot.push(slot);
  }
  lastSlot.fill(-1);

  return {
    add(note) {
      const old = slotOf.get(note.id);
      if (old !== undefined) docs[old] = null;
      const slot = docs.length;
      docs.push(note);
      slotOf.set(note.id, slot);
      // Ascending by construction; a replaced version's slot stays and is skipped (its doc is null).
      const claim = normalizeClaimRef(note.claimRef);
      const list = slotsByClaim.get(claim);
      if (list) list.push(slot);
      else slotsByClaim.set(claim, [slot]);
      eachToken(note, (token) => record(token, slot));
    },
    search(query, limit = 100, patients) {
      const words = [...new Set(fold(query).split(/\s+/).filter(Boolean))];
      if (words.length === 0 || docs.length === 0) return { notes: [], total: 0 };
      if (pendingTerm.length > PENDING_LIMIT) pack();
      const perWord = words.map((word) => {
        const compact = word.replace(WORD_SEPARATORS, '');
        const found = postingsOf(termsContaining(word, compact));
        const byName = patients?.size ? notesOfPatients(patients, word, compact) : null;
        return byName ? { slices: [...found.slices, byName], size: found.size + byName.length } : found;
      });
      // Rarest first: the first word bounds every later step.
      perWord.sort((a, b) => a.size - b.size);
      // Candidates as ascending slots in an Int32Array (100,000 matches stay one flat buffer).
      const marks = new Uint8Array(docs.length);
      const first = perWord[0]!.slices;
      let candidates: Int32Array;
      if (first.length === 1) candidates = first[0]!;
      else {
        for (const slice of first) for (const slot of slice) marks[slot] = 1;
        candidates = keep(marks, null);
      }
      for (const { slices, size } of perWord.slice(1)) {
        if (candidates.length === 0) break;
        if (candidates.length * slices.length * 20 < size) {
          // Few notes left: look each up in the (sorted) lists rather than walking them.
          marks.fill(0);
          for (const slot of candidates) {
            if (slices.some((slice) => {
              const at = floorIndex(slice, slice.length, slot);
              return at >= 0 && slice[at] === slot;
            })) marks[slot] = 1;
          }
        } else {
          marks.fill(0);
          for (const slice of slices) for (const slot of slice) marks[slot] = 1;
        }
        candidates = keep(marks, candidates);
      }
      const notes: Note[] = [];
      let total = 0;
      for (let i = candidates.length - 1; i >= 0; i--) {
        const note = docs[candidates[i]!];
        if (!note) continue;
        total++;
        if (notes.length < limit) notes.push(note);
      }
      return { notes, total };
    },
    pack,
    has(id) {
      return slotOf.has(id);
    },
    get size() {
      return slotOf.size;
    },
  };
}

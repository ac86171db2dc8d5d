/**
 * Checks what the UI (or a backup file) hands the vault before anything is encrypted, so bad
 * input gets a clear message instead of an unreadable record.
 */
import { isIsoDate } from '@/lib/platform/dates';
import { VaultError } from './errors';
import { FOLLOW_UP_STATUSES, NOTE_KINDS, type FollowUpStatus, type NoteContent, type NoteKind } from './types';
import { normalizeClaimRef } from './claim-ref';

/** Generous: a long call transcript fits, a pasted PDF does not. */
export const MAX_NOTE_TEXT = 20_000;
const MAX_SHORT_FIELD = 200;

export interface NoteInput extends NoteContent {
  claimRef: string;
  payer: string | null;
}

function shortField(value: unknown, name: string): string {
  if (value == null) return '';
  if (typeof value !== 'string') throw new VaultError('bad-input', `${name} must be text`);
  const trimmed = value.trim();
  if (trimmed.length > MAX_SHORT_FIELD) throw new VaultError('bad-input', `${name} is longer than ${MAX_SHORT_FIELD} characters`);
  return trimmed;
}

export function cleanClaimRef(value: unknown): string {
  const claimRef = shortField(value, 'Claim number');
  if (normalizeClaimRef(claimRef) === '') throw new VaultError('bad-input', 'A note needs a claim number');
  return claimRef;
}

export function cleanContent(input: Partial<NoteContent>): NoteContent {
  const kind = input.kind ?? 'call';
  if (!(NOTE_KINDS as readonly string[]).includes(kind)) throw new VaultError('bad-input', `Unknown note kind "${kind}"`);
  const status = input.status ?? 'open';
  if (!(FOLLOW_UP_STATUSES as readonly string[]).includes(status)) throw new VaultError('bad-input', `Unknown status "${status}"`);
  const text = typeof input.text === 'string' ? input.text.trim() : '';
  if (text.length > MAX_NOTE_TEXT) throw new VaultError('bad-input', `The note is longer than ${MAX_NOTE_TEXT} characters`);
  const nextFollowUp = input.nextFollowUp || null;
  if (nextFollowUp !== null && !isIsoDate(nextFollowUp)) throw new VaultError('bad-input', `"${String(nextFollowUp)}" is not a date (YYYY-MM-DD)`);
  const content: NoteContent = {
    kind: kind as NoteKind,
    status: status as FollowUpStatus,
    contact: shortField(input.contact, 'Contact'),
    referenceNumber: shortField(input.referenceNumber, 'Reference number'),
    outcome: shortField(input.outcome, 'Outcome'),
    text,
    nextFollowUp,
  };
  if (!content.text && !content.outcome && !content.referenceNumber) {
    throw new VaultError('bad-input', 'The note is empty: write the note, an outcome or a reference number');
  }
  return content;
}

export function cleanNoteInput(input: NoteInput): NoteInput {
  const payer = shortField(input.payer, 'Payer');
  return { ...cleanContent(input), claimRef: cleanClaimRef(input.claimRef), payer: payer || null };
}

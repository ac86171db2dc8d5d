/**
 * The follow-up log's records, in clear (`Note`, `FollowUpItem`) and as stored (`*Row`).
 *
 * What stays in clear in a row, and why it is not PHI on its own:
 * - ids: random UUIDs, carry nothing.
 * - createdAt / updatedAt: when the specialist typed the note, a work timestamp, not a date of the
 *   patient's care (HIPAA Safe Harbor, 45 CFR 164.514(b)(2)(i)(C), lists dates *related to an
 *   individual*: birth, admission, discharge, death, service).
 * - kind and status: a closed list of workflow words (call, appeal, resolved ...).
 * - nextFollowUpDay: the day the specialist plans to look again, also a work date; kept in clear
 *   so the background can count due items for the toolbar badge while the vault is locked.
 * - claimRefHmac: HMAC-SHA256 under a vault key; without the key it cannot be linked to a claim.
 * Everything else is sealed with AES-256-GCM, payer included: a payer name is not PHI alone, but
 * next to a note it narrows down who the patient is, and no index needs it.
 */
import type { Sealed } from './crypto';

export const NOTE_KINDS = ['call', 'portal', 'appeal', 'other'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

/** Where a claim stands in the specialist's follow-up, not the payer's own status wording. */
export const FOLLOW_UP_STATUSES = ['open', 'pending', 'appealed', 'resolved'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** Payload version inside the ciphertext; part of the AAD (`table|id|schema-version`). */
export const RECORD_SCHEMA_VERSION = 1;

export interface NoteContent {
  kind: NoteKind;
  status: FollowUpStatus;
  /** Rep name, portal name or department. */
  contact: string;
  referenceNumber: string;
  /** Short result of the call or portal check ("reprocessing", "needs corrected claim"). */
  outcome: string;
  text: string;
  /** ISO day YYYY-MM-DD. */
  nextFollowUp: string | null;
}

export interface Note extends NoteContent {
  id: string;
  /** The claim number as the specialist or the portal wrote it. */
  claimRef: string;
  payer: string | null;
  createdAt: number;
  updatedAt: number;
  revisionId: string;
}

export interface NoteRevision extends NoteContent {
  id: string;
  noteId: string;
  createdAt: number;
}

export const DEADLINE_KINDS: readonly string[] = ['timely-filing', 'appeal', 'reconsideration', 'other'];
export type DeadlineKind = 'timely-filing' | 'appeal' | 'reconsideration' | 'other';

export interface Deadline {
  kind: DeadlineKind;
  /** ISO day. */
  date: string;
  label?: string;
}

/** The last thing done on a claim: the kind, when, and its outcome, from the latest note. */
export interface LastAction {
  kind: NoteKind;
  /** Epoch ms the note was saved. */
  at: number;
  outcome: string;
}

/** One claim on the worklist. */
export interface FollowUpItem {
  claimRef: string;
  payer: string | null;
  /** From the claim page when a note was saved; sealed like the rest (PHI), shown only while unlocked. */
  patientName?: string | null;
  /** From the latest note on the claim. */
  lastAction?: LastAction | null;
  /** Date of service (first day), ISO; drives A/R aging. */
  serviceDate: string | null;
  /** What the payer still owes in dollars (lib/notes/balance.ts). */
  amount: number | null;
  status: FollowUpStatus;
  nextFollowUp: string | null;
  deadlines: Deadline[];
  updatedAt: number;
}

interface SealedRow {
  /** RECORD_SCHEMA_VERSION at the time of writing. */
  v: number;
  iv: Sealed['iv'];
  ct: Sealed['ct'];
}

/** Sealed: claimRef, payer and NoteContent minus kind/status. */
export interface NoteRow extends SealedRow {
  id: string;
  claimRefHmac: string;
  createdAt: number;
  updatedAt: number;
  kind: NoteKind;
  status: FollowUpStatus;
  revisionId: string;
}

/** Append-only; sealed: the full NoteContent at that revision. */
export interface RevisionRow extends SealedRow {
  id: string;
  noteId: string;
  createdAt: number;
}

/** Keyed by claimRefHmac; sealed: claimRef, payer, serviceDate, amount, nextFollowUp, deadlines. */
export interface ItemRow extends SealedRow {
  claimRefHmac: string;
  status: FollowUpStatus;
  /** Added in schema v2 (index); absent until backfilled for rows written by v1. */
  nextFollowUpDay?: string;
  /** Schema v2: 1 while the row still needs `nextFollowUpDay` computed after unlock. */
  reindex?: 1;
  updatedAt: number;
}

/** An autosaved draft of the note form, keyed by claimRefHmac (or "no-claim"). */
export interface DraftRow extends SealedRow {
  id: string;
  updatedAt: number;
}

export interface VaultHeader {
  key: 'vault';
  kdf: import('./crypto').KdfParams;
  wrappedKey: Sealed;
  createdAt: number;
  passphraseChangedAt: number | null;
}

/**
 * Row <-> record plumbing shared by the stores: seal a payload into a row's `v/iv/ct`, and open
 * many rows at once so one tampered row is reported without hiding the others.
 */
import { decryptRecord, encryptRecord, type DataKeys } from './crypto';
import type { Opened } from './context';
import { TamperedRecordError } from './errors';
import { RECORD_SCHEMA_VERSION } from './types';

export interface SealedFields {
  v: number;
  iv: Uint8Array<ArrayBuffer>;
  ct: Uint8Array<ArrayBuffer>;
}

export async function seal(keys: DataKeys, table: string, id: string, payload: unknown): Promise<SealedFields> {
  const { iv, ct } = await encryptRecord(keys, { table, id, schemaVersion: RECORD_SCHEMA_VERSION }, payload);
  return { v: RECORD_SCHEMA_VERSION, iv, ct };
}

export async function unseal<T>(keys: DataKeys, table: string, id: string, row: SealedFields): Promise<T> {
  return decryptRecord<T>(keys, { table, id, schemaVersion: row.v }, row);
}

/** Opens rows in order; a row that fails authentication lands in `failed`, the rest still open. */
export async function openRows<R extends SealedFields, T>(
  table: string,
  rows: R[],
  idOf: (row: R) => string,
  open: (row: R) => Promise<T>,
): Promise<Opened<T>> {
  const settled = await Promise.allSettled(rows.map(open));
  const result: Opened<T> = { records: [], failed: [] };
  settled.forEach((outcome, i) => {
    if (outcome.status === 'fulfilled') result.records.push(outcome.value);
    else if (outcome.reason instanceof TamperedRecordError) result.failed.push({ table, id: idOf(rows[i]!) });
    else throw outcome.reason;
  });
  return result;
}

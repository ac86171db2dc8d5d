/**
 * Synthetic CMS NCCI edit files in the exact official layouts (see lib/edits/parse.ts for the
 * sources of each layout). Codes and pairs here are made up for tests; no CMS data.
 */
import { zipSync } from 'fflate';
import { importEdits, bytesSource, type EditsSource } from '@/lib/edits/import';
import { EditsIndex } from '@/lib/edits/edits-index';

/** [column 1, column 2, pre-1996 "*" or "", effective YYYYMMDD, deletion YYYYMMDD or "*", indicator, rationale] */
export type PtpRow = [string, string, string, string, string, string, string];

const enc = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0) & 0xff));

export function ptpText(rows: readonly PtpRow[], options: { eol?: string; spreadsheetHeader?: boolean } = {}): string {
  const eol = options.eol ?? '\r\n';
  const lines = [
    'CPT codes and descriptions only are copyright 2025 American Medical Association. All rights reserved. (synthetic test notice \xae)',
    'Column1/Column 2 Edits',
    'Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date *=no data\tModifier 0=not allowed 1=allowed 9=not applicable\tPTP Edit Rationale',
  ];
  if (options.spreadsheetHeader) lines.push('\t\t\t\t\t0=not allowed\t', '\t\t\t\t*=no data\t1=allowed\t');
  for (const r of rows) lines.push(r.join('\t'));
  return lines.join(eol) + eol;
}

/** [code, MUE value, MAI text, rationale] */
export type MueRow = [string, string, string, string];

export function mueCsv(rows: readonly MueRow[], setting: 'Practitioner' | 'Outpatient Hospital' | 'DME Supplier' = 'Practitioner', eol = '\r\n'): string {
  const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [
    // The AMA notice: one quoted cell spanning several lines, as CMS ships it.
    `"Synthetic notice: CPT codes, descriptions and other data only are copyright of the American Medical Association.${eol}${eol}Test file, not CMS data.",,,`,
    `"HCPCS/${eol}CPT Code",${setting} Services MUE Values,MUE Adjudication Indicator,MUE Rationale`,
    ...rows.map((r) => r.map(quote).join(',')),
  ];
  return lines.join(eol) + eol;
}

/** [add-on code, primary code, AOC edit type, edit effective YYYYDDD, edit deletion YYYYDDD or ""] */
export type AocRow = [string, string, string, string, string];

export function aocCsv(rows: readonly AocRow[]): string {
  const lines = [
    'Add-on Code,AOC Del Dt,Primary Code,Primary Code Del Dt,AOC Edit Type,AOC Edit Eff Dt,AOC Edit Del Dt,Special Instruction Notes',
    ...rows.map(([a, p, type, eff, del]) => [a, '', p, '', type, eff, del, ''].join(',')),
  ];
  return lines.join('\r\n') + '\r\n';
}

export function textSource(name: string, text: string, chunkSize?: number): EditsSource {
  return bytesSource(name, enc(text), chunkSize);
}

export function zipSource(name: string, members: Record<string, string>, chunkSize?: number): EditsSource {
  const files: Record<string, Uint8Array> = {};
  for (const [n, text] of Object.entries(members)) files[n] = enc(text);
  return bytesSource(name, zipSync(files), chunkSize);
}

/** Imports synthetic files and returns the index (throws when the import fails: a test bug). */
export async function indexOf(sources: EditsSource[]): Promise<EditsIndex> {
  const result = await importEdits(sources, { now: new Date('2026-11-26T12:00:00Z') });
  if (!result.ok) throw new Error(`synthetic import failed: ${JSON.stringify(result.errors)}`);
  return new EditsIndex(result.files);
}

export const PTP_NAME = 'ccipra-v321r0-f1.txt';
export const OPH_NAME = 'ccioph-v321r0-f1.txt';
export const MUE_NAME = 'MCR_MUE_PractitionerServices_Eff_04-01-2026.csv';
export const AOC_NAME = 'AOC_V2026Q2-MCR.csv';

/**
 * ICD-10-CM order addenda (CMS icd10cm_order_addenda_YYYY.txt): the changes from the previous fiscal
 * year, one per line: "Add:", "Delete:", "Revise from:", "Revise to:" in cols 1-13, then an order
 * file record without its order number (flag col 14, code cols 16-22, short 24-83, long 85-).
 * A summary block ("Headers", "Codes", counts) closes the file and is not data.
 */
import { SourceFormatError, splitLines } from './errors';

export type AddendaAction = 'add' | 'delete' | 'revise-from' | 'revise-to';

export interface AddendaRecord {
  action: AddendaAction;
  code: string;
  billable: boolean;
  short: string;
  long: string;
}

const ACTIONS: Record<string, AddendaAction> = {
  'Add:': 'add',
  'Delete:': 'delete',
  'Revise from:': 'revise-from',
  'Revise to:': 'revise-to',
};

export function parseOrderAddenda(text: string, file: string): AddendaRecord[] {
  const out: AddendaRecord[] = [];
  const lines = splitLines(text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const label = line.slice(0, 13).trim();
    const action = ACTIONS[label];
    if (!action) {
      if (/^(Add|Delete|Revise)/.test(label)) throw new SourceFormatError(file, i + 1, `unknown action "${label}"`);
      continue; // blank lines and the closing summary
    }
    const flag = line.slice(13, 14);
    const code = line.slice(15, 22).trim();
    if ((flag !== '0' && flag !== '1') || !/^[A-Z][0-9A-Z]{2,6}$/.test(code)) {
      throw new SourceFormatError(file, i + 1, 'expected "Action: F CODE short... long..." (flag col 14, code cols 16-22)');
    }
    out.push({ action, code, billable: flag === '1', short: line.slice(23, 83).trim(), long: line.slice(84).trim() });
  }
  if (!out.length) throw new SourceFormatError(file, null, 'expected Add/Delete/Revise lines, found none');
  return out;
}
